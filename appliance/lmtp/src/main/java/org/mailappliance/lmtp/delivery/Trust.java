package org.mailappliance.lmtp.delivery;

/** Why the engine lets a client deliver mail (or that it does not). */
public enum Trust {
    /** Came over a UNIX-domain socket: implicitly trusted, like Cyrus's lmtpunix ("postman"). */
    UNIX_SOCKET,
    /** The service was started like {@code lmtpd -a}: TCP clients are pre-authenticated. */
    PREAUTH_SERVICE,
    /** The client's address is in {@code lmtp_trusted_networks} (this product's key; Cyrus has none). */
    TRUSTED_NETWORK,
    /** The client authenticated with AUTH (SASL, RFC 4954). */
    AUTHENTICATED,
    /** None of the above: MAIL is refused with 430/530. */
    NONE;

    public boolean mayDeliver() {
        return this != NONE;
    }
}
