package org.mailappliance.mailstore.events;

import java.util.Arrays;

/**
 * Something in the store changed. Events name what changed, not how (Cyrus's "edge trigger"): listeners and the
 * sync_log reader re-read the current state. All mailbox names are internal names ({@code user.alice.Sent}).
 */
public sealed interface ChangeEvent {

    /** Messages with UIDs {@code firstUid..lastUid} were appended; {@code modseq} is the mailbox's new HIGHESTMODSEQ. */
    record MessagesAppended(String mailbox, long firstUid, long lastUid, long modseq) implements ChangeEvent {
    }

    /** Flags of these messages changed (also the owner's \Seen). */
    record FlagsChanged(String mailbox, long[] uids, long modseq) implements ChangeEvent {
        public FlagsChanged {
            uids = uids.clone();
        }

        @Override
        public long[] uids() {
            return uids.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FlagsChanged f && f.mailbox.equals(mailbox) && Arrays.equals(f.uids, uids)
                    && f.modseq == modseq;
        }

        @Override
        public int hashCode() {
            return mailbox.hashCode() * 31 + Arrays.hashCode(uids);
        }

        @Override
        public String toString() {
            return "FlagsChanged[" + mailbox + " " + Arrays.toString(uids) + " modseq " + modseq + "]";
        }
    }

    /** These messages were expunged. */
    record MessagesExpunged(String mailbox, long[] uids, long modseq) implements ChangeEvent {
        public MessagesExpunged {
            uids = uids.clone();
        }

        @Override
        public long[] uids() {
            return uids.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MessagesExpunged f && f.mailbox.equals(mailbox) && Arrays.equals(f.uids, uids)
                    && f.modseq == modseq;
        }

        @Override
        public int hashCode() {
            return mailbox.hashCode() * 31 + Arrays.hashCode(uids);
        }

        @Override
        public String toString() {
            return "MessagesExpunged[" + mailbox + " " + Arrays.toString(uids) + " modseq " + modseq + "]";
        }
    }

    record MailboxCreated(String mailbox) implements ChangeEvent {
    }

    record MailboxDeleted(String mailbox) implements ChangeEvent {
    }

    record MailboxRenamed(String from, String to) implements ChangeEvent {
    }

    record AclChanged(String mailbox) implements ChangeEvent {
    }

    /** Limits or usage of this quota root changed. */
    record QuotaChanged(String root) implements ChangeEvent {
    }

    /** An annotation of this mailbox changed; {@code ""} is the server. */
    record AnnotationChanged(String mailbox) implements ChangeEvent {
    }

    /** A non-owner's \Seen state in a shared mailbox changed. */
    record SeenChanged(String user, String mailbox) implements ChangeEvent {
    }

    record SubscriptionChanged(String user, String mailbox) implements ChangeEvent {
    }

    record UserCreated(String user) implements ChangeEvent {
    }

    record UserDeleted(String user) implements ChangeEvent {
    }
}
