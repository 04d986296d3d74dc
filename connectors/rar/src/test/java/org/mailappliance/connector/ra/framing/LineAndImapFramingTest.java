package org.mailappliance.connector.ra.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailappliance.connector.ra.framing.DecoderHarness.literalText;
import static org.mailappliance.connector.ra.framing.DecoderHarness.text;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.FrameMode;
import org.mailappliance.connector.api.Violation;

class LineAndImapFramingTest {

    @TempDir
    Path spool;

    @Test
    void lineModeSplitsOnCrlfAndBareLf() {
        DecoderHarness h = new DecoderHarness(FrameMode.LINE, spool).feed("USER a\r\nPASS b\nQUIT\r");
        assertThat(h.frames).extracting(Frame::firstLine).containsExactly("USER a", "PASS b");
        h.feed("\n");
        assertThat(h.frames).extracting(Frame::firstLine).containsExactly("USER a", "PASS b", "QUIT");
    }

    @Test
    void lineModeByteByByte() {
        DecoderHarness h = new DecoderHarness(FrameMode.LINE, spool).feedByteByByte("LHLO x\r\nMAIL FROM:<a@b>\r\n");
        assertThat(h.frames).extracting(Frame::firstLine).containsExactly("LHLO x", "MAIL FROM:<a@b>");
    }

    @Test
    void oversizeLineIsFatalAndStopsFraming() {
        DecoderHarness h = new DecoderHarness(FrameMode.LINE, spool);
        h.feed("x".repeat(1001)).feed("\r\nNOOP\r\n");
        assertThat(h.frames).hasSize(1);
        assertThat(h.frames.get(0).violation()).isEqualTo(Violation.LINE_TOO_LONG);
        assertThat(h.frames.get(0).firstLine()).hasSize(1000);
        assertThat(h.decoder.bufferedBytes()).isZero();
    }

    @Test
    void lineOfExactlyTheLimitIsAcceptedEvenWithCrlfSplit() {
        DecoderHarness h = new DecoderHarness(FrameMode.LINE, spool);
        h.feed("y".repeat(1000) + "\r").feed("\n");
        assertThat(h.frames).hasSize(1);
        assertThat(h.frames.get(0).violation()).isNull();
    }

    @Test
    void imapCommandWithoutLiteral() {
        DecoderHarness h = new DecoderHarness(FrameMode.IMAP, spool).feed("a1 NOOP\r\na2 CAPABILITY\r\n");
        assertThat(h.frames).extracting(Frame::firstLine).containsExactly("a1 NOOP", "a2 CAPABILITY");
        assertThat(h.output()).isEmpty();
    }

    @Test
    void synchronizingLiteralGetsContinuationAndSpansReads() {
        DecoderHarness h = new DecoderHarness(FrameMode.IMAP, spool);
        h.feed("a LOGIN {5}\r\n");
        assertThat(h.output()).isEqualTo("+ go ahead\r\n");
        assertThat(h.frames).isEmpty();
        h.feed("al").feed("ice").feed(" {6}\r\n");
        assertThat(h.output()).isEqualTo("+ go ahead\r\n");
        h.feed("secret\r\n");
        assertThat(h.frames).hasSize(1);
        Frame f = h.frames.get(0);
        assertThat(f.lines()).extracting(DecoderHarness::text).containsExactly("a LOGIN {5}", " {6}", "");
        assertThat(literalText(f, 0)).isEqualTo("alice");
        assertThat(literalText(f, 1)).isEqualTo("secret");
    }

    @Test
    void everyMarkerFormByteByByte() {
        String input = "t1 APPEND INBOX {3+}\r\nabc ~{2}\r\n\0\1 ~{1+}\r\nz\r\nt2 NOOP\r\n";
        DecoderHarness h = new DecoderHarness(FrameMode.IMAP, spool).feedByteByByte(input);
        assertThat(h.frames).hasSize(2);
        Frame f = h.frames.get(0);
        assertThat(f.literals()).hasSize(3);
        assertThat(literalText(f, 0)).isEqualTo("abc");
        assertThat(f.literals().get(0).binary()).isFalse();
        assertThat(literalText(f, 1)).isEqualTo("\0\1");
        assertThat(f.literals().get(1).binary()).isTrue();
        assertThat(f.literals().get(2).binary()).isTrue();
        assertThat(text(f.lines().get(3))).isEmpty();
        assertThat(h.frames.get(1).firstLine()).isEqualTo("t2 NOOP");
        assertThat(h.output()).isEqualTo("+ go ahead\r\n");
    }

    @Test
    void pipelinedCommandsInOneReadAreHandedOnOneAtATime() {
        DecoderHarness h = new DecoderHarness(FrameMode.IMAP, spool);
        h.channel.writeInbound(io.netty.buffer.Unpooled.copiedBuffer("a NOOP\r\nb NOOP\r\nc {1}\r\nx\r\n",
                java.nio.charset.StandardCharsets.US_ASCII));
        assertThat((Frame) h.channel.readInbound()).extracting(Frame::firstLine).isEqualTo("a NOOP");
        assertThat((Object) h.channel.readInbound()).isNull();
        assertThat(h.decoder.paused()).isTrue();
        // the continuation for c is only sent once the earlier commands were processed
        assertThat(h.output()).isEmpty();
        h.decoder.resume();
        h.drain();
        assertThat(h.frames).extracting(Frame::firstLine).containsExactly("b NOOP", "c {1}");
        assertThat(h.output()).isEqualTo("+ go ahead\r\n");
    }

