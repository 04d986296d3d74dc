package org.mailappliance.mailstore.message.mime;

import java.util.ArrayList;
import java.util.List;

/**
 * A MIME header value with parameters ({@code text/plain; charset="utf-8"}, {@code attachment; filename=a.txt}):
 * the leading value and the parameters in order, names as written, quoted values unquoted, RFC 2231 names
 * ({@code name*}, {@code name*0*}) kept as they are, as Cyrus reports them.
 */
record ParameterizedValue(String value, List<Parameter> parameters) {
    record Parameter(String name, String value) {
    }

    static ParameterizedValue parse(String text) {
        String s = withoutComments(text);
        int semicolon = indexOutsideQuotes(s, ';', 0);
        String value = (semicolon < 0 ? s : s.substring(0, semicolon)).strip();
        List<Parameter> params = new ArrayList<>();
        int pos = semicolon;
        while (pos >= 0 && pos < s.length()) {
            int next = indexOutsideQuotes(s, ';', pos + 1);
            String piece = s.substring(pos + 1, next < 0 ? s.length() : next);
            int eq = piece.indexOf('=');
            if (eq > 0) {
                String name = piece.substring(0, eq).strip();
                String raw = piece.substring(eq + 1).strip();
                if (!name.isEmpty()) {
                    params.add(new Parameter(name, unquote(raw)));
                }
            }
            pos = next;
        }
        return new ParameterizedValue(value, joinContinuations(params));
    }

    /**
     * RFC 2231 continuations ({@code name*0*=...; name*1*=...; name*2=...}) become one parameter, {@code name*}
     * when the first section is extended, else {@code name}, with the sections' values concatenated in order
     * (what Cyrus reports). The joined parameter takes the place of the first section.
     */
    private static List<Parameter> joinContinuations(List<Parameter> params) {
        List<Parameter> out = new ArrayList<>();
        java.util.Map<String, java.util.TreeMap<Integer, Parameter>> sections = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> slot = new java.util.HashMap<>();
        for (Parameter p : params) {
            java.util.regex.Matcher m = SECTION.matcher(p.name());
            if (!m.matches()) {
                out.add(p);
                continue;
            }
            String base = m.group(1).toLowerCase(java.util.Locale.ROOT);
            if (!sections.containsKey(base)) {
                slot.put(base, out.size());
                out.add(null);
            }
            sections.computeIfAbsent(base, k -> new java.util.TreeMap<>()).putIfAbsent(Integer.parseInt(m.group(2)), p);
        }
        sections.forEach((base, parts) -> {
            Parameter first = parts.firstEntry().getValue();
            java.util.regex.Matcher m = SECTION.matcher(first.name());
            m.matches();
            StringBuilder value = new StringBuilder();
            parts.values().forEach(p -> value.append(p.value()));
            String name = m.group(1) + (m.group(3) != null ? "*" : "");
            out.set(slot.get(base), new Parameter(name, value.toString()));
        });
        return List.copyOf(out);
    }

    private static final java.util.regex.Pattern SECTION = java.util.regex.Pattern.compile("(.+?)\\*(\\d+)(\\*)?");

    private static String unquote(String raw) {
        if (raw.length() >= 1 && raw.charAt(0) == '"') {
            StringBuilder out = new StringBuilder();
            for (int i = 1; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\\' && i + 1 < raw.length()) {
                    out.append(raw.charAt(++i));
                } else if (c == '"') {
                    break;
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
        return raw;
    }

    private static int indexOutsideQuotes(String s, char wanted, int from) {
        boolean quoted = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** Drops RFC 5322 comments outside quoted strings. */
    static String withoutComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean quoted = false;
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (depth == 0 && c == '"') {
                quoted = !quoted;
                out.append(c);
            } else if (c == '\\' && (quoted || depth > 0) && i + 1 < s.length()) {
                if (depth == 0) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
