package org.mailappliance.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads imapd.conf and its @include files into settings that remember their file and line,
 * following Cyrus lib/libconfig.c config_read_file().
 */
final class ImapdConfParser {
    private final Map<String, ImapdConf.Setting> settings = new LinkedHashMap<>();
    /** Files being read right now, outermost first: an include of one of these is a loop. */
    private final Deque<Path> including = new ArrayDeque<>();
    /** Every file read so far: Cyrus refuses to read any file twice. */
    private final Set<Path> alreadyRead = new HashSet<>();

    static Map<String, ImapdConf.Setting> parse(Path file) throws ConfigException {
        ImapdConfParser parser = new ImapdConfParser();
        parser.readFile(file, null, 0);
        return parser.settings;
    }

    private void readFile(Path file, Path includedFrom, int includeLine) throws ConfigException {
        String text = readText(file, includedFrom, includeLine);
        Path identity = identity(file);
        including.addLast(identity);
        alreadyRead.add(identity);
        for (LogicalLine line : LogicalLine.split(file, text)) {
            readLine(file, line);
        }
        including.removeLast();
    }

    private String readText(Path file, Path includedFrom, int includeLine) throws ConfigException {
        if (includedFrom != null) {
            Path identity = identity(file);
            if (including.contains(identity)) {
                String chain = including.stream().map(Path::toString).collect(Collectors.joining(" -> "));
                throw new ConfigException(includedFrom, includeLine, "include loop: " + chain + " -> " + file);
            }
            if (alreadyRead.contains(identity)) {
                throw new ConfigException(includedFrom, includeLine, "file " + file + " is included twice");
            }
        }
        try {
            // Undecodable bytes become U+FFFD rather than failing: values are opaque strings here.
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            String what = "cannot read configuration file " + file + ": " + describe(e);
            if (includedFrom == null) {
                throw new ConfigException(what);
            }
            throw new ConfigException(includedFrom, includeLine, what);
        }
    }

    private void readLine(Path file, LogicalLine line) throws ConfigException {
        String text = line.text().strip();
        if (text.isEmpty() || text.charAt(0) == '#') {
            return;
        }
        int colon = keyEnd(text);
        if (colon >= text.length() || text.charAt(colon) != ':') {
            throw new ConfigException(file, line.number(), describeBadKey(text, colon));
        }
        String key = text.substring(0, colon).toLowerCase(Locale.ROOT);
        String value = text.substring(colon + 1).strip();
        if (key.isEmpty() || key.equals("@")) {
            throw new ConfigException(file, line.number(), "missing option name before ':'");
        }
        if (value.isEmpty()) {
            throw new ConfigException(file, line.number(), "empty value for option '" + key + "'");
        }
        if (key.charAt(0) == '@') {
            directive(file, line.number(), key, value);
            return;
        }
        // Cyrus refuses a second definition of any option, even from another file
        // (libconfig.c: "option 'x' was specified twice in config file"), so we do too
        // rather than letting the later line silently win. Service-prefixed forms
        // (imaps_allowplaintext) are separate keys and override at lookup time.
        ImapdConf.Setting first = settings.get(key);
        if (first != null) {
            throw new ConfigException(file, line.number(),
                    "option '" + key + "' was already set at " + first.file() + ":" + first.line());
        }
        settings.put(key, new ImapdConf.Setting(key, value, file, line.number()));
    }

    private void directive(Path file, int lineNumber, String key, String value) throws ConfigException {
        if (!key.equals("@include")) {
            throw new ConfigException(file, lineNumber, "unknown directive '" + key + "'");
        }
        // Cyrus opens relative includes from its working directory; relative to the
        // including file is what an operator expects and keeps config trees relocatable.
        Path target = Path.of(value);
        if (!target.isAbsolute()) {
            Path dir = file.toAbsolutePath().getParent();
            target = dir == null ? target : dir.resolve(target);
        }
        readFile(target.normalize(), file, lineNumber);
    }

    /** Index of the first character that cannot be part of an option name ([A-Za-z0-9_-], '@' first for directives). */
    private static int keyEnd(String text) {
        int i = text.charAt(0) == '@' ? 1 : 0;
        while (i < text.length() && isKeyChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isKeyChar(char c) {
        return OptionValues.isAsciiAlnum(c) || c == '-' || c == '_';
    }

    private static String describeBadKey(String text, int badIndex) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return "expected 'option: value' but found '" + text + "'";
        }
        return "invalid character '" + text.charAt(badIndex) + "' in option name '" + text.substring(0, colon)
                + "' (allowed: letters, digits, '-', '_')";
    }

    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        return kind.equals("NoSuchFileException") ? "no such file" : kind + " " + e.getMessage();
    }

    /** One option line after joining backslash continuations; numbered by its first physical line. */
    record LogicalLine(int number, String text) {
        static java.util.List<LogicalLine> split(Path file, String text) throws ConfigException {
            java.util.List<LogicalLine> lines = new java.util.ArrayList<>();
            String[] physical = text.split("\n", -1);
            int count = physical.length;
            if (count > 0 && physical[count - 1].isEmpty()) {
                count--; // the newline that ends the last line does not start another
            }
            StringBuilder pending = null;
            int pendingStart = 0;
            for (int i = 0; i < count; i++) {
                String raw = physical[i].endsWith("\r") ? physical[i].substring(0, physical[i].length() - 1)
                        : physical[i];
                if (pending == null) {
                    pending = new StringBuilder();
                    pendingStart = i + 1;
                }
                if (raw.endsWith("\\")) {
                    // As in Cyrus, the backslash goes and nothing is inserted at the join.
                    pending.append(raw, 0, raw.length() - 1);
                    continue;
                }
                pending.append(raw);
                lines.add(new LogicalLine(pendingStart, pending.toString()));
                pending = null;
            }
            if (pending != null) {
                throw new ConfigException(file, pendingStart, "line continuation '\\' runs into the end of the file");
            }
            return lines;
        }
    }
}
