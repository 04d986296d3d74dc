package org.mailappliance.sasl;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * LOGIN (draft-murchison-sasl-login): the server asks "Username:" then "Password:". An initial response, when the
 * client sends one, is the user name.
 */
final class LoginMechanism extends OneShot {
    static final String NAME = "LOGIN";
    private static final byte[] USERNAME = "Username:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PASSWORD = "Password:".getBytes(StandardCharsets.US_ASCII);

    private final CredentialStore store;
    private String user;
    private boolean sentUsernamePrompt;

    LoginMechanism(CredentialStore store) {
        this.store = store;
    }

    @Override
    public String mechanism() {
        return NAME;
    }

    @Override
    SaslStep next(byte[] response) {
        if (user == null) {
            if (response == null || response.length == 0) {
                if (response != null && sentUsernamePrompt) {
                    return malformed("LOGIN with an empty user name");
                }
                sentUsernamePrompt = true;
                return new SaslStep.Challenge(USERNAME);
            }
            Optional<String> name = Utf8.decode(response);
            if (name.isEmpty() || name.get().indexOf('\0') >= 0) {
                return malformed("LOGIN user name is not UTF-8 text");
            }
            user = name.get();
            return new SaslStep.Challenge(PASSWORD);
        }
        if (response == null || response.length == 0) {
            return malformed("LOGIN with an empty password");
        }
        Optional<String> password = Utf8.decode(response);
        if (password.isEmpty()) {
            return malformed("LOGIN password is not UTF-8");
        }
        char[] secret = password.get().toCharArray();
        try {
            return PasswordMechanisms.conclude(store, null, user, secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}
