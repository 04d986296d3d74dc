package org.mailappliance.mailstore.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.mailappliance.mailstore.events.ChangeEvent;
import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

class DeliveryTest {
    private static final Instant WHEN = Instant.parse("2024-01-01T12:00:00Z");

    @StoreTest
    void deliveryStoresTheFileAsCyrusNamesItAndIndexesIt(TestBackend backend) throws Exception {
        MessageFixture f = new MessageFixture(backend);
        String inbox = f.user("alice");
        String text = MessageFixture.message("<a1@example.org>", "Hello", "Body line");
        Path spooled = f.spool(text);

        List<AppendResult> results = f.messages.deliver(new DeliveryRequest(spooled,
                List.of(new DeliveryRequest.Target(inbox, Set.of("\\Flagged", "$Label1"), false)), WHEN, null));

        assertThat(results).hasSize(1);
        AppendResult.Appended a = (AppendResult.Appended) results.get(0);
        assertThat(a.uid()).isEqualTo(1);
        assertThat(a.uidValidity()).isEqualTo(f.store.mailboxes().find(inbox).orElseThrow().uidValidity());
        Path file = f.mailboxDirectory(inbox).resolve("1.");
        assertThat(Files.readAllBytes(file)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        assertThat(f.messages.openMessage(inbox, 1)).isEqualTo(file);

        MessageRecord r = f.messages.records(inbox, 1, 10).get(0);
        assertThat(r.size()).isEqualTo(text.length());
        assertThat(r.guid()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8))));
        assertThat(r.internalDate()).isEqualTo(WHEN);
        assertThat(r.flags().names()).containsExactly("\\Flagged", "$Label1");
        assertThat(r.modSeq()).isEqualTo(a.modSeq());
        var mailbox = f.store.mailboxes().find(inbox).orElseThrow();
        assertThat(mailbox.uidNext()).isEqualTo(2);
        assertThat(mailbox.highestModSeq()).isEqualTo(a.modSeq());

        MessageCache cache = f.messages.cache(inbox, 1).orElseThrow();
        assertThat(cache.envelope()).startsWith("(\"Mon, 1 Mar 2021 10:00:00 +0000\" \"Hello\" ((\"Alice\" NIL \"alice\" \"example.org\"))");
        assertThat(cache.bodyStructure()).isEqualTo("(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 11 1 NIL NIL NIL NIL)");
        assertThat(cache.sortFields().messageId()).isEqualTo("<a1@example.org>");
        assertThat(cache.sortFields().sentDate()).isEqualTo(Instant.parse("2021-03-01T10:00:00Z"));
        assertThat(f.published).containsExactly(new ChangeEvent.MessagesAppended(inbox, 1, 1, a.modSeq()));
        assertThat(stageFiles(f)).isEmpty();
        assertThat(spooled).exists();
    }

    @StoreTest
    void multiRecipientDeliveryLinksOneFileIntoEveryMailbox(TestBackend backend) throws Exception {
        MessageFixture f = new MessageFixture(backend);
        String alice = f.user("alice");
        String bob = f.user("bob");
        String carol = f.user("carol");
        Path spooled = f.spool(MessageFixture.message("<multi@example.org>", "To all", "hi"));

        List<AppendResult> results = f.messages.deliver(new DeliveryRequest(spooled, List.of(
                DeliveryRequest.Target.of(alice), DeliveryRequest.Target.of("user.nobody"),
                DeliveryRequest.Target.of(bob), DeliveryRequest.Target.of(carol)), WHEN, null));

        assertThat(results).extracting(AppendResult::mailbox).containsExactly(alice, "user.nobody", bob, carol);
        assertThat(results.get(1)).isEqualTo(new AppendResult.NoSuchMailbox("user.nobody"));
        Object inode = Files.getAttribute(f.mailboxDirectory(alice).resolve("1."), "unix:ino");
        assertThat(Files.getAttribute(f.mailboxDirectory(bob).resolve("1."), "unix:ino")).isEqualTo(inode);
        assertThat(Files.getAttribute(f.mailboxDirectory(carol).resolve("1."), "unix:ino")).isEqualTo(inode);
        assertThat((Integer) Files.getAttribute(f.mailboxDirectory(alice).resolve("1."), "unix:nlink"))
                .as("three mailboxes plus the caller's spool file").isEqualTo(4);
        assertThat(stageFiles(f)).isEmpty();
    }

    @StoreTest
    void withoutSingleInstanceStoreEveryMailboxGetsItsOwnCopy(TestBackend backend) throws Exception {
        MessageFixture f = new MessageFixture(backend,
                new MessageStoreSettings(true, false, ExpungeMode.DELAYED, false));
        String alice = f.user("alice");
        String bob = f.user("bob");
        f.messages.deliver(new DeliveryRequest(f.spool(MessageFixture.message("<c@x>", "s", "b")),
                List.of(DeliveryRequest.Target.of(alice), DeliveryRequest.Target.of(bob)), WHEN, null));
        assertThat(Files.getAttribute(f.mailboxDirectory(alice).resolve("1."), "unix:ino"))
                .isNotEqualTo(Files.getAttribute(f.mailboxDirectory(bob).resolve("1."), "unix:ino"));
        assertThat(Files.readAllBytes(f.mailboxDirectory(bob).resolve("1.")))
                .isEqualTo(Files.readAllBytes(f.mailboxDirectory(alice).resolve("1.")));
    }

    @StoreTest
    void oddMessagesAreStoredByteExactAndIndexedAsFarAsTheyParse(TestBackend backend) throws Exception {
        MessageFixture f = new MessageFixture(backend);
        String inbox = f.user("alice");
        byte[] bareLf = "From: a@b\nSubject: bare LF\n\nline one\nline two\n".getBytes(StandardCharsets.US_ASCII);
        byte[] eightBit = "From: J\u00fcrgen <j@b.de>\r\nSubject: Gr\u00fc\u00dfe \r\n\r\n\u00e4\u00f6\u00fc\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "Subject: caf\u00e9\r\n\r\nx\r\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] brokenMime = ("Content-Type: multipart/mixed; boundary=\"never\"\r\nMIME-Version: 1.0\r\n\r\n"
                + "--nev\r\ngarbage\r\n--never\r\nContent-Type: text/plain; charset=\"unterminated\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!").getBytes(StandardCharsets.US_ASCII);
        byte[] noHeaderAtAll = "just a body without any header line".getBytes(StandardCharsets.US_ASCII);
        byte[] empty = new byte[0];
        byte[] nul = {'S', 'u', 'b', 'j', ':', ' ', 0, '\r', '\n', '\r', '\n', 0, 1, 2, (byte) 0xff};
        List<byte[]> all = List.of(bareLf, eightBit, latin1, brokenMime, noHeaderAtAll, empty, nul);

        for (byte[] raw : all) {
            List<AppendResult> r = f.messages.deliver(new DeliveryRequest(f.spool(raw),
                    List.of(DeliveryRequest.Target.of(inbox)), WHEN, null));
            assertThat(r.get(0)).isInstanceOf(AppendResult.Appended.class);
        }
        for (int i = 0; i < all.size(); i++) {
            long uid = i + 1;
            assertThat(Files.readAllBytes(f.messages.openMessage(inbox, uid))).as("message %d", uid)
                    .isEqualTo(all.get(i));
            assertThat(f.messages.cache(inbox, uid)).as("cache of message %d", uid).isPresent();
        }
        MessageCache lf = f.messages.cache(inbox, 1).orElseThrow();
        assertThat(lf.headerSize()).isEqualTo("From: a@b\nSubject: bare LF\n\n".length());
        assertThat(lf.bodyStructure()).contains("\"7BIT\" 20 2");
        assertThat(f.messages.cache(inbox, 2).orElseThrow().sortFields().subject()).isEqualTo("Gr\u00fc\u00dfe");
        assertThat(f.messages.cache(inbox, 4).orElseThrow().bodyStructure()).startsWith("((");
    }

    @StoreTest
    void appendFromAStreamAndFromAFileKeepsFlagsAndInternalDate(TestBackend backend) throws Exception {
        MessageFixture f = new MessageFixture(backend);
        String inbox = f.user("alice");
        byte[] raw = MessageFixture.message("<app@x>", "appended", "text").getBytes(StandardCharsets.UTF_8);

        AppendResult first = f.messages.append(inbox, new ByteArrayInputStream(raw), Set.of("\\Seen", "\\Draft"), WHEN);
        AppendResult second = f.messages.append(inbox, f.spool(raw), Set.of(), WHEN.plusSeconds(1));
        AppendResult missing = f.messages.append("user.nobody", new ByteArrayInputStream(raw), Set.of(), WHEN);

        assertThat(first).isInstanceOf(AppendResult.Appended.class);
        assertThat(((AppendResult.Appended) second).uid()).isEqualTo(2);
        assertThat(missing).isEqualTo(new AppendResult.NoSuchMailbox("user.nobody"));
        List<MessageRecord> records = f.messages.records(inbox, 1, 100);
        assertThat(records).extracting(MessageRecord::uid).containsExactly(1L, 2L);
        assertThat(records.get(0).flags().names()).containsExactly("\\Draft", "\\Seen");
        assertThat(records.get(1).internalDate()).isEqualTo(WHEN.plusSeconds(1));
        assertThat(Files.readAllBytes(f.messages.openMessage(inbox, 1))).isEqualTo(raw);
        assertThat(stageFiles(f)).isEmpty();
    }

    @StoreTest
    void theSameMessageIdIsDeliveredOncePerMailbox(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend);
        String alice = f.user("alice");
        String bob = f.user("bob");
        String text = MessageFixture.message("<dup@example.org>", "dup", "once");

        List<AppendResult> first = f.messages.deliver(new DeliveryRequest(f.spool(text),
                List.of(DeliveryRequest.Target.of(alice)), WHEN, null));
        List<AppendResult> again = f.messages.deliver(new DeliveryRequest(f.spool(text),
                List.of(DeliveryRequest.Target.of(alice), DeliveryRequest.Target.of(bob)), WHEN, null));
        List<AppendResult> explicitId = f.messages.deliver(new DeliveryRequest(f.spool("Subject: no id\r\n\r\nx\r\n"),
                List.of(DeliveryRequest.Target.of(alice)), WHEN, "<dup@example.org>"));

        assertThat(first.get(0)).isInstanceOf(AppendResult.Appended.class);
        assertThat(again.get(0)).isEqualTo(new AppendResult.Duplicate(alice));
        assertThat(again.get(1)).isInstanceOf(AppendResult.Appended.class);
        assertThat(explicitId.get(0)).isEqualTo(new AppendResult.Duplicate(alice));
        assertThat(f.messages.records(alice, 1, 100)).hasSize(1);
        assertThat(f.store.mailboxes().find(alice).orElseThrow().uidNext()).isEqualTo(2);
    }

    @StoreTest
    void duplicateSuppressionOffDeliversAgain(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend, new MessageStoreSettings(false, true, ExpungeMode.DELAYED, false));
        String alice = f.user("alice");
        String text = MessageFixture.message("<dup@example.org>", "dup", "twice");
        for (int i = 0; i < 2; i++) {
            assertThat(f.messages.deliver(new DeliveryRequest(f.spool(text), List.of(DeliveryRequest.Target.of(alice)),
                    WHEN, null)).get(0)).isInstanceOf(AppendResult.Appended.class);
        }
        assertThat(f.messages.records(alice, 1, 100)).hasSize(2);
    }

    @StoreTest
    void deliveryChargesTheQuotaAndIsRefusedWhenTheRootIsFull(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend);
        String alice = f.user("alice");
        f.quotas.setLimits(alice, 1, 3);
        String text = MessageFixture.message("<q1@x>", "q", "x".repeat(600));

        AppendResult one = f.messages.deliver(new DeliveryRequest(f.spool(text),
                List.of(DeliveryRequest.Target.of(alice)), WHEN, null)).get(0);
        assertThat(one).isInstanceOf(AppendResult.Appended.class);
        var root = f.quotas.get(alice).orElseThrow();
        assertThat(root.usedBytes()).isEqualTo(text.length());
        assertThat(root.usedMessages()).isEqualTo(1);

        // 1 KiB limit: the second message goes over; lmtpd without lmtp_strict_quota still delivers it since the
        // root is not over yet, after which the root is over and the third is refused
        String text2 = MessageFixture.message("<q2@x>", "q", "y".repeat(600));
        assertThat(f.messages.deliver(new DeliveryRequest(f.spool(text2), List.of(DeliveryRequest.Target.of(alice)),
                WHEN, null)).get(0)).isInstanceOf(AppendResult.Appended.class);
        String text3 = MessageFixture.message("<q3@x>", "q", "z");
        assertThat(f.messages.deliver(new DeliveryRequest(f.spool(text3), List.of(DeliveryRequest.Target.of(alice)),
                WHEN, null)).get(0)).isEqualTo(new AppendResult.OverQuota(alice));
        assertThat(f.messages.append(alice, f.spool(text3), Set.of(), WHEN)).isEqualTo(new AppendResult.OverQuota(alice));
        assertThat(f.messages.deliver(new DeliveryRequest(f.spool(text3),
                List.of(new DeliveryRequest.Target(alice, Set.of(), true)), WHEN, null)).get(0))
                .isInstanceOf(AppendResult.Appended.class);
        assertThat(f.quotas.get(alice).orElseThrow().usedMessages()).isEqualTo(3);
        assertThat(f.store.mailboxes().find(alice).orElseThrow().uidNext()).isEqualTo(4);
    }

    @StoreTest
    void strictQuotaRefusesTheMessageThatWouldGoOver(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend, new MessageStoreSettings(true, true, ExpungeMode.DELAYED, true));
        String alice = f.user("alice");
        f.quotas.setLimits(alice, 1, -1);
        String big = MessageFixture.message("<big@x>", "q", "x".repeat(2000));
        assertThat(f.messages.deliver(new DeliveryRequest(f.spool(big), List.of(DeliveryRequest.Target.of(alice)),
                WHEN, null)).get(0)).isEqualTo(new AppendResult.OverQuota(alice));
        assertThat(f.quotas.get(alice).orElseThrow().usedBytes()).isZero();
    }

    private static List<Path> stageFiles(MessageFixture f) throws Exception {
        Path stage = f.partition().resolve("stage.");
        if (!Files.isDirectory(stage)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(stage)) {
            return s.toList();
        }
    }
}
