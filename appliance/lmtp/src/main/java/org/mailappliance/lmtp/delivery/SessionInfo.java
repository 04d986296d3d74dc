package org.mailappliance.lmtp.delivery;

import java.net.SocketAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * Facts about the LMTP session a delivery came in on, for Received headers, logs and rights checks.
 *
 * @param connectionId       the adapter's connection id
 * @param service            the cyrus.conf service name, such as {@code lmtpunix} or {@code lmtp}
 * @param serverName         {@code servername}
 * @param lhloName           the client's LHLO argument
 * @param remoteAddress      the client's address
 * @param secure             whether TLS is in force
 * @param trust              why the client may deliver
 * @param authenticatedUser  the SASL identity when {@code trust} is {@link Trust#AUTHENTICATED}
 * @param sessionId          the id shown in {@code SESSIONID=<...>} replies
 */
public record SessionInfo(long connectionId, String service, String serverName, String lhloName,
                          SocketAddress remoteAddress, boolean secure, Trust trust,
                          Optional<String> authenticatedUser, String sessionId) {

    public SessionInfo {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(serverName, "serverName");
        Objects.requireNonNull(lhloName, "lhloName");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(authenticatedUser, "authenticatedUser");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
