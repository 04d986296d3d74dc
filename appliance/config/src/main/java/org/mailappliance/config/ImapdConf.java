package org.mailappliance.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The parsed imapd.conf: Cyrus option names, values and typed lookups. */
public final class ImapdConf {
    private final Map<String, Setting> settings;
    private final String service;

    ImapdConf(Map<String, Setting> settings, String service) {
        this.settings = settings;
        this.service = service;
    }

    public static ImapdConf load(Path file) throws ConfigException {
        throw new ConfigException("not yet implemented: " + file);
    }

    public static ImapdConf of(Map<String, String> values) {
        Map<String, Setting> s = new LinkedHashMap<>();
        values.forEach((k, v) -> s.put(k, new Setting(v, null, 0)));
        return new ImapdConf(Collections.unmodifiableMap(s), null);
    }

    public ImapdConf forService(String service) {
        return new ImapdConf(settings, service);
    }

    public String service() {
        return service;
    }

    public Optional<String> value(String key) {
        return Optional.empty();
    }

    public boolean has(String key) {
        return value(key).isPresent();
    }

    public String getString(String key, String def) {
        return value(key).orElse(def);
    }

    public boolean getBoolean(String key, boolean def) throws ConfigException {
        return def;
    }

    public long getInt(String key, long def) throws ConfigException {
        return def;
    }

    public Duration getDuration(String key, Duration def, ChronoUnit bareUnit) throws ConfigException {
        return def;
    }

    public long getBytes(String key, long def, long bareUnitBytes) throws ConfigException {
        return def;
    }

    public List<String> getList(String key) {
        return List.of();
    }

    public Map<String, String> family(String prefix) {
        return Map.of();
    }

    public Map<String, Path> partitions() {
        return Map.of();
    }

    public Path configDirectory() throws ConfigException {
        throw new ConfigException("configdirectory is not set");
    }

    public Set<String> keys() {
        return settings.keySet();
    }

    /** A value and where it was set, so typed getters can point at the offending line. */
    record Setting(String value, Path file, int line) {
    }
}
