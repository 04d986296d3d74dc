package org.mailappliance.mailstore.db;

/** One schema migration that {@link Database#migrate()} applied. */
public record AppliedMigration(String version, String description) {
    @Override
    public String toString() {
        return "V" + version + " " + description;
    }
}
