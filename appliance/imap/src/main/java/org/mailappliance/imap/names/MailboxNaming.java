package org.mailappliance.imap.names;

/**
 * Maps between what a client calls a mailbox (decoded from modified UTF-7, INBOX canonical) and the store's internal
 * name ({@code user.alice.Sent}, '.'-separated), for one user, per {@code altnamespace}, {@code unixhierarchysep},
 * {@code userprefix} and {@code sharedprefix}. Admins get Cyrus's admin namespace ({@code user/alice/Sent}).
 * Thread-safe and immutable.
 */
public interface MailboxNaming {

    /** The hierarchy separator clients see ('/' with unixhierarchysep, the default since Cyrus 3.0, else '.'). */
    char separator();

    /**
     * The internal name of a client-side name for {@code userId}.
     *
     * @param userId the user the name is relative to; null (domain-less namings only) for nobody, whose INBOX
     *               names no mailbox
     * @param admin whether the user is an admin (admin namespace)
     * @throws InvalidMailboxNameException when the name cannot denote a mailbox (bad characters, empty level, a
     *                                     namespace prefix itself such as {@code Other Users})
     */
    String toInternal(String externalName, String userId, boolean admin) throws InvalidMailboxNameException;

    /** The client-side name of an internal name for {@code userId}, or null when the user's namespace has none. */
    String toExternal(String internalName, String userId, boolean admin);

    /** The identity rules names follow ({@code virtdomains}, {@code defaultdomain}); none by default. */
    default org.mailappliance.sasl.identity.UserIds userIds() {
        return org.mailappliance.sasl.identity.UserIds.withoutDomains();
    }

    /** The three namespaces of RFC 2342 as this user sees them (the NAMESPACE response). */
    Namespaces namespaces(boolean admin);
}
