package org.mailappliance.mailstore.db;

import java.util.Locale;

/** The database products the store runs on, recognised by JDBC URL prefix. */
public enum DatabaseKind {
    H2("jdbc:h2:", "org.h2.Driver"),
    POSTGRESQL("jdbc:postgresql:", "org.postgresql.Driver");

    private final String urlPrefix;
    private final String driverClassName;

    DatabaseKind(String urlPrefix, String driverClassName) {
        this.urlPrefix = urlPrefix;
        this.driverClassName = driverClassName;
    }

    /**
     * Named explicitly because inside an application server DriverManager's service loading does not see
     * drivers packaged in a web application.
     */
    public String driverClassName() {
        return driverClassName;
    }

    public static boolean isSupported(String url) {
        for (DatabaseKind kind : values()) {
            if (url.trim().toLowerCase(Locale.ROOT).startsWith(kind.urlPrefix)) {
                return true;
            }
        }
        return false;
    }

    public static DatabaseKind of(String url) {
        String lower = url.trim().toLowerCase(Locale.ROOT);
        for (DatabaseKind kind : values()) {
            if (lower.startsWith(kind.urlPrefix)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unsupported JDBC URL (need jdbc:h2: or jdbc:postgresql:): " + url);
    }
}
