package org.mailappliance.sasl.testing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mailappliance.sasl.CramMd5Secret;
import org.mailappliance.sasl.CredentialStore;
import org.mailappliance.sasl.PasswordCheck;
import org.mailappliance.sasl.ScramAlgorithm;
import org.mailappliance.sasl.ScramCredentials;

/** Accounts for SASL: passwords, SCRAM verifiers with the salt {@code <login>-salt} and 4096 iterations, admins. */
public final class FakeCredentialStore implements CredentialStore {
    private final Map<String, String> passwords = new HashMap<>();
    private final Set<String> admins = new HashSet<>();
    private boolean unavailable;
    private org.mailappliance.sasl.identity.UserIds userIds =
            org.mailappliance.sasl.identity.UserIds.withoutDomains();

    public FakeCredentialStore user(String login, String password) {
        passwords.put(login, password);
        return this;
    }

    public FakeCredentialStore admin(String login) {
        admins.add(login);
        return this;
    }

    /** Canonicalise names with these rules (virtdomains, defaultdomain), as the appliance's store does. */
    public FakeCredentialStore userIds(org.mailappliance.sasl.identity.UserIds ids) {
        this.userIds = ids;
        return this;
    }

    @Override
    public Optional<String> canonicalUser(String name) {
        return userIds.canonical(name);
    }

    public void unavailable(boolean value) {
        this.unavailable = value;
    }

    @Override
    public PasswordCheck verify(String authcid, char[] password) {
        if (unavailable) {
            return PasswordCheck.UNAVAILABLE;
        }
        String expected = passwords.get(authcid);
        return expected != null && expected.equals(new String(password)) ? PasswordCheck.OK : PasswordCheck.BAD;
    }

    @Override
    public Optional<ScramCredentials> scram(String authcid, String mechanism) {
        if (unavailable) {
            throw new Unavailable("directory down", null);
        }
        String password = passwords.get(authcid);
        if (password == null) {
            return Optional.empty();
        }
        byte[] salt = (authcid + "-salt").getBytes(StandardCharsets.UTF_8);
        return ScramAlgorithm.forMechanism(mechanism).map(a -> a.derive(password, salt, 4096));
    }

    @Override
    public Optional<byte[]> cramMd5Secret(String authcid) {
        if (unavailable) {
            throw new Unavailable("directory down", null);
        }
        String password = passwords.get(authcid);
        return password == null ? Optional.empty() : Optional.of(CramMd5Secret.of(password.toCharArray()));
    }

    @Override
    public boolean mayActAs(String authcid, String authzid) {
        return authcid.equals(authzid) || admins.contains(authcid);
    }
}
