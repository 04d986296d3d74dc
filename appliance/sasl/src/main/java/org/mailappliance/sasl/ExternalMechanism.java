package org.mailappliance.sasl;

import java.util.Optional;

/**
 * EXTERNAL (RFC 4422 appendix A): the identity comes from outside SASL, here a verified TLS client certificate the
 * caller mapped to a user name. The client's message is the authzid, empty to act as the certificate's identity.
 */
final class ExternalMechanism extends OneShot {
    static final String NAME = "EXTERNAL";

    private final CredentialStore store;
    private final Optional<String> certificateIdentity;

    ExternalMechanism(CredentialStore store, Optional<String> certificateIdentity) {
        this.store = store;
        this.certificateIdentity = certificateIdentity;
    }

    @Override
    public String mechanism() {
        return NAME;
    }

    @Override
    SaslStep next(byte[] response) {
        if (response == null) {
            return new SaslStep.Challenge(new byte[0]);
        }
        if (certificateIdentity.isEmpty()) {
            return SaslStep.failure(SaslStep.Reason.AUTHENTICATION_FAILED, "EXTERNAL without a client certificate");
        }
        Optional<String> authzid = Utf8.decode(response);
        if (authzid.isEmpty() || authzid.get().indexOf('\0') >= 0) {
            return malformed("EXTERNAL authzid is not UTF-8 text");
        }
        Optional<String> authcid = store.canonicalUser(certificateIdentity.get());
        if (authcid.isEmpty()) {
            return SaslStep.failure(SaslStep.Reason.AUTHENTICATION_FAILED,
                    "client certificate names no user here: " + certificateIdentity.get());
        }
        return Authorization.decide(store, authzid.get(), authcid.get(), null);
    }
}
