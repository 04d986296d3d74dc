/**
 * POP3 server engine (RFC 1939 with RFC 2449 CAPA and response codes, RFC 2595 STLS, RFC 3206 [SYS/*] and [AUTH]),
 * behaving like Cyrus pop3d. {@link org.mailappliance.pop3.Pop3Engine} is driven by the POP3 MDB; logins go through
 * the port {@link org.mailappliance.pop3.port.Pop3Authenticator}, the INBOX through
 * {@link org.mailappliance.pop3.port.Maildrops}.
 *
 * <p>Decisions worth knowing:
 * <ul>
 *   <li>The maildrop is a snapshot of INBOX locked against other POP3 sessions ({@code [IN-USE]} otherwise); DELE
 *   only marks; the marked messages are expunged by QUIT in the UPDATE state, and only there: a timeout or a dropped
 *   connection releases the lock without expunging. QUIT answers {@code +OK} only when the expunge worked.</li>
 *   <li>USER/PASS need TLS (STLS or pop3s) unless {@code allowplaintext}; otherwise {@code -ERR [AUTH] USER command
 *   only available under a layer} and USER is not in CAPA. APOP is not offered: the account store keeps no
 *   plaintext-equivalent secrets, so (as Cyrus then) the banner has no challenge and APOP is unrecognized. AUTH
 *   (RFC 5034) runs the {@code appliance-sasl} mechanisms when the engine is built with them (otherwise it lists
 *   none): plaintext ones only under the same rule as USER/PASS, challenges as {@code + base64}, {@code *} cancels,
 *   SCRAM's server-final goes out as a last challenge answered by an empty line (as Cyrus), the authorized identity
 *   (authzid, else authcid) owns the maildrop, which is opened exactly as after PASS.</li>
 *   <li>RETR and TOP stream the message file through {@link org.mailappliance.pop3.stream.DotStuffer} (dot-stuffing,
 *   bare LF to CRLF, final CRLF added); LIST/STAT sizes are the stored (CRLF) file sizes. If reading fails after
 *   {@code +OK}, the connection is closed rather than sending a terminating dot after a truncated message.</li>
 *   <li>Replies are worded as Cyrus words them (including "Unrecognized command" for a command in the wrong state);
 *   LAST is not implemented because Cyrus 3 has none.</li>
 *   <li>{@code poptimeout} (minutes, at least 10) is the idle timeout in every state; on expiry the client gets
 *   {@code -ERR [SYS/TEMP] Autologout; idle for too long} (Cyrus closes silently; a line costs nothing and tells the
 *   user why).</li>
 *   <li>{@code popminpoll}: a login sooner than that after the previous POP3 login to the same maildrop gets
 *   {@code -ERR [LOGIN-DELAY]} (the time is kept in the store, as Cyrus keeps it in the mailbox header).</li>
 *   <li>Not implemented: {@code popuseacl}, {@code popuseimapflags}, {@code popsubfolders}.</li>
 * </ul>
 */
package org.mailappliance.pop3;
