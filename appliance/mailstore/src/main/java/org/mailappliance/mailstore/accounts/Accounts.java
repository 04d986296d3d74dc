package org.mailappliance.mailstore.accounts;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.mailappliance.mailstore.db.Database;
import org.mailappliance.mailstore.db.SqlStates;

/**
 * Login accounts and their credentials. Passwords are kept only as SCRAM-SHA-256 and SCRAM-SHA-1 keys, each
 * with its own random salt, so the SASL SCRAM mechanisms work from what is stored and LOGIN/PLAIN verify by
 * re-deriving the SHA-256 StoredKey.
 */
public final class Accounts {
    /**
     * Default PBKDF2 iteration count. RFC 7677 asks for at least 4096. Every LOGIN/PLAIN costs the server one
     * derivation and every SCRAM login costs the client one, and mail clients log in on each of their several
     * connections, so the count trades brute-force cost of a stolen table against login latency and CPU:
     * 10,000 HMAC-SHA-256 rounds, 2.4 times the RFC minimum, took about 5 ms on the build machine (50,000 took
     * 19 ms), so a burst of logins stays cheap; OWASP's 600,000 is meant for rare web logins, not IMAP.
     * Stored per row, so raising it later ({@code mailstore_scram_iterations}) affects passwords set afterwards.
     */
    public static final int DEFAULT_ITERATIONS = 10_000;
    public static final int MIN_ITERATIONS = 4096;
    private static final int SALT_BYTES = 16;

    private final Database database;
    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    private final ScramCredentials decoy;

    public Accounts(Database database) {
        this(database, DEFAULT_ITERATIONS);
    }

