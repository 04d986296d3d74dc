package org.mailappliance.server.pop3;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.StoreException;
import org.mailappliance.mailstore.mailbox.Mailbox;
import org.mailappliance.mailstore.mailbox.MailboxNames;
import org.mailappliance.mailstore.message.FlagOperation;
import org.mailappliance.mailstore.message.MessageRecord;
import org.mailappliance.mailstore.message.SystemFlag;
import org.mailappliance.pop3.port.Maildrop;
import org.mailappliance.pop3.port.MaildropException;
import org.mailappliance.pop3.port.MaildropMessage;
import org.mailappliance.pop3.port.Maildrops;

/**
 * POP3 maildrops on the store, with Cyrus pop3d's semantics: the INBOX is locked against a second POP3 session
 * ({@code [IN-USE]}) while IMAP goes on, the session works on a snapshot taken at login, messages marked
 * {@code \Deleted} by IMAP are not offered, and DELE takes effect only at QUIT (set \Deleted, then expunge those).
 */
public final class StoreMaildrops implements Maildrops {

    private final MailStore store;
    private final Duration minPoll;
    private final Set<String> locked = ConcurrentHashMap.newKeySet();

    /** @param minPoll {@code popminpoll}: shortest time between two POP3 logins to one maildrop (zero: none) */
    public StoreMaildrops(MailStore store, Duration minPoll) {
        this.store = store;
        this.minPoll = minPoll;
    }

    @Override
    public Maildrop open(String userid) throws MaildropException {
        String inbox;
        try {
            inbox = MailboxNames.userInbox(userid);
        } catch (IllegalArgumentException notAUser) {
            throw new MaildropException.NoMailbox();
        }
        if (!locked.add(inbox)) {
            throw new MaildropException.InUse();
        }
        try {
            Optional<Mailbox> mailbox = store.mailboxes().find(inbox);
            if (mailbox.isEmpty()) {
                throw new MaildropException.NoMailbox();
            }
            if (!store.pop3Logins().tryLogin(inbox, minPoll, Instant.now())) {
                throw new MaildropException.LoginDelay();
            }
            List<MaildropMessage> snapshot = new ArrayList<>();
            for (MessageRecord r : store.messages().records(inbox, 1, Long.MAX_VALUE)) {
                if (!r.flags().has(SystemFlag.DELETED)) {
                    snapshot.add(new MaildropMessage(r.uid(), r.size(), mailbox.get().uidValidity()));
                }
            }
            return new StoreMaildrop(inbox, List.copyOf(snapshot));
        } catch (MaildropException | RuntimeException e) {
            locked.remove(inbox);
            if (e instanceof StoreException) {
                throw new MaildropException("the mail store is unavailable", e);
            }
            throw e;
        }
    }

    private final class StoreMaildrop implements Maildrop {
        private final String inbox;
        private final List<MaildropMessage> messages;

        StoreMaildrop(String inbox, List<MaildropMessage> messages) {
            this.inbox = inbox;
            this.messages = messages;
        }

        @Override
        public List<MaildropMessage> messages() {
            return messages;
        }

        @Override
        public Path file(long uid) throws IOException {
            try {
                return store.messages().openMessage(inbox, uid);
            } catch (RuntimeException e) {
                throw new IOException("message " + uid + " of " + inbox + " is gone", e);
            }
        }

        @Override
        public void expunge(Collection<Long> uids) throws MaildropException {
            try {
                store.messages().store(inbox, uids, FlagOperation.ADD, Set.of(SystemFlag.DELETED.imapName()),
                        java.util.OptionalLong.empty());
                store.messages().expunge(inbox, Optional.of(uids));
            } catch (RuntimeException e) {
                throw new MaildropException("could not remove the deleted messages", e);
            }
        }

        @Override
        public void close() {
            locked.remove(inbox);
        }
    }
}
