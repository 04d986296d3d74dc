package org.mailappliance.mailstore.message;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import org.mailappliance.mailstore.StoreException;
import org.mailappliance.mailstore.db.Database;

/**
 * Runs message-store transactions, retrying the ones the database aborted for lock conflicts (deadlock,
 * serialization failure, H2 lock timeout), and telling the work whether its commit is known to have failed:
 * files placed for a transaction that surely did not commit are removed, after an unknown commit outcome they stay
 * (startup recovery removes them if the record is not there).
 */
final class Transactions {
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01", "HYT00", "55P03");
    private static final int ATTEMPTS = 8;

    private final Database database;

    Transactions(Database database) {
        this.database = database;
    }

    /** Work whose side effects outside the database are undone by {@link #undo()} when the transaction did not commit. */
    interface Work<T> {
        T run(Connection c) throws SQLException;

        default void undo() {
        }
    }

    <T> T run(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return runOnce(work);
            } catch (SQLException e) {
                if (!isRetryable(e) || attempt >= ATTEMPTS) {
                    throw new StoreException("mail store database: " + e.getMessage(), e);
                }
                pause(attempt);
            }
        }
    }

    private <T> T runOnce(Work<T> work) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                T result;
                try {
                    result = work.run(c);
                } catch (SQLException | RuntimeException e) {
                    rollback(c, e);
                    work.undo();
                    throw e;
                }
                c.commit();
                return result;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    static boolean isRetryable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    if (n.getSQLState() != null && RETRYABLE.contains(n.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(200, 5L << attempt) + (long) (Math.random() * 10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while retrying a mail store transaction", e);
        }
    }
}
