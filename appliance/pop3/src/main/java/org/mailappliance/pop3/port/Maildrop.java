package org.mailappliance.pop3.port;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * One POP3 session's view of a user's INBOX, opened by {@link Maildrops#open(String)} after a successful login and
 * held until the session ends. Cyrus semantics the implementation must keep:
 * <ul>
 *   <li>{@link #messages()} is a snapshot taken at open: messages delivered or expunged by IMAP/LMTP later do not
 *       change it (POP3 message numbers must stay stable for the session).</li>
 *   <li>The maildrop is exclusive among POP3 sessions: while it is open, another {@code open} of the same mailbox
 *       throws {@link MaildropException.InUse}. IMAP and LMTP keep working on the mailbox meanwhile.</li>
 *   <li>Nothing is changed while the session runs: DELE only marks inside the engine. {@link #expunge} is called at
 *       most once, from QUIT (RFC 1939 UPDATE state); a dropped connection never expunges.</li>
 * </ul>
 * Called by one thread at a time.
 */
public interface Maildrop extends AutoCloseable {

    /** The snapshot, in ascending UID order. Message number n (1-based) is element n-1. Not expunged messages only. */
    List<MaildropMessage> messages();

    /**
     * The file holding the message with this UID (CRLF line ends, exactly {@link MaildropMessage#size()} octets).
     * The engine streams it; the file must stay readable until {@link #close()} even if IMAP expunges the message
     * meanwhile (Cyrus keeps the file until the POP3 session ends) — or this method throws.
     *
     * @throws IOException the message is gone or unreadable: the engine answers {@code -ERR [SYS/PERM]}
     */
    Path file(long uid) throws IOException;

    /**
     * QUIT in the UPDATE state: remove these messages (the ones marked with DELE, never empty) from the mailbox as an
     * IMAP expunge would, including the notifications and sync_log entries. UIDs that IMAP has already expunged are
     * skipped silently.
     *
     * @throws MaildropException the expunge did not happen (the engine answers {@code -ERR [SYS/TEMP]})
     */
    void expunge(Collection<Long> uids) throws MaildropException;

    /** Releases the POP3 lock. Always called once, after QUIT or when the connection is gone. Must not throw. */
    @Override
    void close();
}
