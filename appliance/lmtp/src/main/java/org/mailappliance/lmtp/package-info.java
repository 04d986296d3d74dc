/**
 * LMTP server engine (RFC 2033 with 8BITMIME, ENHANCEDSTATUSCODES, PIPELINING, SIZE, STARTTLS and Cyrus's
 * IGNOREQUOTA), behaving like Cyrus lmtpd. {@link org.mailappliance.lmtp.LmtpEngine} is driven by the LMTP MDB;
 * mailbox lookup and storage go through the port {@link org.mailappliance.lmtp.delivery.Deliveries}.
 *
 * <p>Decisions worth knowing:
 * <ul>
 *   <li>Who may deliver: UNIX-socket clients always; TCP clients when the service command has {@code -a} (Cyrus's
 *   pre-authenticated lmtpd), when their address is in {@code lmtp_trusted_networks} (this product's key: CIDR list,
 *   empty by default, loopback not included), or after AUTH (RFC 4954, when the engine was built with SASL {@code Mechanisms}: LHLO then offers
 *   {@code AUTH <mechs>} until the client authenticated, PLAIN and LOGIN only over TLS unless {@code allowplaintext};
 *   the session acts as the SASL authzid).
 *   Others get {@code 430 4.7.0} at MAIL, or {@code 530 5.7.0} with {@code soft_noauth: no}.</li>
 *   <li>STARTTLS is offered on TCP until TLS is on (also to {@code -a} and trusted-network clients, where Cyrus
 *   would not offer it: encryption costs them nothing), never on a UNIX socket or with
 *   {@code tls_server_cert: disabled}.</li>
 *   <li>The message is passed on untouched; the port stores
 *   {@link org.mailappliance.lmtp.delivery.MessageData#openWithReturnPath()}, which puts {@code Return-Path} first
 *   and drops the client's own Return-Path fields, as Cyrus does.</li>
 *   <li>Size limits: SIZE=n above {@code maxmessagesize} and data above it get {@code 552 5.2.3} (Cyrus's code;
 *   RFC 3463 X.2.3 "exceeds administrative limit"), after the data once per accepted recipient.</li>
 *   <li>Idle timeout 5 minutes (RFC 5321 §4.5.3.2.7; Cyrus has no key), then {@code 421 4.4.2}.</li>
 * </ul>
 */
package org.mailappliance.lmtp;
