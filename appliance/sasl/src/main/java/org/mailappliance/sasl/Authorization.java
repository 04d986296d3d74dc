package org.mailappliance.sasl;

/** After authentication: may the authenticated identity act as the one it asked for? */
final class Authorization {
    private Authorization() {
    }

    /**
     * An empty or absent authzid means "as myself". {@code authcid} is canonical already; the authzid is made so
     * here, so {@code alice@<defaultdomain>} asking for {@code alice} is no proxy request.
     */
    static SaslStep decide(CredentialStore store, String authzid, String authcid, byte[] serverFinal) {
        if (authzid == null || authzid.isEmpty()) {
            return new SaslStep.Success(authcid, authcid, serverFinal);
        }
        java.util.Optional<String> canonical = store.canonicalUser(authzid);
        if (canonical.isEmpty()) {
            return SaslStep.failure(SaslStep.Reason.AUTHORIZATION_FAILED, "authzid is not a user name: " + authzid);
        }
        String requestedAuthzid = canonical.get();
        if (requestedAuthzid.equals(authcid)) {
            return new SaslStep.Success(authcid, authcid, serverFinal);
        }
        if (!store.mayActAs(authcid, requestedAuthzid)) {
            return SaslStep.failure(SaslStep.Reason.AUTHORIZATION_FAILED,
                    authcid + " may not act as " + requestedAuthzid);
        }
        return new SaslStep.Success(requestedAuthzid, authcid, serverFinal);
    }
}
