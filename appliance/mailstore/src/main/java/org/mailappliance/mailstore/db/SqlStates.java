package org.mailappliance.mailstore.db;

import java.sql.SQLException;

/** SQLSTATE classes the store reacts to; H2 and PostgreSQL both use the standard codes. */
public final class SqlStates {
    private static final String UNIQUE_VIOLATION = "23505";

    private SqlStates() {
    }

    public static boolean isUniqueViolation(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
