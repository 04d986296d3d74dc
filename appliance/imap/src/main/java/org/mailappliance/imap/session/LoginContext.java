package org.mailappliance.imap.session;

import java.net.SocketAddress;

/**
 * Where a login attempt comes from, for the authenticator's policy decisions (per-service rules, throttling,
 * audit logs).
 *
 * @param service the cyrus.conf service name, such as {@code imap} or {@code imaps}
 * @param remote  the client's address
 * @param secure  whether the link is protected by TLS
 */
public record LoginContext(String service, SocketAddress remote, boolean secure) {
}
