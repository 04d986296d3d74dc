package org.mailappliance.sasl.pwcheck;

import org.mailappliance.sasl.PasswordCheck;

/**
 * One way to check a plaintext password (a {@code sasl_pwcheck_method}): the internal accounts, saslauthd, LDAP.
 * Implementations are thread-safe, never throw for a wrong password, and answer {@link PasswordCheck#UNAVAILABLE}
 * when their back end cannot be asked.
 */
@FunctionalInterface
public interface PasswordVerifier {

    /** The caller wipes {@code password} afterwards. */
    PasswordCheck verify(String login, char[] password);
}
