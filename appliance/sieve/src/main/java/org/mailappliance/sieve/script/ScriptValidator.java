package org.mailappliance.sieve.script;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.jsieve.ConfigurationManager;
import org.apache.jsieve.SieveConfigurationException;
import org.apache.jsieve.SieveFactory;

/**
 * Parses Sieve scripts (RFC 5228) with Apache jSieve, restricted to the extensions this server advertises: the
 * ones jSieve implements, narrowed by {@code sieve_extensions}. jSieve's vendor {@code log} command is not offered.
 * Thread-safe: jSieve's factory keeps no per-parse state.
 */
public final class ScriptValidator {
    private static final Logger LOG = Logger.getLogger(ScriptValidator.class.getName());

    /** Advertised extension name → which jSieve map ({@code command}, {@code test}, {@code comparator}) and key. */
    private static final Map<String, String[]> EXTENSIONS = new LinkedHashMap<>();

    static {
        EXTENSIONS.put("fileinto", new String[] {"command", "fileinto"});
        EXTENSIONS.put("reject", new String[] {"command", "reject"});
        EXTENSIONS.put("envelope", new String[] {"test", "envelope"});
        EXTENSIONS.put("body", new String[] {"test", "body"});
        EXTENSIONS.put("vacation", new String[] {"command", "vacation"});
        EXTENSIONS.put("comparator-i;ascii-numeric", new String[] {"comparator", "i;ascii-numeric"});
    }

    private final SieveFactory factory;
    private final List<String> extensions;

    private ScriptValidator(SieveFactory factory, List<String> extensions) {
        this.factory = factory;
        this.extensions = List.copyOf(extensions);
    }

    /**
     * @param allowed {@code sieve_extensions} (case-insensitive names); empty: every extension jSieve implements
     */
    public static ScriptValidator create(Collection<String> allowed) {
        try {
            ConfigurationManager manager = new ConfigurationManager();
            manager.getCommandMap().remove("log");
            List<String> offered = new ArrayList<>();
            List<String> wanted = allowed.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
            for (Map.Entry<String, String[]> e : EXTENSIONS.entrySet()) {
                Map<String, String> map = switch (e.getValue()[0]) {
                    case "command" -> manager.getCommandMap();
                    case "test" -> manager.getTestMap();
                    default -> manager.getComparatorMap();
                };
                if (!map.containsKey(e.getValue()[1])) {
                    continue;
                }
                if (wanted.isEmpty() || wanted.contains(e.getKey())) {
                    offered.add(e.getKey());
                } else {
                    map.remove(e.getValue()[1]);
                }
            }
            return new ScriptValidator(manager.build(), offered);
        } catch (SieveConfigurationException e) {
            throw new IllegalStateException("jSieve cannot be configured", e);
        }
    }

    /** The SIEVE capability: extensions a script may require, in Cyrus's order. */
    public List<String> extensions() {
        return extensions;
    }

    /** Why the script does not compile (one line), or empty when it does. */
    public Optional<String> problem(String script) {
        try {
            return StructureCheck.problem(
                    factory.parse(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8))));
        } catch (org.apache.jsieve.parser.generated.ParseException e) {
            return Optional.of(firstLine(e.getMessage()));
        } catch (org.apache.jsieve.parser.generated.TokenMgrError e) {
            // the lexer reports unterminated comments and strings as an Error, not an exception
            return Optional.of(firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "jSieve failed on a script", e);
            return Optional.of("Script could not be parsed: " + e.getClass().getSimpleName());
        }
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "Syntax error";
        }
        String line = message.strip().lines().findFirst().orElse("Syntax error");
        return line.replace('\t', ' ');
    }
}
