package org.mailappliance.mailstore.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;

class DatabaseSettingsTest {

    @Test
    void defaultsToADurableH2FileUnderTheConfigDirectory(@TempDir Path dir) throws ConfigException {
        DatabaseSettings settings = DatabaseSettings.from(ImapdConf.of(Map.of("configdirectory", dir.toString())));

        assertThat(settings.url()).isEqualTo("jdbc:h2:file:" + dir.toAbsolutePath().resolve("db/mailstore") + ";WRITE_DELAY=0;QUERY_CACHE_SIZE=64");
        assertThat(settings.kind()).isEqualTo(DatabaseKind.H2);
        assertThat(settings.user()).isEqualTo("sa");
        assertThat(settings.password()).isEmpty();
        assertThat(settings.poolSize()).isEqualTo(16);
    }

    @Test
    void postgresqlIsChosenByItsUrl(@TempDir Path dir) throws ConfigException {
        DatabaseSettings settings = DatabaseSettings.from(ImapdConf.of(Map.of("configdirectory", dir.toString(),
                "mailstore_db_url", "jdbc:postgresql://db.example:5432/mail", "mailstore_db_user", "cyrus",
                "mailstore_db_password", "s3cret", "mailstore_db_pool_size", "40")));

        assertThat(settings.kind()).isEqualTo(DatabaseKind.POSTGRESQL);
        assertThat(settings.url()).isEqualTo("jdbc:postgresql://db.example:5432/mail");
        assertThat(settings.user()).isEqualTo("cyrus");
        assertThat(settings.password()).isEqualTo("s3cret");
        assertThat(settings.poolSize()).isEqualTo(40);
        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void anH2FileUrlWithoutWriteDelayGetsZero() {
        assertThat(DatabaseSettings.withDurableWrites("jdbc:h2:file:/var/lib/x")).isEqualTo("jdbc:h2:file:/var/lib/x;WRITE_DELAY=0");
        assertThat(DatabaseSettings.withDurableWrites("jdbc:h2:/var/lib/x;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:/var/lib/x;MODE=PostgreSQL;WRITE_DELAY=0");
    }

    @Test
    void anExplicitWriteDelayAndNonFileUrlsAreLeftAlone() {
        assertThat(DatabaseSettings.withDurableWrites("jdbc:h2:file:/x;write_delay=100")).isEqualTo("jdbc:h2:file:/x;write_delay=100");
        assertThat(DatabaseSettings.withDurableWrites("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test");
        assertThat(DatabaseSettings.withDurableWrites("jdbc:postgresql://h/db")).isEqualTo("jdbc:postgresql://h/db");
    }

    @Test
    void rejectsOtherDatabases(@TempDir Path dir) {
        assertThatThrownBy(() -> DatabaseSettings.from(ImapdConf.of(Map.of("configdirectory", dir.toString(),
                "mailstore_db_url", "jdbc:mysql://h/db"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("mailstore_db_url");
    }

    @Test
    void rejectsANonPositivePoolSize(@TempDir Path dir) {
        assertThatThrownBy(() -> DatabaseSettings.from(ImapdConf.of(Map.of("configdirectory", dir.toString(),
                "mailstore_db_pool_size", "0"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("mailstore_db_pool_size");
    }
}
