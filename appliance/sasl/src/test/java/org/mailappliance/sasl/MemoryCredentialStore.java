package org.mailappliance.sasl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A credential store in memory, keeping SCRAM verifiers per user and mechanism as the real store does. */
final class MemoryCredentialStore implements CredentialStore {
    private final Map<String, String> passwords = new HashMap<>();
    private final Map<String, ScramCredentials> verifiers = new HashMap<>();
    private final Set<String> admins = new HashSet<>();
    final List<String> verified = new ArrayList<>();
    private org.mailappliance.sasl.identity.UserIds userIds =
            org.mailappliance.sasl.identity.UserIds.withoutDomains();

    /** Canonicalise names with these rules (virtual domains). */
    MemoryCredentialStore userIds(org.mailappliance.sasl.identity.UserIds ids) {
        this.userIds = ids;
        return this;
    }

    @Override
    public Optional<String> canonicalUser(String name) {
        return userIds.canonical(name);
    }
    boolean unavailable;

    MemoryCredentialStore user(String name, String password, byte[] sha1Salt, byte[] sha256Salt) {
        passwords.put(name, password);
        verifiers.put(name + "/SCRAM-SHA-1", ScramAlgorithm.SHA_1.derive(password, sha1Salt, 4096));
        verifiers.put(name + "/SCRAM-SHA-256", ScramAlgorithm.SHA_256.derive(password, sha256Salt, 4096));
        return this;
    }

    MemoryCredentialStore admin(String name) {
        admins.add(name);
        return this;
    }

    @Override
    public PasswordCheck verify(String authcid, char[] password) {
        verified.add(authcid);
        if (unavailable) {
            return PasswordCheck.UNAVAILABLE;
        }
        String p = passwords.get(authcid);
        return p != null && p.equals(new String(password)) ? PasswordCheck.OK : PasswordCheck.BAD;
    }

    @Override
    public Optional<ScramCredentials> scram(String authcid, String mechanism) {
        if (unavailable) {
            throw new Unavailable("simulated outage", null);
        }
        return Optional.ofNullable(verifiers.get(authcid + "/" + mechanism));
    }

    @Override
    public boolean mayActAs(String authcid, String authzid) {
        return authcid.equals(authzid) || admins.contains(authcid);
    }
}
