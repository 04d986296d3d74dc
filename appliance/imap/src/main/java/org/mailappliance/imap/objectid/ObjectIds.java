package org.mailappliance.imap.objectid;

import org.mailappliance.mailstore.mailbox.Mailbox;
import org.mailappliance.mailstore.message.MessageRecord;

/**
 * The object identifiers of RFC 8474, derived from what the store already keeps stable. MAILBOXID is the mailbox's
 * uniqueid (random at creation, kept by RENAME, new after a delete and re-create). EMAILID is "M" and the first 24
 * hex digits of the message GUID, as Cyrus spells it: the same content has the same id in every mailbox, so COPY
 * and MOVE keep it. There are no conversations, so THREADID is NIL.
 */
public final class ObjectIds {
    public static final String CAPABILITY = "OBJECTID";

    private ObjectIds() {
    }

    public static String mailboxId(Mailbox mailbox) {
        return mailbox.uniqueId();
    }

    public static String emailId(MessageRecord record) {
        String guid = record.guid();
        return "M" + (guid.length() > 24 ? guid.substring(0, 24) : guid);
    }

    /** {@code (id)}: how the id goes in a response code or after an item name (RFC 8474 §7 {@code objectid} in parens). */
    public static String parenthesized(String id) {
        return "(" + id + ")";
    }

    /** Whether {@code s} has the objectid form: 1 to 255 of ALPHA, DIGIT, "_" and "-". */
    public static boolean valid(String s) {
        if (s.isEmpty() || s.length() > 255) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
