package org.mailappliance.nntp.feed;

import java.util.Optional;
import org.mailappliance.config.ConfigException;

/**
 * Cyrus's {@code newspeer}: {@code [user@]host[:port]}, the news server this one exchanges articles with. The host
 * (a name, an IPv4 address, or an IPv6 address, bracketed when a port follows) is who may feed us; the user and
 * port are how Cyrus reaches the peer and are kept for that.
 *
 * @param user the login at the peer, or null
 * @param host host name or address literal (without brackets)
 * @param port the peer's port, 119 when not given
 */
public record NewsPeer(String user, String host, int port) {
    public static final int DEFAULT_PORT = 119;

    /** Empty for a blank value; a value that is not {@code [user@]host[:port]} is a configuration error. */
    public static Optional<NewsPeer> parse(String value) throws ConfigException {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        String user = null;
        int at = v.lastIndexOf('@');
        if (at >= 0) {
            user = v.substring(0, at);
            v = v.substring(at + 1);
            if (user.isEmpty()) {
                throw new ConfigException("newspeer: empty user before @ in " + value);
            }
        }
        String host = v;
        String port = null;
        if (v.startsWith("[")) {
            int close = v.indexOf(']');
            if (close < 0 || (close + 1 < v.length() && v.charAt(close + 1) != ':')) {
                throw new ConfigException("newspeer: malformed bracketed address in " + value);
            }
            host = v.substring(1, close);
            port = close + 1 < v.length() ? v.substring(close + 2) : null;
        } else if (v.indexOf(':') >= 0 && v.indexOf(':') == v.lastIndexOf(':')) {
            // one colon is host:port; more are an unbracketed IPv6 address without a port
            host = v.substring(0, v.indexOf(':'));
            port = v.substring(v.indexOf(':') + 1);
        }
        if (host.isEmpty() || host.chars().anyMatch(c -> c <= ' ' || c == '/' || c == '@')) {
            throw new ConfigException("newspeer: no usable host in " + value);
        }
        return Optional.of(new NewsPeer(user, host, port == null ? DEFAULT_PORT : port(port, value)));
    }

    private static int port(String text, String value) throws ConfigException {
        try {
            int p = Integer.parseInt(text);
            if (p >= 1 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException("newspeer: bad port '" + text + "' in " + value);
    }
}
