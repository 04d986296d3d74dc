package org.mailappliance.mailstore.partition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.mailstore.StoreException;

/** The mail spool partitions of imapd.conf ({@code partition-<name>: /path}) and which one new users go to. */
public final class Partitions {
    public static final String DEFAULT_PARTITION_KEY = "defaultpartition";
    private static final String PREFERRED_DEFAULT = "default";

    private final Map<String, Path> byName;
    private final String defaultName;

    /**
     * @param byName      partition name to spool directory, in configuration order; at least one
     * @param defaultName the {@code defaultpartition} setting, or null to choose
     */
    public Partitions(Map<String, Path> byName, String defaultName) throws ConfigException {
        if (byName.isEmpty()) {
            throw new ConfigException("no mail spool partition is configured: imapd.conf needs at least one "
                    + "partition-<name>: <directory> line, e.g. partition-default: /var/spool/cyrus/mail");
        }
        Map<String, Path> copy = new LinkedHashMap<>();
        byName.forEach((name, path) -> copy.put(name, path.toAbsolutePath().normalize()));
        this.byName = Collections.unmodifiableMap(copy);
        this.defaultName = chooseDefault(this.byName, defaultName);
    }

    public static Partitions from(ImapdConf conf) throws ConfigException {
        return new Partitions(conf.partitions(), conf.getString(DEFAULT_PARTITION_KEY, null));
    }

    private static String chooseDefault(Map<String, Path> byName, String configured) throws ConfigException {
        if (configured != null && !configured.isBlank()) {
            String name = configured.trim();
            if (!byName.containsKey(name)) {
                throw new ConfigException(DEFAULT_PARTITION_KEY + ": " + name + " names no partition; configured: "
                        + String.join(", ", byName.keySet()));
            }
            return name;
        }
        if (byName.containsKey(PREFERRED_DEFAULT)) {
            return PREFERRED_DEFAULT;
        }
        return byName.keySet().iterator().next();
    }

    /** Makes every partition directory that is missing and checks that each one is a writable directory. */
    public void ensureCreated() {
        byName.forEach((name, dir) -> {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new StoreException("cannot create the directory of partition-" + name + " " + dir + ": " + e, e);
            }
            if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
                throw new StoreException("partition-" + name + " " + dir + " is not a writable directory");
            }
        });
    }

    public String defaultPartition() {
        return defaultName;
    }

    public Path defaultPath() {
        return byName.get(defaultName);
    }

    public Optional<Path> path(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** Partition name to absolute spool directory, in configuration order. */
    public Map<String, Path> all() {
        return byName;
    }

    @Override
    public String toString() {
        return "Partitions" + byName + " default=" + defaultName;
    }
}
