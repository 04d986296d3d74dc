package org.mailappliance.sieve.script;

import java.util.Optional;

/**
 * Which script names are accepted (RFC 5804 §1.6: non-empty Net-Unicode without control characters), with Cyrus's
 * extra rule that a name holds no {@code /} (it was a file name there) and a length limit.
 */
public final class ScriptNames {
    /** Longest accepted name, in characters. */
    public static final int MAX_LENGTH = 512;

    private ScriptNames() {
    }

    /** Why {@code name} is refused, or empty when it is fine. */
    public static Optional<String> problem(String name) {
        if (name.isEmpty()) {
            return Optional.of("Script name is empty");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            return Optional.of("Script name is longer than " + MAX_LENGTH + " characters");
        }
        boolean bad = name.codePoints().anyMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || c == 0x2028 || c == 0x2029 || c == '/' || Character.getType(c) == Character.SURROGATE);
        return bad ? Optional.of("Invalid script name") : Optional.empty();
    }
}
