package org.mailappliance.sasl;

import java.util.Optional;

/**
 * The port through which mechanisms check credentials; the application implements it on its account store.
 * Implementations must be thread-safe and should not reveal through timing whether a user exists.
 */
public interface CredentialStore {

    /**
     * The canonical user id of a name a client gave (authcid or authzid), as {@code virtdomains} and
     * {@code defaultdomain} make it ({@link org.mailappliance.sasl.identity.UserIds}); empty when it cannot name a
     * user. Every other method here receives canonical ids only.
     */
    default Optional<String> canonicalUser(String name) {
        return Optional.of(name);
    }

    /** Checks a plaintext password (PLAIN, LOGIN). The caller wipes the array afterwards. */
    PasswordCheck verify(String authcid, char[] password);

    /**
     * The SCRAM verifiers of a user for {@code mechanism} ({@code SCRAM-SHA-1}, {@code SCRAM-SHA-256}); empty when
     * the user is unknown or has none for that mechanism.
     *
     * @throws Unavailable when the store cannot be asked
     */
    Optional<ScramCredentials> scram(String authcid, String mechanism);

    /**
     * The CRAM-MD5 secret of a user ({@link CramMd5Secret}); empty when the user is unknown or has none (its
     * password was set while CRAM-MD5 was not enabled).
     *
     * @throws Unavailable when the store cannot be asked
     */
    default Optional<byte[]> cramMd5Secret(String authcid) {
        return Optional.empty();
    }

    /**
     * Whether {@code authcid} may act as {@code authzid}: always when they are equal; otherwise only for
     * {@code admins} and {@code proxyservers} identities.
     */
    boolean mayActAs(String authcid, String authzid);

    /** The store could not answer (for methods that cannot say so in their result). */
    final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
