package org.mailappliance.config;

import java.nio.file.Path;

/**
 * Where a cyrus.conf service listens: either TCP/UDP {@code host:port} ({@code host} null means every address,
 * {@code port} 0 means an ephemeral port) or a UNIX socket {@code unixPath} (then {@code host} is null and
 * {@code port} is -1).
 */
public record Listen(String host, int port, Path unixPath) {
    public Listen {
        if (unixPath != null) {
            if (host != null || port != -1) {
                throw new IllegalArgumentException("a UNIX socket listen has no host or port");
            }
        } else if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /**
     * Parses a cyrus.conf {@code listen=} value as master does: "/run/cyrus/lmtp" or "var/run/lmtp" (any spec with a
     * '/', relative paths left for the caller to resolve) is a UNIX socket; otherwise "[host:]port" where port is a
     * number or a service name ("imap") and host may be "[ipv6]".
     */
    public static Listen parse(String spec) throws IllegalArgumentException {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty listen address");
        }
        String s = spec.strip();
        if (!s.startsWith("[") && s.contains("/")) {
            return new Listen(null, -1, Path.of(s));
        }
        String host;
        String port;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("missing ']' in '" + s + "'");
            }
            if (close + 1 >= s.length() || s.charAt(close + 1) != ':' || close + 2 == s.length()) {
                throw new IllegalArgumentException("missing ':port' after '" + s.substring(0, close + 1) + "'");
            }
            host = s.substring(1, close);
            port = s.substring(close + 2);
            if (host.isEmpty()) {
                throw new IllegalArgumentException("empty address in '" + s + "'");
            }
        } else {
            // The last ':' separates the port, as master's parse_listen() does.
            int colon = s.lastIndexOf(':');
            host = colon < 0 ? null : s.substring(0, colon);
            port = colon < 0 ? s : s.substring(colon + 1);
            if (host != null && host.isEmpty()) {
                host = null;
            }
        }
        return new Listen(host, resolvePort(port, s), null);
    }

    public boolean unix() {
        return unixPath != null;
    }

    private static int resolvePort(String port, String spec) {
        if (port.isEmpty()) {
            throw new IllegalArgumentException("missing port in '" + spec + "'");
        }
        if (port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int number;
            try {
                number = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                number = -1;
            }
            if (number < 0 || number > 65535) {
                throw new IllegalArgumentException("port out of range in '" + spec + "'");
            }
            return number;
        }
        return ServicePorts.lookup(port).orElseThrow(
                () -> new IllegalArgumentException("unknown service name '" + port + "' in '" + spec + "'"));
    }

    @Override
    public String toString() {
        if (unix()) {
            return unixPath.toString();
        }
        if (host == null) {
            return Integer.toString(port);
        }
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
