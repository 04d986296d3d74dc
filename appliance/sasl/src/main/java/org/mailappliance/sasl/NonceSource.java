package org.mailappliance.sasl;

import java.security.SecureRandom;
import java.util.Base64;

/** The server's part of the SCRAM nonce: random in production, fixed in tests reproducing the RFC examples. */
@FunctionalInterface
public interface NonceSource {

    /** Printable ASCII without commas (RFC 5802 {@code c-nonce}). */
    String nextNonce();

    /** 18 random octets as base64 (24 characters, no padding, no commas). */
    static NonceSource secure() {
        SecureRandom random = new SecureRandom();
        return () -> {
            byte[] b = new byte[18];
            random.nextBytes(b);
            return Base64.getEncoder().encodeToString(b);
        };
    }
}
