package org.mailappliance.connector.ra.tls;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** imapd.conf {@code tls_versions} ("tls1_2 tls1_3") as JSSE protocol names. */
public final class TlsVersions {

    /** Our default: older versions are broken or deprecated (RFC 8996), whatever Cyrus's default says. */
    public static final List<String> DEFAULT = List.of("TLSv1.3", "TLSv1.2");

    private TlsVersions() {
    }

    public static List<String> parse(String cyrusVersions) {
        if (cyrusVersions == null || cyrusVersions.isBlank()) {
            return DEFAULT;
        }
        List<String> protocols = new ArrayList<>();
        for (String word : cyrusVersions.trim().split("[\\s,]+")) {
            String jsse = switch (word.toLowerCase(Locale.ROOT)) {
                case "tls1_0" -> "TLSv1";
                case "tls1_1" -> "TLSv1.1";
                case "tls1_2" -> "TLSv1.2";
                case "tls1_3" -> "TLSv1.3";
                default -> throw new IllegalArgumentException("unknown TLS version '" + word
                        + "' (expected tls1_0, tls1_1, tls1_2 or tls1_3)");
            };
            protocols.add(0, jsse);
        }
        return List.copyOf(protocols);
    }
}
