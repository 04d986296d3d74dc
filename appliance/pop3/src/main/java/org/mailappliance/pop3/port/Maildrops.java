package org.mailappliance.pop3.port;

/** Port: opens a user's INBOX as a POP3 maildrop. Implemented outside this module (on the mail store). */
@FunctionalInterface
public interface Maildrops {

    /**
     * Locks the INBOX of {@code userid} against other POP3 sessions and takes the snapshot (see {@link Maildrop}).
     *
     * @param userid the canonical userid returned by {@link Pop3Authenticator}
     * @throws MaildropException.InUse       another POP3 session holds the maildrop ({@code -ERR [IN-USE]})
     * @throws MaildropException.LoginDelay  the last POP3 login was less than {@code popminpoll} ago
     * @throws MaildropException.NoMailbox   the user has no INBOX ({@code -ERR [SYS/TEMP]}, as Cyrus)
     * @throws MaildropException             any other, temporary, failure ({@code -ERR [SYS/TEMP]})
     */
    Maildrop open(String userid) throws MaildropException;
}
