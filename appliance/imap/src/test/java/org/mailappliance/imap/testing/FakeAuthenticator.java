package org.mailappliance.imap.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mailappliance.imap.session.AuthResult;
import org.mailappliance.imap.session.Authenticator;
import org.mailappliance.imap.session.LoginContext;

/** Accounts in a map; can be switched to "directory down" to test temporary failures. */
public final class FakeAuthenticator implements Authenticator {
    private final Map<String, String> passwords = new HashMap<>();
    private final List<LoginContext> attempts = new ArrayList<>();
    private boolean unavailable;
    private RuntimeException failure;

    public FakeAuthenticator user(String login, String password) {
        passwords.put(login, password);
        return this;
    }

    public void unavailable(boolean value) {
        this.unavailable = value;
    }

    /** Makes the next checks throw, as a buggy back end would. */
    public void throwing(RuntimeException e) {
        this.failure = e;
    }

    @Override
    public AuthResult authenticate(String login, char[] password, LoginContext context) {
        attempts.add(context);
        if (failure != null) {
            throw failure;
        }
        if (unavailable) {
            return AuthResult.unavailable("directory down");
        }
        String expected = passwords.get(login);
        if (expected != null && expected.equals(new String(password))) {
            return AuthResult.success(login);
        }
        return AuthResult.failure(expected == null ? "no such user" : "wrong password");
    }

    public List<LoginContext> attempts() {
        return attempts;
    }
}
