/**
 * The selected state: SELECT/EXAMINE, the session's view of the mailbox and the commands that work on it (STORE,
 * COPY, MOVE, EXPUNGE, CLOSE, UNSELECT, CHECK), plus APPEND, IDLE and ENABLE.
 *
 * <p>Decisions, and why:
 * <ul>
 * <li><b>Updates between sessions.</b> SELECT subscribes a {@link org.mailappliance.imap.selected.MailboxListener}
 * to the store's per-mailbox events before it reads the mailbox, so nothing committed in between is lost. Events
 * only say which messages changed; {@link org.mailappliance.imap.selected.SelectedMailbox#reportUpdates} re-reads
 * their state before each tagged reply and writes EXPUNGE (highest number first), EXISTS/RECENT, then FETCH FLAGS.
 * Expunges are held back during FETCH, STORE and SEARCH (RFC 9051 §7.5.1) and sent at the next allowed point.</li>
 * <li><b>Own changes.</b> Flag changes made by the session's own running command (STORE, FETCH's implicit \Seen,
 * MOVE's \Deleted) are answered by that command and not reported back: the dispatcher marks the thread running a
 * session's command, and store events are published synchronously on the committing thread. Appends and
 * expunges the session makes itself do come back as EXISTS/EXPUNGE, which is how EXPUNGE, MOVE and APPEND/COPY
 * into the selected mailbox report them.</li>
 * <li><b>\Recent.</b> Exactly one session sees a message as recent: SELECT claims the unclaimed UIDs, and for
 * messages arriving later the first read-write session to report them claims them (RecentUids). EXAMINE shows
 * unclaimed messages as recent without claiming. After ENABLE IMAP4rev2 there is neither RECENT nor \Recent.</li>
 * <li><b>IDLE</b> pushes from the committing thread (another session, LMTP), under the view's lock, and flushes;
 * the session thread takes the same lock when DONE arrives, so lines never interleave and nothing is pushed after
 * the tagged OK. A slow IDLE client can therefore slow down the committer that pushes to it.</li>
 * <li><b>Mailbox deleted or renamed under a session</b>: as Cyrus with its default
 * {@code disconnect_on_vanished_mailbox: no}, the mailbox becomes empty for the session (all messages reported
 * expunged at the next allowed point) and commands that would change it answer {@code NO [NONEXISTENT]}; the
 * session stays selected until it selects something else, closes or unselects.</li>
 * <li><b>MULTIAPPEND</b> is all or nothing as far as the store allows: each message commits on its own, and when one
 * fails the ones already appended are flagged \Deleted and expunged again before the NO (others may see them come
 * and go; a crash in between leaves them). APPEND refuses bare LF and NUL as Cyrus does.</li>
 * <li><b>MOVE</b> is COPY (one transaction) followed by \Deleted and UID EXPUNGE of exactly the copied messages, as
 * Cyrus does; a crash in between leaves the messages in both mailboxes, never in neither.</li>
 * <li><b>Rights</b> (RFC 4314): flags a user may not change (\Seen needs s, \Deleted t, others w) are dropped
 * silently, as Cyrus; read-only selections answer {@code NO [READ-ONLY]}; EXPUNGE needs e, MOVE t and e on the
 * source, COPY/MOVE/APPEND i on the target (a missing target is {@code NO [TRYCREATE]}).</li>
 * <li><b>CONDSTORE/QRESYNC</b> (RFC 7162; set arithmetic and parameters in {@code org.mailappliance.imap.modseq}):
 * the view knows the HIGHESTMODSEQ the session is up to date with (advanced only when a report left nothing
 * pending), so the first CONDSTORE-enabling command while selected can announce it safely. After ENABLE QRESYNC
 * expunges are one {@code VANISHED uid-set} per report and every unsolicited FETCH carries UID; once CONDSTORE is
 * on it carries MODSEQ, and a .SILENT STORE still answers the new MODSEQ. UNCHANGEDSINCE is decided by the store
 * inside the STORE transaction, so [MODIFIED] is exact under concurrent changes.</li>
 * </ul>
 */
package org.mailappliance.imap.selected;
