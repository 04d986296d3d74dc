package org.mailappliance.imap.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mailappliance.mailstore.message.MessageCache;
import org.mailappliance.mailstore.message.MessageRecord;
import org.mailappliance.mailstore.message.MessageStore;
import org.mailappliance.mailstore.message.NoSuchMessageException;

/**
 * What the evaluator knows about one message, fetched as late as possible: the index record is at hand, the cached
 * header fields are read from the index on first use, the file is read (once, for all file keys) only when a key
 * cannot be answered otherwise.
 */
final class MessageFacts {
    private final MessageStore store;
    private final MessageRecord record;
    private final int msn;
    private final List<SearchKey> fileKeys;
    private Optional<MessageCache> cache;
    private Map<SearchKey, Boolean> fileResults;

    /**
     * @param fileKeys every key of the program that may need the file; one pass answers them all
     */
    MessageFacts(MessageStore store, MessageRecord record, int msn, List<SearchKey> fileKeys) {
        this.store = store;
        this.record = record;
        this.msn = msn;
        this.fileKeys = fileKeys;
    }

    MessageRecord record() {
        return record;
    }

    int msn() {
        return msn;
    }

    boolean readIndex() {
        return cache != null;
    }

    boolean readFile() {
        return fileResults != null;
    }

    /** The index's cached fields; empty when the message vanished meanwhile. */
    Optional<MessageCache> cache() {
        if (cache == null) {
            cache = store.cache(record.mailbox(), record.uid());
        }
        return cache;
    }

    /** Whether the message file matches {@code key} (a Header or Text key). */
    boolean fileMatches(SearchKey key) {
        if (fileResults == null) {
            fileResults = new HashMap<>();
            boolean[] found;
            try {
                found = MessageScanner.scan(store.openMessage(record.mailbox(), record.uid()), fileKeys);
            } catch (NoSuchMessageException e) {
                // expunged while the search ran: it matches nothing that needs its content
                found = new boolean[fileKeys.size()];
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read message " + record.uid() + " of " + record.mailbox(), e);
            }
            for (int i = 0; i < fileKeys.size(); i++) {
                fileResults.merge(fileKeys.get(i), found[i], Boolean::logicalOr);
            }
        }
        return fileResults.getOrDefault(key, false);
    }
}
