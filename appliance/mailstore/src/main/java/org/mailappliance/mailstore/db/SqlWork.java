package org.mailappliance.mailstore.db;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on one connection; {@link Database#inTransaction} commits it or rolls it back. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
