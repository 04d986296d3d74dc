package org.mailappliance.imap.search;

import java.util.Set;

/**
 * A decoded SEARCH command.
 *
 * @param returnOptions the RETURN options (RFC 4731 / RFC 9051), empty set for {@code RETURN ()}, null when the
 *                      command had no RETURN
 * @param charset       the CHARSET argument, or null
 * @param key           the search program (implicit AND of the top-level keys)
 */
public record SearchRequest(Set<ReturnOption> returnOptions, String charset, SearchKey key) {

    /** The charsets whose strings this server can search (answered in {@code [BADCHARSET (...)]}). */
    public static final String SUPPORTED_CHARSETS = "US-ASCII UTF-8";

    public enum ReturnOption { MIN, MAX, ALL, COUNT, SAVE }

    public SearchRequest {
        returnOptions = returnOptions == null ? null : Set.copyOf(returnOptions);
    }

    /** Whether the charset is one this server understands (none given means US-ASCII). */
    public boolean charsetSupported() {
        return charset == null || isSupported(charset);
    }

    static boolean isSupported(String charset) {
        return charset.equalsIgnoreCase("US-ASCII") || charset.equalsIgnoreCase("UTF-8");
    }
}
