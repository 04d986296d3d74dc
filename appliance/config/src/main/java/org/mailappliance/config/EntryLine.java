package org.mailappliance.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One cyrus.conf entry line, {@code name key=value key="quoted value" ...}, split as master/masterconf.c does:
 * the name and keys are letters and digits, a quoted value runs to the next '"' (no escapes), an unquoted value
 * runs to the next blank. When a key repeats, the first value counts (masterconf_getstring returns the first).
 */
record EntryLine(String name, Map<String, String> args, int line) {

    /** {@code text} has had its comment removed and is not blank. */
    static EntryLine parse(Path file, int line, String text) throws ConfigException {
        String s = text.strip();
        int i = 0;
        while (i < s.length() && OptionValues.isAsciiAlnum(s.charAt(i))) {
            i++;
        }
        if (i == 0) {
            throw new ConfigException(file, line, "bad character '" + s.charAt(0) + "' at the start of an entry name");
        }
        if (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            throw new ConfigException(file, line, "bad character '" + s.charAt(i) + "' in name '"
                    + s.substring(0, i) + "' (entry names are letters and digits only)");
        }
        String name = s.substring(0, i);
        Map<String, String> args = new LinkedHashMap<>();
        while (true) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                return new EntryLine(name, Collections.unmodifiableMap(args), line);
            }
            int keyStart = i;
            while (i < s.length() && OptionValues.isAsciiAlnum(s.charAt(i))) {
                i++;
            }
            if (i >= s.length() || s.charAt(i) != '=' || i == keyStart) {
                String found = i >= s.length() ? "end of line" : "'" + s.charAt(i) + "'";
                throw new ConfigException(file, line, "entry '" + name + "': expected key=value but found " + found
                        + " in argument '" + s.substring(keyStart).split("\\s+")[0] + "'");
            }
            String key = s.substring(keyStart, i);
            i++; // '='
            String value;
            if (i < s.length() && s.charAt(i) == '"') {
                int close = s.indexOf('"', i + 1);
                if (close < 0) {
                    throw new ConfigException(file, line, "entry '" + name + "': missing closing '\"' in " + key + "=");
                }
                value = s.substring(i + 1, close);
                i = close + 1; // like master, the next key may follow the closing quote directly
            } else {
                int start = i;
                while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                value = s.substring(start, i);
            }
            args.putIfAbsent(key, value);
        }
    }

    /** Removes a '#' comment that is outside double quotes. */
    static String stripComment(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted) {
                return text.substring(0, i);
            }
        }
        return text;
    }
}
