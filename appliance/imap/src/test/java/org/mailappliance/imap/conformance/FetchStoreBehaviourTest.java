package org.mailappliance.imap.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailappliance.mailstore.acl.Identity;
import org.mailappliance.mailstore.message.FlagOperation;

/** FETCH against store changes made behind the session's back, and the memory use of a multi-megabyte FETCH. */
class FetchStoreBehaviourTest {
    private static final Instant DATE = Instant.parse("2024-01-01T12:00:00Z");

    @TempDir
    Path dir;

    private Path message(String name, String body) throws IOException {
        return Files.writeString(dir.resolve(name), "Subject: " + name + "\r\n\r\n" + body + "\r\n",
                StandardCharsets.US_ASCII);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    @Test
    void messagesExpungedByAnotherSessionAreSkipped() throws Exception {
        try (ImapDriver d = new ImapDriver()) {
            d.append(message("one", "first"), DATE);
            d.append(message("two", "second"), DATE);
            d.login();
            d.select();
            // another session expunges UID 1; this session has not been told yet, so sequence number 1 still names it
            d.store().messages().store(ImapDriver.INBOX, List.of(1L), FlagOperation.ADD, Set.of("\\Deleted"),
                    OptionalLong.empty());
            d.store().messages().expunge(ImapDriver.INBOX, Optional.empty());

            String only = text(d.command("f1 FETCH 1 (FLAGS BODY.PEEK[TEXT])"));
            assertThat(only).doesNotContain("FETCH (").contains("f1 NO No matching messages");

            String both = text(d.command("f2 FETCH 1:2 (UID BODY.PEEK[TEXT])"));
            assertThat(both).contains("* 2 FETCH (UID 2 BODY[TEXT] {8}\r\nsecond\r\n)").doesNotContain("UID 1 ")
                    .contains("f2 OK");

            String byUid = text(d.command("f3 UID FETCH 1 FLAGS"));
            assertThat(byUid).doesNotContain("FETCH (").contains("f3 OK");
        }
    }

    @Test
    void aMailboxDeletedUnderTheSessionIsNonexistent() throws Exception {
        try (ImapDriver d = new ImapDriver()) {
            d.login();
            ImapDriver.expectOk("c1", d.command("c1 CREATE Work"));
            d.store().messages().append("user.alice.Work", message("one", "first"), Set.of(), DATE);
            ImapDriver.expectOk("s2", d.command("s2 SELECT Work"));
            d.store().mailboxes().delete("user.alice.Work", Identity.SYSTEM);
            assertThat(text(d.command("f1 UID FETCH 1:* FLAGS"))).contains("f1 NO [NONEXISTENT]");
        }
    }

    @Test
    void aMultiMegabyteMessageIsStreamedNotCopied() throws Exception {
        Path big = dir.resolve("big.eml");
        long bodyLines = 20L * 1024 * 1024 / 78;
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.US_ASCII)) {
            w.write("Subject: big\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nsmall part\r\n"
                    + "--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n");
            String line = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\r\n";
            for (long i = 0; i < bodyLines; i++) {
                w.write(line);
            }
            w.write("--b--\r\n");
        }
        long size = Files.size(big);
        long part2 = bodyLines * 78 - 2;
        try (ImapDriver d = new ImapDriver()) {
            d.append(big, DATE);
            d.login();
            d.select();
            d.connection().discardStreams(true);
            com.sun.management.ThreadMXBean threads =
                    (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long before = threads.getCurrentThreadAllocatedBytes();
            String answer = text(d.command("f1 UID FETCH 1 (RFC822.SIZE BODY.PEEK[2] BODY.PEEK[1] BODY.PEEK[])"));
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            System.out.println("FETCH of a " + size + " octet message allocated " + allocated + " bytes");

            assertThat(answer).contains("RFC822.SIZE " + size).contains("BODY[2] {" + part2 + "}")
                    .contains("BODY[1] {10}").contains("BODY[] {" + size + "}").contains("f1 OK");
            assertThat(d.connection().streamedOctets()).isEqualTo(size + part2 + 10);
            assertThat(d.connection().largestByteArrayWrite()).isLessThan(64 * 1024);
            // locating part 2 scans all 20 MB; with bounded buffers that allocates a small fraction of the message
            assertThat(allocated).as("bytes allocated by the FETCH").isLessThan(size / 4);
        }
    }
}