    @Test
    void oversizeSynchronizingLiteralIsRefusedWithoutContinuationAndSessionGoesOn() {
        DecoderHarness h = new DecoderHarness(FrameMode.IMAP, spool);
        h.feed("a1 APPEND INBOX {100001}\r\na2 NOOP\r\n");
        assertThat(h.output()).isEmpty();
        assertThat(h.frames).hasSize(2);
        assertThat(h.frames.get(0).violation()).isEqualTo(Violation.LITERAL_TOO_BIG);
        assertThat(h.frames.get(0).firstLine()).isEqualTo("a1 APPEND INBOX {100001}");
        assertThat(h.frames.get(1).violation()).isNull();
        assertThat(h.frames.get(1).firstLine()).isEqualTo("a2 NOOP");
    }

    @Test
    void oversizeNonSynchronizingLiteralIsFatal() {
        DecoderHarness h = new DecoderHarness(FrameMode.IMAP, spool);
        h.feed("a1 APPEND INBOX {100001+}\r\nxxxxxxxx").feed("a2 NOOP\r\n");
        assertThat(h.frames).hasSize(1);
        assertThat(h.frames.get(0).violation()).isEqualTo(Violation.LITERAL_TOO_BIG_FATAL);
        assertThat(h.decoder.bufferedBytes()).isZero();
    }

    @Test
    void literalMinusLimitsNonSynchronizingLiteralsTo4096() {
        FramingLimits limits = new FramingLimits(1000, 100_000, true, 65536, new LiteralSpool(spool));
        DecoderHarness h = new DecoderHarness(FrameMode.IMAP, limits);
        h.feed("a {4096+}\r\n" + "x".repeat(4096) + "\r\n");
        assertThat(h.frames.get(0).violation()).isNull();
        h.feed("b {4097+}\r\n");
        assertThat(h.frames.get(1).violation()).isEqualTo(Violation.LITERAL_MINUS_TOO_BIG);
        // synchronizing literals above 4096 stay fine with LITERAL-
        DecoderHarness sync = new DecoderHarness(FrameMode.IMAP, limits).feed("c {5000}\r\n");
        assertThat(sync.output()).isEqualTo("+ go ahead\r\n");
    }

    @Test
    void sieveModeReadsBothLiteralFormsWithoutContinuation() {
        DecoderHarness h = new DecoderHarness(FrameMode.SIEVE, spool);
        h.feed("PUTSCRIPT \"a\" {5}\r\nkeep;\r\nCHECKSCRIPT {6+}\r\nstop;\n\r\n");
        assertThat(h.output()).isEmpty();
        assertThat(h.frames).hasSize(2);
        assertThat(literalText(h.frames.get(0), 0)).isEqualTo("keep;");
        assertThat(literalText(h.frames.get(1), 0)).isEqualTo("stop;\n");
    }

    @Test
    void sieveModeOversizeLiteralIsFatalEvenWithoutPlusAndIgnoresLiteralMinus() {
        DecoderHarness h = new DecoderHarness(FrameMode.SIEVE, spool);
        h.feed("PUTSCRIPT \"a\" {100001}\r\nxxxx");
        assertThat(h.frames.get(0).violation()).isEqualTo(Violation.LITERAL_TOO_BIG_FATAL);
        assertThat(h.output()).isEmpty();
        FramingLimits minus = new FramingLimits(1000, 100_000, true, 65536, new LiteralSpool(spool));
        DecoderHarness m = new DecoderHarness(FrameMode.SIEVE, minus).feed("b {5000+}\r\n" + "x".repeat(5000) + "\r\n");
        assertThat(m.frames.get(0).violation()).isNull();
    }

    @Test
    void hugeNumberInMarkerIsTooBigNotAnOverflow() {
        DecoderHarness h = new DecoderHarness(FrameMode.IMAP, spool).feed("a X {99999999999999999999999}\r\n");
        assertThat(h.frames.get(0).violation()).isEqualTo(Violation.LITERAL_TOO_BIG);
    }

    @Test
    void malformedMarkersAreJustText() {
        DecoderHarness h = new DecoderHarness(FrameMode.IMAP, spool).feed("a X {}\r\nb X {1a}\r\nc X }\r\n");
        assertThat(h.frames).extracting(Frame::firstLine).containsExactly("a X {}", "b X {1a}", "c X }");
        assertThat(h.output()).isEmpty();
    }

    @Test
    void zeroLengthLiteral() {
        DecoderHarness h = new DecoderHarness(FrameMode.IMAP, spool).feed("a X {0}\r\n\r\n");
        assertThat(h.frames).hasSize(1);
        assertThat(h.frames.get(0).literals().get(0).size()).isZero();
    }

    @Test
    void commandTextLimitCountsAllPiecesOfACommand() {
        DecoderHarness h = new DecoderHarness(FrameMode.IMAP, spool);
        h.feed("a " + "x".repeat(600) + " {1+}\r\nz" + "y".repeat(600) + "\r\n");
        assertThat(h.frames).hasSize(1);
        assertThat(h.frames.get(0).violation()).isEqualTo(Violation.LINE_TOO_LONG);
    }

    @Test
    void modeChangeAppliesToTheNextFrame() {
        DecoderHarness h = new DecoderHarness(FrameMode.LINE, spool);
        h.onFrame(f -> {
            if (f.firstLine().equals("DATA")) {
                h.decoder.mode(FrameMode.DOT);
            } else if (f.violation() == null && f.literals().size() == 1) {
                h.decoder.mode(FrameMode.LINE);
            }
        });
        h.feed("DATA\r\nSubject: x\r\n\r\n..hi\r\n.\r\nQUIT\r\n");
        assertThat(h.frames).hasSize(3);
        assertThat(literalText(h.frames.get(1), 0)).isEqualTo("Subject: x\r\n\r\n.hi\r\n");
        assertThat(h.frames.get(2).firstLine()).isEqualTo("QUIT");
    }
}
