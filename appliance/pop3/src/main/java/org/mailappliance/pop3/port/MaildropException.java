package org.mailappliance.pop3.port;

/**
 * A maildrop could not be opened or changed. This class itself means a temporary failure ({@code [SYS/TEMP]}); the
 * nested subclasses name the cases POP3 answers differently. The message is shown to the client after the response
 * code, so it must be short and must not leak internals.
 */
public class MaildropException extends Exception {
    private static final long serialVersionUID = 1L;

    public MaildropException(String message) {
        super(message);
    }

    public MaildropException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Another POP3 session has the maildrop (RFC 2449 {@code [IN-USE]}). */
    public static final class InUse extends MaildropException {
        private static final long serialVersionUID = 1L;

        public InUse() {
            super("Mailbox is locked by POP server");
        }
    }

    /** The user has no INBOX (Cyrus answers {@code [SYS/TEMP]}, the mailbox may be being created or moved). */
    public static final class NoMailbox extends MaildropException {
        private static final long serialVersionUID = 1L;

        public NoMailbox() {
            super("Mailbox does not exist");
        }
    }

    /** The last POP3 login was less than {@code popminpoll} ago (RFC 2449 {@code [LOGIN-DELAY]}). */
    public static final class LoginDelay extends MaildropException {
        private static final long serialVersionUID = 1L;

        public LoginDelay() {
            super("Minimum time between mail checks not reached");
        }
    }
}
