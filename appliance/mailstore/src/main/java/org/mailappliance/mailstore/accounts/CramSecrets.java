package org.mailappliance.mailstore.accounts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.Optional;
import org.mailappliance.mailstore.db.Database;

/**
 * The CRAM-MD5 secrets of accounts (kept beside the SCRAM verifiers only when CRAM-MD5 is enabled). The SASL layer
 * computes them; the store only keeps them. Deleting an account deletes its secret.
 */
public final class CramSecrets {
    private final Database database;

    public CramSecrets(Database database) {
        this.database = database;
    }

    /** Stores or replaces the secret of an existing account. */
    public void set(String login, byte[] secret) {
        String hex = HexFormat.of().formatHex(secret);
        database.inTransaction(c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE cram_md5_secrets SET secret = ? WHERE login = ?")) {
                u.setString(1, hex);
                u.setString(2, login);
                if (u.executeUpdate() == 0) {
                    try (PreparedStatement i = c.prepareStatement(
                            "INSERT INTO cram_md5_secrets (login, secret) VALUES (?, ?)")) {
                        i.setString(1, login);
                        i.setString(2, hex);
                        i.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /** Removes the secret (CRAM-MD5 was turned off, or the password set without it). */
    public void remove(String login) {
        database.inTransaction(c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM cram_md5_secrets WHERE login = ?")) {
                d.setString(1, login);
                d.executeUpdate();
            }
            return null;
        });
    }

    /** The secret of an enabled account, if it has one. */
    public Optional<byte[]> find(String login) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT s.secret FROM cram_md5_secrets s "
                    + "JOIN accounts a ON a.login = s.login WHERE s.login = ? AND a.disabled = FALSE")) {
                s.setString(1, login);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(HexFormat.of().parseHex(r.getString(1))) : Optional.empty();
                }
            }
        });
    }
}
