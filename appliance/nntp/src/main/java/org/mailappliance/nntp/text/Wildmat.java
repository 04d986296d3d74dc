package org.mailappliance.nntp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An RFC 3977 §4 wildmat: comma-separated patterns, each optionally negated with {@code !}; {@code *} matches any
 * run of characters, {@code ?} one, {@code [...]} a class, {@code \} quotes. The last pattern that matches decides.
 */
public final class Wildmat {
    private record Part(Pattern pattern, boolean negated) {
    }

    private final List<Part> parts;

    private Wildmat(List<Part> parts) {
        this.parts = parts;
    }

    /** Matches everything (no argument given). */
    public static Wildmat all() {
        return parse("*").orElseThrow();
    }

    /** Empty when the text is not a wildmat (empty pattern, unbalanced class, trailing backslash). */
    public static Optional<Wildmat> parse(String text) {
        List<Part> parts = new ArrayList<>();
        for (String piece : text.split(",", -1)) {
            boolean negated = piece.startsWith("!");
            String body = negated ? piece.substring(1) : piece;
            if (body.isEmpty()) {
                return Optional.empty();
            }
            Optional<Pattern> regex = regex(body);
            if (regex.isEmpty()) {
                return Optional.empty();
            }
            parts.add(new Part(regex.get(), negated));
        }
        return Optional.of(new Wildmat(parts));
    }

    private static Optional<Pattern> regex(String w) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                case '\\' -> {
                    if (++i >= w.length()) {
                        return Optional.empty();
                    }
                    re.append(Pattern.quote(String.valueOf(w.charAt(i))));
                }
                case '[' -> {
                    int end = w.indexOf(']', i + 2);
                    if (end < 0) {
                        return Optional.empty();
                    }
                    String set = w.substring(i + 1, end);
                    boolean not = set.startsWith("^");
                    re.append('[').append(not ? "^" : "")
                            .append(set.substring(not ? 1 : 0).replace("\\", "\\\\").replace("[", "\\["))
                            .append(']');
                    i = end;
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Optional.of(Pattern.compile(re.toString()));
    }

    public boolean matches(String name) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (parts.get(i).pattern().matcher(name).matches()) {
                return !parts.get(i).negated();
            }
        }
        return false;
    }
}
