package org.mailappliance.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed imapd.conf: Cyrus option names and raw values, with typed lookups that decode values the way
 * Cyrus does. Option names are case-insensitive (stored lower-case, as Cyrus does). Immutable and thread-safe.
 */
public final class ImapdConf {
    private static final String CONFIGDIRECTORY = "configdirectory";
    private static final String CONFIGDIRECTORY_TOKEN = "{configdirectory}";

    private final Map<String, Setting> settings;
    private final Path source;
    private final String service;

    private ImapdConf(Map<String, Setting> settings, Path source, String service) {
        this.settings = settings;
        this.source = source;
        this.service = service;
    }

    /** Reads {@code file} and every file it {@code @include}s (relative includes resolve against the including file's directory). */
    public static ImapdConf load(Path file) throws ConfigException {
        Map<String, Setting> settings = ImapdConfParser.parse(file);
        return new ImapdConf(Collections.unmodifiableMap(settings), file, null);
    }

    /** Settings without a file, for tests and built-in defaults. Keys must be valid option names. */
    public static ImapdConf of(Map<String, String> values) {
        Map<String, Setting> settings = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.isEmpty() || !k.chars().allMatch(c -> ImapdConfParser.isKeyChar((char) c))) {
                throw new IllegalArgumentException("invalid option name '" + k + "'");
            }
            String key = k.toLowerCase(Locale.ROOT);
            settings.put(key, new Setting(key, v, null, 0));
        });
        return new ImapdConf(Collections.unmodifiableMap(settings), null, null);
    }

    /**
     * The view a process started as cyrus.conf service {@code service} sees: every lookup of {@code k} first tries
     * {@code <service>_k} (Cyrus config_ident), e.g. {@code imaps_allowplaintext} for service "imaps".
     * A null service gives the plain view.
     */
    public ImapdConf forService(String service) {
        return new ImapdConf(settings, source, service == null ? null : service.toLowerCase(Locale.ROOT));
    }

    /** The service this view looks up prefixed options for, or null for the plain view. */
    public String service() {
        return service;
    }

    /**
     * The raw value of {@code key}: the service-prefixed form first, then the plain one. A value starting with
     * {@code {configdirectory}} has it replaced by the configdirectory value, as Cyrus does.
     */
    public Optional<String> value(String key) {
        return setting(key).map(s -> expand(s.value()));
    }

    public boolean has(String key) {
        return setting(key).isPresent();
    }

    /** The value, or {@code def} (also {@code {configdirectory}}-expanded, so Cyrus-style defaults work). */
    public String getString(String key, String def) {
        return value(key).orElseGet(() -> def == null ? null : expand(def));
    }

    public boolean getBoolean(String key, boolean def) throws ConfigException {
        Optional<Setting> found = setting(key);
        if (found.isEmpty()) {
            return def;
        }
        return OptionValues.parseSwitch(found.get().value())
                .orElseThrow(() -> badValue(found.get(), "a boolean"));
    }

    /** An integer in C strtol base-0 syntax (decimal, 0x hex, leading-0 octal), as Cyrus reads INT options. */
    public long getInt(String key, long def) throws ConfigException {
        Optional<Setting> found = setting(key);
        if (found.isEmpty()) {
            return def;
        }
        var parsed = OptionValues.parseInteger(found.get().value());
        if (parsed.isEmpty()) {
            throw badValue(found.get(), "an integer");
        }
        return parsed.getAsLong();
    }

    /** A Cyrus duration such as "1h30m", "32m" or "-1"; digits without a unit are in {@code bareUnit}. */
    public Duration getDuration(String key, Duration def, ChronoUnit bareUnit) throws ConfigException {
        Optional<Setting> found = setting(key);
        if (found.isEmpty()) {
            return def;
        }
        return OptionValues.parseDuration(found.get().value(), bareUnit)
                .orElseThrow(() -> badValue(found.get(), "a duration"));
    }

    /** A Cyrus byte size such as "10MiB", "10MB", "512K" or "1G" (powers of two); a bare number counts {@code bareUnitBytes}. */
    public long getBytes(String key, long def, long bareUnitBytes) throws ConfigException {
        Optional<Setting> found = setting(key);
        if (found.isEmpty()) {
            return def;
        }
        var parsed = OptionValues.parseByteSize(found.get().value(), bareUnitBytes);
        if (parsed.isEmpty()) {
            throw badValue(found.get(), "a byte size");
        }
        return parsed.getAsLong();
    }

    /** The value split on whitespace; empty when unset. */
    public List<String> getList(String key) {
        return value(key).map(String::strip).filter(v -> !v.isEmpty())
                .map(v -> List.of(v.split("\\s+"))).orElse(List.of());
    }

    /**
     * Every option named {@code prefix + suffix}, keyed by suffix, in file order; e.g. {@code family("partition-")}
     * gives {@code {default=/var/spool/cyrus/mail}}. In a service view, {@code <service>_<prefix><suffix>} entries
     * override plain ones.
     */
    public Map<String, String> family(String prefix) {
        String plain = prefix.toLowerCase(Locale.ROOT);
        Map<String, String> members = new LinkedHashMap<>();
        collectFamily(plain, members);
        if (service != null) {
            collectFamily(service + "_" + plain, members);
        }
        return Collections.unmodifiableMap(members);
    }

    /** The {@code partition-<name>} options as paths, keyed by partition name. */
    public Map<String, Path> partitions() {
        Map<String, Path> partitions = new LinkedHashMap<>();
        family("partition-").forEach((name, dir) -> partitions.put(name, Path.of(dir).toAbsolutePath().normalize()));
        return Collections.unmodifiableMap(partitions);
    }

    /**
     * configdirectory, which Cyrus requires and which must not be "/". Unlike Cyrus, a relative path is accepted and
     * resolved against the working directory, so that a development configuration in the repository can keep its
     * data under ./var.
     */
    public Path configDirectory() throws ConfigException {
        Optional<Setting> found = setting(CONFIGDIRECTORY);
        if (found.isEmpty()) {
            String what = "configdirectory option not specified";
            throw source == null ? new ConfigException(what) : new ConfigException(source, what);
        }
        String dir = found.get().value();
        if (dir.isBlank()) {
            throw located(found.get(), "configdirectory must not be empty");
        }
        Path path = Path.of(dir).toAbsolutePath().normalize();
        if (path.getParent() == null) {
            throw located(found.get(), "configdirectory must not be '/'");
        }
        return path;
    }

    /** Every option name set (lower-case, service-prefixed names included), in file order. */
    public Set<String> keys() {
        return settings.keySet();
    }

    private Optional<Setting> setting(String key) {
        String plain = key.toLowerCase(Locale.ROOT);
        if (service != null) {
            Setting prefixed = settings.get(service + "_" + plain);
            if (prefixed != null) {
                return Optional.of(prefixed);
            }
        }
        return Optional.ofNullable(settings.get(plain));
    }

    private void collectFamily(String fullPrefix, Map<String, String> into) {
        settings.forEach((key, s) -> {
            if (key.startsWith(fullPrefix) && key.length() > fullPrefix.length()) {
                into.put(key.substring(fullPrefix.length()), expand(s.value()));
            }
        });
    }

    private String expand(String value) {
        if (value.regionMatches(true, 0, CONFIGDIRECTORY_TOKEN, 0, CONFIGDIRECTORY_TOKEN.length())) {
            Setting dir = settings.get(CONFIGDIRECTORY);
            if (dir != null) {
                return dir.value() + value.substring(CONFIGDIRECTORY_TOKEN.length());
            }
        }
        return value;
    }

    private static ConfigException badValue(Setting s, String expected) {
        return located(s, "option '" + s.key() + "': '" + s.value() + "' is not " + expected);
    }

    private static ConfigException located(Setting s, String what) {
        return s.file() == null ? new ConfigException(what) : new ConfigException(s.file(), s.line(), what);
    }

    /** A value and where it was set, so typed getters can point at the offending line. */
    record Setting(String key, String value, Path file, int line) {
    }
}
