package org.mailappliance.connector.ra.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailappliance.connector.ra.framing.DecoderHarness.literalText;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailappliance.connector.api.FrameMode;
import org.mailappliance.connector.api.Violation;

class DotFramingTest {

    @TempDir
    Path spool;

    @Test
    void unstuffsAndRemovesTerminatorKeepingCrlf() {
        DecoderHarness h = new DecoderHarness(FrameMode.DOT, spool).feed("a\r\n..b\r\n.c\r\n...\r\n\r\n.\r\n");
        assertThat(h.frames).hasSize(1);
        assertThat(h.frames.get(0).lines()).hasSize(2).allSatisfy(l -> assertThat(l).isEmpty());
        assertThat(literalText(h.frames.get(0), 0)).isEqualTo("a\r\n.b\r\nc\r\n..\r\n\r\n");
    }

    @Test
    void terminatorSplitByteByByte() {
        DecoderHarness h = new DecoderHarness(FrameMode.DOT, spool).feedByteByByte("x\r\n.\r\n.\r\n");
        assertThat(h.frames).hasSize(2);
        assertThat(literalText(h.frames.get(0), 0)).isEqualTo("x\r\n");
        assertThat(literalText(h.frames.get(1), 0)).isEmpty();
    }

    @Test
    void dotFollowedByCrAndOtherIsStuffedNotTerminator() {
        DecoderHarness h = new DecoderHarness(FrameMode.DOT, spool).feed(".\rx\r\n").feed(".\n");
        assertThat(literalText(h.frames.get(0), 0)).isEqualTo("\rx\r\n");
    }

    @Test
    void emptyDataIsJustTheTerminator() {
        DecoderHarness h = new DecoderHarness(FrameMode.DOT, spool).feed(".\r\n");
        assertThat(h.frames.get(0).literals().get(0).size()).isZero();
    }

    @Test
    void dataOverTheLimitIsFatal() {
        FramingLimits limits = new FramingLimits(1000, 10, false, 65536, new LiteralSpool(spool));
        DecoderHarness h = new DecoderHarness(FrameMode.DOT, limits).feed("0123456789\r\n.\r\n");
        assertThat(h.frames).hasSize(1);
        assertThat(h.frames.get(0).violation()).isEqualTo(Violation.LITERAL_TOO_BIG_FATAL);
    }

    @Test
    void largeDataSpillsToASpoolFile() throws Exception {
        DecoderHarness h = new DecoderHarness(FrameMode.DOT, spool);
        String line = "z".repeat(998) + "\r\n";
        for (int i = 0; i < 90; i++) {
            h.feed(line);
        }
        h.onFrame(f -> {
            SpooledLiteral literal = (SpooledLiteral) f.literals().get(0);
            assertThat(literal.file()).exists().hasSize(90_000);
            DisposableLiteral.disposeAll(f);
            assertThat(literal.file()).doesNotExist();
        }).feed(".\r\n");
        assertThat(h.frames).hasSize(1);
    }
}
