package org.mailappliance.sasl;

/** The common end of PLAIN and LOGIN: check the password, then the authorization. */
final class PasswordMechanisms {
    private PasswordMechanisms() {
    }

    static SaslStep conclude(CredentialStore store, String requestedAuthzid, String login, char[] password) {
        java.util.Optional<String> canonical = store.canonicalUser(login);
        if (canonical.isEmpty()) {
            return SaslStep.failure(SaslStep.Reason.AUTHENTICATION_FAILED, "not a user name here: " + login);
        }
        String authcid = canonical.get();
        PasswordCheck check = store.verify(authcid, password);
        return switch (check) {
            case BAD -> SaslStep.failure(SaslStep.Reason.AUTHENTICATION_FAILED, "bad password or unknown user " + authcid);
            case UNAVAILABLE -> SaslStep.failure(SaslStep.Reason.UNAVAILABLE, "credential store unavailable");
            case OK -> Authorization.decide(store, requestedAuthzid, authcid, null);
        };
    }
}
