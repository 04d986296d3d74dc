package org.mailappliance.imap.parse;

/**
 * Bounds on what one command may contain, so a hostile client cannot make the parser allocate or recurse without
 * limit. Literals handed to commands as {@link org.mailappliance.connector.api.Literal} (APPEND) are bounded by the
 * adapter, not here.
 *
 * @param maxTokens  most tokens (atoms, strings, numbers, list brackets) in one command
 * @param maxDepth   deepest nesting of parenthesized lists
 * @param maxWord    longest atom, in octets (Cyrus {@code maxword})
 * @param maxQuoted  longest quoted string, and longest literal read into memory as a string argument
 *                   (Cyrus {@code maxquoted})
 */
public record ParseLimits(int maxTokens, int maxDepth, int maxWord, int maxQuoted) {

    /** Cyrus's defaults for maxword/maxquoted; token and depth bounds are generous for SEARCH and FETCH. */
    public static final ParseLimits DEFAULT = new ParseLimits(10_000, 32, 131_072, 131_072);

    public ParseLimits {
        if (maxTokens < 1 || maxDepth < 1 || maxWord < 1 || maxQuoted < 1) {
            throw new IllegalArgumentException("parse limits must be positive");
        }
    }
}
