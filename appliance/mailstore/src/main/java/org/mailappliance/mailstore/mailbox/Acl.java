package org.mailappliance.mailstore.mailbox;

/** Cyrus ACL strings ({@code identifier TAB rights TAB}...) as stored in the mailbox list. */
public final class Acl {
    /** Every right Cyrus knows (RFC 4314 lrswipkxtea plus c, d and Cyrus's n for annotations). */
    public static final String ALL_RIGHTS = "lrswipkxtecdan";

    private Acl() {
    }

    /** The ACL Cyrus gives a new user INBOX: the owner holds every right, nobody else any. */
    public static String ownerAll(String owner) {
        return owner + "\t" + ALL_RIGHTS + "\t";
    }
}
