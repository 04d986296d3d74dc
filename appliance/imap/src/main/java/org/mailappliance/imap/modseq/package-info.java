/**
 * The parts of CONDSTORE and QRESYNC (RFC 7162) that know nothing of sessions: decoding mod-sequences and the
 * QRESYNC/CONDSTORE parameters of SELECT and EXAMINE, and the UID-set arithmetic of VANISHED.
 *
 * <p>Decisions, and why:
 * <ul>
 * <li><b>HIGHESTMODSEQ on every SELECT/EXAMINE</b>, as Cyrus and RFC 7162 §3.1.2.1 do: every mailbox keeps modseqs,
 * so there is never a NOMODSEQ.</li>
 * <li><b>VANISHED is exact</b> while the store keeps the expunged records ({@code expunge_mode} delayed or
 * semidelayed, Cyrus's default); after {@code expunge_mode: immediate} deleted records a client resynchronising
 * from an older modseq is told every UID it may know that is not present (RFC 7162 §3.2.5.2), narrowed by its
 * seq-match-data as Cyrus does.</li>
 * <li><b>Expunges the session has not yet been told of</b> are left out of VANISHED (EARLIER): they follow as a
 * plain VANISHED at the next point where expunges may be reported, so a UID is never reported twice.</li>
 * </ul>
 */
package org.mailappliance.imap.modseq;
