package org.mailappliance.lmtp.delivery;

import java.util.List;

/**
 * The LMTP engine's port to the mail store: the engine speaks the protocol, this interface decides who exists and
 * stores messages. Implemented in the WAR on top of the mail store. Both methods run on the connection's call thread
 * and may block (database, fsync); calls for one connection never overlap. A {@link RuntimeException} from either
 * method is logged by the engine and answered with {@code 451 4.3.0} for the recipients concerned.
 *
 * <h2>What the implementation must do (Cyrus lmtpd semantics)</h2>
 * <ul>
 *   <li><b>Which mailbox.</b> {@link Recipient#userid()} names the account ({@code user} or {@code user@domain}).
 *   With a {@link Recipient#detail() detail}: the detail is a folder path below the user's INBOX written with the
 *   configured hierarchy separator ({@code unixhierarchysep}); encode it to the internal name (modified UTF-7 for
 *   non-ASCII). Deliver into that folder if it exists and the identity {@link Envelope#authorization()} (anonymous
 *   when empty) has the {@code p} (post) right on it — otherwise into the user's INBOX. A detail equal to
 *   {@code INBOX} (any case) means INBOX. An empty user with a detail ({@code +shared.folder}) or the
 *   {@code postuser} with a detail addresses the shared folder {@code detail}, which must grant {@code p}, else the
 *   recipient is unknown. Never deliver into folders with the special-use flags listed in
 *   {@code lmtp_exclude_specialuse} (default {@code \Drafts \Scheduled \Snoozed}): use INBOX instead.
 *   Unknown user: {@link RecipientVerdict.UnknownUser}, unless {@code lmtp_catchall_mailbox} names a user to accept
 *   for instead. A missing INBOX of an existing account is created first when {@code autocreate_post} is on.</li>
 *   <li><b>Quota at RCPT.</b> Unless {@code ignoreQuota}: return {@link RecipientVerdict.OverQuota} when the target's
 *   quota root is already at or over a limit; with {@code lmtp_strict_quota} also when the declared size
 *   ({@link Envelope#declaredSize()}, 0 when not given) would exceed it.</li>
 *   <li><b>Delivery.</b> Stage the message once (the {@code Return-Path} field first: {@link MessageData}), make it
 *   durable, then file it into each accepted recipient's mailbox; the quota is checked again with the actual size
 *   (unless {@code ignoreQuota}); duplicate suppression by Message-ID and mailbox when {@code duplicatesuppression}
 *   is on ({@link DeliveryVerdict.Duplicate}). Return only after the data and its metadata are committed: a
 *   {@code 250} tells the MTA it may forget the message.</li>
 * </ul>
 */
public interface Deliveries {

    /**
     * Called for each RCPT TO, in order, after the engine parsed and normalized the address.
     *
     * @param recipient   the recipient
     * @param envelope    the transaction's MAIL FROM data (declared size for strict quota, AUTH= identity for rights)
     * @param ignoreQuota whether the RCPT carried {@code IGNOREQUOTA}
     * @param session     the session
     * @return never null
     */
    RecipientVerdict checkRecipient(Recipient recipient, Envelope envelope, boolean ignoreQuota, SessionInfo session);

    /**
     * Called once per DATA with every accepted recipient, in RCPT order (a recipient named twice appears twice).
     *
     * @return exactly one verdict per element of {@code recipients}, in the same order
     */
    List<DeliveryVerdict> deliver(Envelope envelope, List<AcceptedRecipient> recipients, MessageData data,
                                  SessionInfo session);
}
