package org.mailappliance.sasl;

/** After authentication: may the authenticated identity act as the one it asked for? */
final class Authorization {
    private Authorization() {
    }

    /** An empty or absent authzid means "as myself". */
    static SaslStep decide(CredentialStore store, String requestedAuthzid, String authcid, byte[] serverFinal) {
        if (requestedAuthzid == null || requestedAuthzid.isEmpty() || requestedAuthzid.equals(authcid)) {
            return new SaslStep.Success(authcid, authcid, serverFinal);
        }
        if (!store.mayActAs(authcid, requestedAuthzid)) {
            return SaslStep.failure(SaslStep.Reason.AUTHORIZATION_FAILED,
                    authcid + " may not act as " + requestedAuthzid);
        }
        return new SaslStep.Success(requestedAuthzid, authcid, serverFinal);
    }
}
