package org.mailappliance.mailstore.message;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.events.ChangeEvent;
import org.mailappliance.mailstore.events.ChangeEvents;
import org.mailappliance.mailstore.quota.Quotas;
import org.mailappliance.mailstore.testing.TestBackend;

/** A migrated store with a message store on top, the events it published, and helpers to make message files. */
final class MessageFixture {
    final TestBackend backend;
    final MailStore store;
    final ChangeEvents events = ChangeEvents.withoutSyncLog();
    final List<ChangeEvent> published = new CopyOnWriteArrayList<>();
    final Quotas quotas;
    final MessageStore messages;
    private int files;

    MessageFixture(TestBackend backend, MessageStoreSettings settings) {
        this.backend = backend;
        this.store = backend.openStore();
        this.quotas = new Quotas(store.database(), events);
        this.messages = new MessageStore(store.database(), store.partitions(), quotas, events, settings);
        events.subscribe(published::add);
    }

    MessageFixture(TestBackend backend) {
        this(backend, MessageStoreSettings.DEFAULTS);
    }

    /** Creates user.NAME and returns its internal name. */
    String user(String name) {
        return store.mailboxes().createUser(name).name();
    }

    Path spool(String text) {
        return spool(text.getBytes(StandardCharsets.UTF_8));
    }

    Path spool(byte[] bytes) {
        try {
            Path dir = Files.createDirectories(backend.directory().resolve("lmtp-spool"));
            Path file = dir.resolve("msg-" + (++files));
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String message(String messageId, String subject, String body) {
        return "From: Alice <alice@example.org>\r\nTo: bob@example.net\r\nSubject: " + subject + "\r\nMessage-ID: "
                + messageId + "\r\nDate: Mon, 1 Mar 2021 10:00:00 +0000\r\n\r\n" + body + "\r\n";
    }

    Path partition() {
        return store.partitions().defaultPath();
    }

    Path mailboxDirectory(String mailbox) {
        return messages.directoryOf(mailbox);
    }
}
