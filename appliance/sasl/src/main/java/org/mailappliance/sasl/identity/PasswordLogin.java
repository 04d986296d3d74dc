package org.mailappliance.sasl.identity;

import java.util.Optional;
import org.mailappliance.sasl.PasswordCheck;
import org.mailappliance.sasl.pwcheck.PasswordVerifier;

/**
 * A user name and password outside SASL (IMAP LOGIN, POP3 USER/PASS, NNTP AUTHINFO USER/PASS): the name is made
 * canonical first, so the password back ends see and the session acts as {@code alice@example.com} (or plain
 * {@code alice} in the default domain) whatever case or {@code %} form the client typed.
 */
public final class PasswordLogin {
    private final UserIds userIds;
    private final PasswordVerifier passwords;

    public PasswordLogin(UserIds userIds, PasswordVerifier passwords) {
        this.userIds = userIds;
        this.passwords = passwords;
    }

    /**
     * The answer, and on {@link PasswordCheck#OK} the canonical user id the session acts as.
     *
     * @param userId the canonical id; empty unless the check is OK
     */
    public record Outcome(PasswordCheck check, Optional<String> userId) {
    }

    /** A name that cannot be a user is a wrong login, answered like a wrong password. */
    public Outcome check(String login, char[] password) {
        Optional<String> userId = userIds.canonical(login);
        if (userId.isEmpty()) {
            return new Outcome(PasswordCheck.BAD, Optional.empty());
        }
        PasswordCheck check = passwords.verify(userId.get(), password);
        return new Outcome(check, check == PasswordCheck.OK ? userId : Optional.empty());
    }
}
