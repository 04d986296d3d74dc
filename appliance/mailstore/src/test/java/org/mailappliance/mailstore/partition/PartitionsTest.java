package org.mailappliance.mailstore.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.mailstore.StoreException;

class PartitionsTest {
    @TempDir
    Path dir;

    @Test
    void ensureCreatedMakesEveryPartitionDirectory() throws ConfigException {
        Partitions partitions = new Partitions(ordered("default", dir.resolve("a/b/mail"), "archive", dir.resolve("archive")), null);

        partitions.ensureCreated();
        partitions.ensureCreated();

        assertThat(dir.resolve("a/b/mail")).isDirectory();
        assertThat(dir.resolve("archive")).isDirectory();
    }

    @Test
    void ensureCreatedFailsClearlyWhenADirectoryCannotBeMade() throws Exception {
        Files.writeString(dir.resolve("occupied"), "not a directory");
        Partitions partitions = new Partitions(Map.of("default", dir.resolve("occupied/mail")), null);

        assertThatThrownBy(partitions::ensureCreated).isInstanceOf(StoreException.class)
                .hasMessageContaining("partition-default").hasMessageContaining("occupied");
    }

    @Test
    void atLeastOnePartitionIsRequired() {
        assertThatThrownBy(() -> new Partitions(Map.of(), null)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("partition-");
    }

    @Test
    void defaultpartitionIsHonoured() throws ConfigException {
        Partitions partitions = new Partitions(ordered("default", dir.resolve("d"), "fast", dir.resolve("f")), "fast");

        assertThat(partitions.defaultPartition()).isEqualTo("fast");
        assertThat(partitions.defaultPath()).isEqualTo(dir.resolve("f").toAbsolutePath());
    }

    @Test
    void withoutDefaultpartitionOneCalledDefaultIsPreferred() throws ConfigException {
        Partitions partitions = new Partitions(ordered("fast", dir.resolve("f"), "default", dir.resolve("d")), null);

        assertThat(partitions.defaultPartition()).isEqualTo("default");
    }

    @Test
    void otherwiseTheFirstConfiguredOneIsTheDefault() throws ConfigException {
        Partitions partitions = new Partitions(ordered("fast", dir.resolve("f"), "slow", dir.resolve("s")), null);

        assertThat(partitions.defaultPartition()).isEqualTo("fast");
        assertThat(partitions.all()).containsOnlyKeys("fast", "slow");
    }

    @Test
    void aDefaultpartitionNamingNoPartitionIsAConfigError() {
        assertThatThrownBy(() -> new Partitions(Map.of("default", dir), "nope")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("defaultpartition").hasMessageContaining("nope");
    }

    @Test
    void readsPartitionsFromImapdConf() throws ConfigException {
        ImapdConf conf = ImapdConf.of(Map.of("configdirectory", dir.resolve("conf").toString(),
                "partition-default", dir.resolve("spool").toString(), "partition-fast", dir.resolve("fast").toString(),
                "defaultpartition", "fast"));

        Partitions partitions = Partitions.from(conf);

        assertThat(partitions.all()).containsOnlyKeys("default", "fast");
        assertThat(partitions.defaultPartition()).isEqualTo("fast");
        assertThat(partitions.path("default")).contains(dir.resolve("spool").toAbsolutePath());
    }

    @Test
    void imapdConfWithoutPartitionsIsRefused() {
        ImapdConf conf = ImapdConf.of(Map.of("configdirectory", dir.toString()));

        assertThatThrownBy(() -> Partitions.from(conf)).isInstanceOf(ConfigException.class);
    }

    private static Map<String, Path> ordered(String n1, Path p1, String n2, Path p2) {
        Map<String, Path> map = new LinkedHashMap<>();
        map.put(n1, p1);
        map.put(n2, p2);
        return map;
    }
}
