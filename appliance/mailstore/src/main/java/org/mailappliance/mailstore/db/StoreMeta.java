package org.mailappliance.mailstore.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** The store_meta table: store-wide facts such as the instance id, read and written by key. */
public final class StoreMeta {
    public static final String INSTANCE_ID = "instance.id";

    private final Database database;

    public StoreMeta(Database database) {
        this.database = database;
    }

    public Optional<String> get(String key) {
        return database.withConnection(c -> get(c, key));
    }

    public void put(String key, String value) {
        database.inTransaction(c -> {
            put(c, key, value);
            return null;
        });
    }

    /** This store's random identity, made on first use and kept for the life of the database. */
    public String instanceId() {
        return database.inTransaction(c -> {
            Optional<String> existing = get(c, INSTANCE_ID);
            if (existing.isPresent()) {
                return existing.get();
            }
            String id = UUID.randomUUID().toString();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO store_meta (meta_key, meta_value) VALUES (?, ?)")) {
                s.setString(1, INSTANCE_ID);
                s.setString(2, id);
                s.executeUpdate();
            } catch (SQLException e) {
                if (!SqlStates.isUniqueViolation(e)) {
                    throw e;
                }
                c.rollback();
                return get(c, INSTANCE_ID).orElseThrow(() -> e);
            }
            return id;
        });
    }

    public static Optional<String> get(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT meta_value FROM store_meta WHERE meta_key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    /** Reads a value and locks its row until the transaction ends, for counters. */
    public static Optional<String> getForUpdate(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT meta_value FROM store_meta WHERE meta_key = ? FOR UPDATE")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    public static void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE store_meta SET meta_value = ? WHERE meta_key = ?")) {
            s.setString(1, value);
            s.setString(2, key);
            if (s.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO store_meta (meta_key, meta_value) VALUES (?, ?)")) {
            s.setString(1, key);
            s.setString(2, value);
            s.executeUpdate();
        }
    }
}
