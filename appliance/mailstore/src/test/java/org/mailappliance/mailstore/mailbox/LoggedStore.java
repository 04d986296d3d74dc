package org.mailappliance.mailstore.mailbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.events.SyncLog;
import org.mailappliance.mailstore.events.SyncLogLine;
import org.mailappliance.mailstore.events.SyncLogReader;
import org.mailappliance.mailstore.testing.TestBackend;

/** A store with mailbox settings of the test's choosing and a default-channel sync_log the test can drain. */
final class LoggedStore {
    final MailStore store;
    final TestBackend backend;
    private final SyncLogReader reader;

    private LoggedStore(TestBackend backend, MailStore store, SyncLogReader reader) {
        this.backend = backend;
        this.store = store;
        this.reader = reader;
    }

    static LoggedStore open(TestBackend backend, MailboxSettings settings) {
        Path config = backend.directory().resolve("config");
        MailStore store = backend.track(MailStore.open(backend.storeSettings(), settings,
                SyncLog.of(config, List.of(SyncLog.DEFAULT_CHANNEL))));
        return new LoggedStore(backend, store, SyncLogReader.forChannel(config, SyncLog.DEFAULT_CHANNEL));
    }

    Mailboxes mailboxes() {
        return store.mailboxes();
    }

    /** The sync_log lines written since the last call. */
    List<String> lines() {
        try {
            return reader.drain().stream().map(SyncLogLine::format).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path spool(String relative) {
        return backend.directory().resolve("spool").resolve(relative);
    }

    /** Puts a fake message file into the mailbox's directory. */
    Path messageFile(String mailbox, long uid, String content) {
        try {
            Path file = mailboxes().directory(mailboxes().require(mailbox)).resolve(uid + ".");
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
