package org.mailappliance.mailstore.mailbox;

import java.time.Instant;

/**
 * One row of the mailbox list (Cyrus's mailboxes.db entry plus the counters of its cyrus.index header).
 *
 * @param name      internal name, '.'-separated, e.g. {@code user.alice.Sent}
 * @param uniqueId  random id that survives renames (Cyrus's uniqueid)
 * @param type      mailbox type; {@link #TYPE_EMAIL} for mail folders
 * @param server    the backend holding it in a murder, or null when local
 * @param acl       Cyrus ACL string: {@code identifier TAB rights TAB} repeated
 */
public record Mailbox(long id, String name, String uniqueId, String type, String partition, String server, String acl,
        long uidValidity, long uidNext, long highestModSeq, String specialUse, String quotaRoot, MailboxState state,
        Instant created) {
    public static final String TYPE_EMAIL = "email";
}
