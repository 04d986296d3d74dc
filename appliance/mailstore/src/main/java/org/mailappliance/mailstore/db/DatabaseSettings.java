package org.mailappliance.mailstore.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;

/**
 * Where the store's database is and how many connections to keep. Cyrus has no such keys (its databases
 * are files in configdirectory), so these are ours:
 * <ul>
 *   <li>{@code mailstore_db_url}: JDBC URL; default an H2 file database in {@code <configdirectory>/db/mailstore}.
 *       A {@code jdbc:postgresql:} URL selects PostgreSQL.</li>
 *   <li>{@code mailstore_db_user}: default {@code sa}.</li>
 *   <li>{@code mailstore_db_password}: default empty.</li>
 *   <li>{@code mailstore_db_pool_size}: default 16.</li>
 * </ul>
 */
public record DatabaseSettings(String url, String user, String password, int poolSize) {
    public static final String URL_KEY = "mailstore_db_url";
    public static final String USER_KEY = "mailstore_db_user";
    public static final String PASSWORD_KEY = "mailstore_db_password";
    public static final String POOL_SIZE_KEY = "mailstore_db_pool_size";
    public static final int DEFAULT_POOL_SIZE = 16;

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (poolSize < 1) {
            throw new IllegalArgumentException("pool size must be at least 1, not " + poolSize);
        }
        DatabaseKind.of(url); // fails early on an unsupported URL
        url = withDurableWrites(url);
    }

    public static DatabaseSettings from(ImapdConf conf) throws ConfigException {
        String url = conf.getString(URL_KEY, null);
        if (url == null || url.isBlank()) {
            url = defaultH2Url(conf.configDirectory());
        }
        long poolSize = conf.getInt(POOL_SIZE_KEY, DEFAULT_POOL_SIZE);
        if (poolSize < 1 || poolSize > 1000) {
            throw new ConfigException(POOL_SIZE_KEY + " must be between 1 and 1000, not " + poolSize);
        }
        if (!DatabaseKind.isSupported(url)) {
            throw new ConfigException(URL_KEY + " must be a jdbc:h2: or jdbc:postgresql: URL, not " + url);
        }
        return new DatabaseSettings(url.trim(), conf.getString(USER_KEY, "sa"), conf.getString(PASSWORD_KEY, ""),
                (int) poolSize);
    }

    /** The embedded default: one H2 file under configdirectory, next to where Cyrus keeps mailboxes.db. */
    public static String defaultH2Url(Path configDirectory) {
        Path file = configDirectory.toAbsolutePath().resolve("db").resolve("mailstore");
        // the store prepares a few dozen distinct statements per connection; H2 re-parses beyond its cache (8 by default)
        return "jdbc:h2:file:" + file + ";WRITE_DELAY=0;QUERY_CACHE_SIZE=64";
    }

    public DatabaseKind kind() {
        return DatabaseKind.of(url);
    }

    /**
     * H2 acknowledges commits before they reach the disk unless WRITE_DELAY=0 (verified: a kill -9 lost ~9% of
     * acknowledged inserts). An H2 file URL that does not choose a WRITE_DELAY gets 0; an explicit one is respected.
     */
    static String withDurableWrites(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        boolean h2File = lower.startsWith("jdbc:h2:file:")
                || (lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:") && !lower.startsWith("jdbc:h2:tcp:")
                        && !lower.startsWith("jdbc:h2:ssl:"));
        if (!h2File || lower.contains(";write_delay=")) {
            return url;
        }
        return url + ";WRITE_DELAY=0";
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + ", poolSize=" + poolSize + "]";
    }
}
