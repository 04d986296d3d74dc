package org.mailappliance.mailstore.accounts;

/** The SCRAM hash functions whose keys the account store keeps (RFC 5802 SHA-1, RFC 7677 SHA-256). */
public enum ScramMechanism {
    SHA_1("SCRAM-SHA-1", "SHA-1", "HmacSHA1", "scram_sha1"),
    SHA_256("SCRAM-SHA-256", "SHA-256", "HmacSHA256", "scram_sha256");

    private final String saslName;
    private final String digestAlgorithm;
    private final String macAlgorithm;
    private final String columnPrefix;

    ScramMechanism(String saslName, String digestAlgorithm, String macAlgorithm, String columnPrefix) {
        this.saslName = saslName;
        this.digestAlgorithm = digestAlgorithm;
        this.macAlgorithm = macAlgorithm;
        this.columnPrefix = columnPrefix;
    }

    /** The SASL mechanism name, e.g. {@code SCRAM-SHA-256}. */
    public String saslName() {
        return saslName;
    }

    /** JCA name of H(). */
    public String digestAlgorithm() {
        return digestAlgorithm;
    }

    /** JCA name of HMAC(). */
    public String macAlgorithm() {
        return macAlgorithm;
    }

    String column(String suffix) {
        return columnPrefix + "_" + suffix;
    }
}
