/**
 * NNTP reader, posting and feeding server (RFC 3977, AUTHINFO RFC 4643, STARTTLS RFC 4642, streaming RFC 4644,
 * XOVER/XHDR/XPAT from RFC 2980) in the role of Cyrus nntpd: shared mailboxes as newsgroups. {@link org.mailappliance.nntp.NntpEngine} is driven by
 * the NNTP MDB; groups and articles come through the port {@link org.mailappliance.nntp.port.Newsgroups}, USER/PASS
 * through {@link org.mailappliance.nntp.port.NntpAuthenticator}, AUTHINFO SASL through the {@code appliance-sasl}
 * mechanisms.
 *
 * <p>Decisions worth knowing:
 * <ul>
 *   <li>Mapping ({@link org.mailappliance.nntp.naming.GroupNames}): with {@code newsprefix: netnews} the group
 *   {@code comp.lang.java} is the mailbox {@code netnews.comp.lang.java}; without a prefix every shared top-level
 *   mailbox is a group; personal ({@code user.*}) mailboxes never are. Article numbers are IMAP UIDs (gaps where
 *   messages were expunged are stepped over by LAST/NEXT).</li>
 *   <li>Access follows the mailbox ACL as in Cyrus: {@code l} lists a group, {@code r} reads it, {@code p} posts to it.
 *   Anonymous clients are served (no 480 up front, as Cyrus with anonymous access) with the rights of the
 *   {@code anyone}/{@code anonymous} entries, so a group with {@code anyone lrp} is public. A group the client cannot
 *   see is 411; one it sees but cannot read is 480 while anonymous (logging in may help) and 502 once logged in.</li>
 *   <li>Always in reader mode (MODE READER just answers 200); greeting 200 (posting is decided per group).</li>
 *   <li>POST: 340, DOT-framed article (the adapter unstuffs and spools large ones), then 240 or 441 with the reason.
 *   From, Subject and Newsgroups are required; Message-ID ({@code <base36 time.random@servername>}), Date and
 *   {@code Path: servername!user} (or {@code !not-for-mail}) are prepended when missing; a Message-ID the poster
 *   can already read is a duplicate (441). The article goes to every listed group the poster holds {@code p} on,
 *   the others are skipped; none left is 441. Delivery is the store's LMTP path (staged once, linked into each
 *   group mailbox, committed before 240).</li>
 *   <li>ARTICLE/HEAD/BODY stream from the message file through {@link org.mailappliance.nntp.stream.DotStuffer}
 *   (dot-stuffing, bare LF to CRLF); a file that fails after the status line closes the connection.</li>
 *   <li>OVER/XOVER and HDR of overview fields use the header values the store cached at delivery, never the file.
 *   Those values are unfolded and RFC 2047-decoded (the store keeps them for SORT/SEARCH), so an encoded Subject
 *   appears decoded, in UTF-8. {@code :lines} is known for single-part text messages (their BODY line count) and
 *   empty otherwise. HDR of any other header reads just the header block (LIST HEADERS answers {@code :}).</li>
 *   <li>AUTHINFO USER/PASS and plaintext SASL mechanisms need TLS (STARTTLS or nntps) unless
 *   {@code allowplaintext} (483 otherwise); AUTHINFO SASL sends SCRAM's server-final in {@code 283}, as RFC 4643
 *   wants. AUTHINFO and STARTTLS leave CAPABILITIES once authenticated.</li>
 *   <li>NEWNEWS exists only with {@code allownewnews} (else 500, as Cyrus); NEWGROUPS uses the mailbox creation
 *   time; times without {@code GMT} are read as UTC (the server's clock).</li>
 *   <li>XPAT is HDR filtered by a wildmat on the value HDR shows (case-sensitive); no match is an empty 221.</li>
 *   <li>Feeding ({@code org.mailappliance.nntp.feed}): only with {@code newspeer} set, and only for clients at
 *   one of that host's addresses (looked up again after a minute) or logged-in {@code admins}; everyone else gets
 *   502 and CAPABILITIES shows IHAVE/STREAMING only to feeders. IHAVE: 335/435/436, then 235/436/437; CHECK:
 *   238/431/438; TAKETHIS: 239/439, and 400 plus close when the store fails for now (TAKETHIS has no "later").
 *   An offered Message-ID that any group holds is unwanted (whatever its ACL); one being transferred on another
 *   connection is "later". A transferred article needs From, Subject, Date, Newsgroups, Path and the offered
 *   Message-ID, and a Path without our servername (a loop); it is filed into every listed group that exists,
 *   whatever the ACL, through POST's delivery path, with our servername prepended to Path and Xref dropped. Only
 *   its header block is read into memory; the body streams from the adapter's spool. A connection dropped
 *   mid-article never yields a frame, so nothing is stored.</li>
 *   <li>Not implemented: forwarding local posts to {@code newspeer} (a warning is logged when it is set),
 *   COMPRESS, control messages, {@code news2mail}, {@code newspostuser}, expiry annotations.</li>
 * </ul>
 */
package org.mailappliance.nntp;