    public Accounts(Database database, int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("SCRAM iteration count must be at least " + MIN_ITERATIONS);
        }
        this.database = database;
        this.iterations = iterations;
        this.decoy = Scram.derive(ScramMechanism.SHA_256, "decoy".toCharArray(), newSalt(), iterations);
    }

    /** Creates the account or replaces its password; a disabled account stays disabled. */
    public void setPassword(String login, char[] password) {
        UserNames.requireValid(login);
        ScramCredentials sha256 = Scram.derive(ScramMechanism.SHA_256, password, newSalt(), iterations);
        ScramCredentials sha1 = Scram.derive(ScramMechanism.SHA_1, password, newSalt(), iterations);
        OffsetDateTime now = now();
        database.inTransaction(c -> {
            if (updateCredentials(c, login, sha256, sha1, now) == 0) {
                try {
                    insert(c, login, sha256, sha1, now);
                } catch (SQLException e) {
                    if (!SqlStates.isUniqueViolation(e)) {
                        throw e;
                    }
                    // another session created it between our UPDATE and INSERT: the last writer wins
                    c.rollback();
                    updateCredentials(c, login, sha256, sha1, now);
                }
            }
            return null;
        });
    }

    /**
     * Checks a password as LOGIN and PLAIN need it. False for an unknown or disabled login and for a password
     * SASLprep refuses; an unknown login costs the same derivation, so timing does not reveal which logins exist.
     */
    public boolean verify(String login, char[] password) {
        Optional<StoredLogin> row = UserNames.isValid(login) ? loadForLogin(login, ScramMechanism.SHA_256) : Optional.empty();
        boolean usable = row.isPresent() && !row.get().disabled();
        ScramCredentials stored = usable ? row.get().credentials() : decoy;
        boolean matches;
        try {
            ScramCredentials offered = Scram.derive(stored.mechanism(), password, stored.salt(), stored.iterations());
            matches = MessageDigest.isEqual(offered.storedKey(), stored.storedKey());
        } catch (IllegalArgumentException unpreparable) {
            matches = false;
        }
        return usable && matches;
    }

    /**
     * The stored SCRAM keys for a mechanism, for the SASL SCRAM exchange; empty for an unknown or disabled login.
     */
    public Optional<ScramCredentials> scramCredentials(String login, ScramMechanism mechanism) {
        if (!UserNames.isValid(login)) {
            return Optional.empty();
        }
        return loadForLogin(login, mechanism).filter(s -> !s.disabled()).map(StoredLogin::credentials);
    }

    public boolean exists(String login) {
        return find(login).isPresent();
    }

    public Optional<Account> find(String login) {
        if (!UserNames.isValid(login)) {
            return Optional.empty();
        }
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT login, created, password_changed, disabled FROM accounts WHERE login = ?")) {
                s.setString(1, login);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(account(r)) : Optional.<Account>empty();
                }
            }
        });
    }

    /** All accounts, ordered by login. */
    public List<Account> list() {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT login, created, password_changed, disabled FROM accounts ORDER BY login");
                    ResultSet r = s.executeQuery()) {
                List<Account> out = new ArrayList<>();
                while (r.next()) {
                    out.add(account(r));
                }
                return out;
            }
        });
    }

    /** Disables or re-enables a login; returns false when there is no such account. */
    public boolean setDisabled(String login, boolean disabled) {
        UserNames.requireValid(login);
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE accounts SET disabled = ? WHERE login = ?")) {
                s.setBoolean(1, disabled);
                s.setString(2, login);
                return s.executeUpdate() > 0;
            }
        });
    }

    /** Removes the account (not its mailboxes); returns false when there was none. */
    public boolean delete(String login) {
        if (!UserNames.isValid(login)) {
            return false;
        }
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM accounts WHERE login = ?")) {
                s.setString(1, login);
                return s.executeUpdate() > 0;
            }
        });
    }

    public int iterations() {
        return iterations;
    }

    private Optional<StoredLogin> loadForLogin(String login, ScramMechanism mechanism) {
        String sql = "SELECT disabled, " + mechanism.column("salt") + ", " + mechanism.column("iterations") + ", "
                + mechanism.column("stored_key") + ", " + mechanism.column("server_key")
                + " FROM accounts WHERE login = ?";
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, login);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.<StoredLogin>empty();
                    }
                    Base64.Decoder b64 = Base64.getDecoder();
                    ScramCredentials credentials = new ScramCredentials(mechanism, b64.decode(r.getString(2)),
                            r.getInt(3), b64.decode(r.getString(4)), b64.decode(r.getString(5)));
                    return Optional.of(new StoredLogin(r.getBoolean(1), credentials));
                }
            }
        });
    }

    private static int updateCredentials(Connection c, String login, ScramCredentials sha256, ScramCredentials sha1,
            OffsetDateTime now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE accounts SET password_changed = ?, "
                + "scram_sha256_salt = ?, scram_sha256_iterations = ?, scram_sha256_stored_key = ?, scram_sha256_server_key = ?, "
                + "scram_sha1_salt = ?, scram_sha1_iterations = ?, scram_sha1_stored_key = ?, scram_sha1_server_key = ? "
                + "WHERE login = ?")) {
            s.setObject(1, now);
            bindCredentials(s, 2, sha256);
            bindCredentials(s, 6, sha1);
            s.setString(10, login);
            return s.executeUpdate();
        }
    }

    private static void insert(Connection c, String login, ScramCredentials sha256, ScramCredentials sha1,
            OffsetDateTime now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO accounts (login, created, password_changed, disabled, "
                + "scram_sha256_salt, scram_sha256_iterations, scram_sha256_stored_key, scram_sha256_server_key, "
                + "scram_sha1_salt, scram_sha1_iterations, scram_sha1_stored_key, scram_sha1_server_key) "
                + "VALUES (?, ?, ?, FALSE, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, login);
            s.setObject(2, now);
            s.setObject(3, now);
            bindCredentials(s, 4, sha256);
            bindCredentials(s, 8, sha1);
            s.executeUpdate();
        }
    }

    private static void bindCredentials(PreparedStatement s, int first, ScramCredentials credentials) throws SQLException {
        Base64.Encoder b64 = Base64.getEncoder();
        s.setString(first, b64.encodeToString(credentials.salt()));
        s.setInt(first + 1, credentials.iterations());
        s.setString(first + 2, b64.encodeToString(credentials.storedKey()));
        s.setString(first + 3, b64.encodeToString(credentials.serverKey()));
    }

    private static Account account(ResultSet r) throws SQLException {
        return new Account(r.getString(1), r.getObject(2, OffsetDateTime.class).toInstant(),
                r.getObject(3, OffsetDateTime.class).toInstant(), r.getBoolean(4));
    }

    private byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return salt;
    }

    private static OffsetDateTime now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private record StoredLogin(boolean disabled, ScramCredentials credentials) {
    }
}
