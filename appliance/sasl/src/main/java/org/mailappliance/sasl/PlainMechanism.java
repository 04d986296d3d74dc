package org.mailappliance.sasl;

import java.util.Arrays;
import java.util.Optional;

/** PLAIN (RFC 4616): {@code [authzid] NUL authcid NUL passwd} in one message. */
final class PlainMechanism extends OneShot {
    static final String NAME = "PLAIN";

    private final CredentialStore store;

    PlainMechanism(CredentialStore store) {
        this.store = store;
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
        int first = indexOf(response, 0);
        int second = first < 0 ? -1 : indexOf(response, first + 1);
        if (second < 0 || indexOf(response, second + 1) >= 0) {
            return malformed("PLAIN message needs exactly two NUL separators");
        }
        Optional<String> authzid = Utf8.decode(response, 0, first);
        Optional<String> authcid = Utf8.decode(response, first + 1, second);
        Optional<String> password = Utf8.decode(response, second + 1, response.length);
        if (authzid.isEmpty() || authcid.isEmpty() || password.isEmpty()) {
            return malformed("PLAIN message is not UTF-8");
        }
        if (authcid.get().isEmpty() || password.get().isEmpty()) {
            return malformed("PLAIN message with an empty authcid or password");
        }
        char[] secret = password.get().toCharArray();
        try {
            return PasswordMechanisms.conclude(store, authzid.get(), authcid.get(), secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
