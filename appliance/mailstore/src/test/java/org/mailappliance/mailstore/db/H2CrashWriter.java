package org.mailappliance.mailstore.db;

import java.sql.Connection;
import java.sql.PreparedStatement;

/**
 * Child process of {@link H2DurabilityTest}: commits one row at a time through the store's pool and prints the
 * number of each row once its commit has returned, until it is killed.
 */
public final class H2CrashWriter {
    private H2CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        Database database = Database.open(new DatabaseSettings(args[0], "sa", "", 2));
        database.migrate();
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO store_meta (meta_key, meta_value) VALUES (?, ?)")) {
            for (long i = 0; ; i++) {
                insert.setString(1, "crash." + i);
                insert.setString(2, Long.toString(i));
                insert.executeUpdate();
                System.out.println(i);
                System.out.flush();
            }
        }
    }
}
