package org.mailappliance.imap.metadata;

import java.util.Map;

/**
 * The entries Cyrus defines (its annotate.c tables), with the value each accepts; cyradm's {@code mboxconfig}
 * and {@code setinfo} write these. Other entries are refused unless {@code annotation_allow_undefined} is on, as in
 * Cyrus. Values are checked as Cyrus checks them: booleans are {@code true}/{@code false}, numbers unsigned.
 */
final class EntryDefinitions {
    private static final String CMU = "/vendor/cmu/cyrus-imapd/";

    enum Type { STRING, BOOLEAN, UINT }

    /**
     * @param shared   whether a shared value may be stored
     * @param priv     whether a private value may be stored
     * @param readOnly computed by the server, never stored by clients
     */
    record Definition(Type type, boolean shared, boolean priv, boolean readOnly) {
    }

    private static final Definition SHARED_STRING = new Definition(Type.STRING, true, false, false);
    private static final Definition SHARED_BOOLEAN = new Definition(Type.BOOLEAN, true, false, false);
    private static final Definition SHARED_UINT = new Definition(Type.UINT, true, false, false);
    private static final Definition COMPUTED = new Definition(Type.STRING, true, false, true);

    /** Mailbox entries by path below the scope. */
    private static final Map<String, Definition> MAILBOX = Map.ofEntries(
            Map.entry("/comment", new Definition(Type.STRING, true, true, false)),
            Map.entry("/specialuse", new Definition(Type.STRING, false, true, true)),
            Map.entry(CMU + "expire", SHARED_UINT),
            Map.entry(CMU + "news2mail", SHARED_STRING),
            Map.entry(CMU + "pop3showafter", SHARED_STRING),
            Map.entry(CMU + "sharedseen", SHARED_BOOLEAN),
            Map.entry(CMU + "sieve", SHARED_STRING),
            Map.entry(CMU + "squat", SHARED_BOOLEAN),
            Map.entry(CMU + "duplicatedeliver", SHARED_BOOLEAN),
            Map.entry(CMU + "pop3newuidl", SHARED_BOOLEAN),
            Map.entry(CMU + "partition", COMPUTED),
            Map.entry(CMU + "uniqueid", COMPUTED));

    /** Server entries (mailbox ""), all shared. */
    private static final Map<String, Definition> SERVER = Map.of(
            "/comment", SHARED_STRING,
            "/motd", SHARED_STRING,
            "/admin", SHARED_STRING,
            CMU + "shutdown", SHARED_STRING,
            CMU + "expire", SHARED_UINT,
            CMU + "squat", SHARED_BOOLEAN);

    private EntryDefinitions() {
    }

    /** The definition of a path for a mailbox or the server, or null when Cyrus does not define it. */
    static Definition find(boolean server, String path) {
        return (server ? SERVER : MAILBOX).get(path);
    }

    /** Null when the value is acceptable, else why not. */
    static String checkValue(Definition definition, String value) {
        return switch (definition.type()) {
            case STRING -> null;
            case BOOLEAN -> value.equals("true") || value.equals("false") ? null : "must be true or false";
            case UINT -> !value.isEmpty() && value.length() <= 10 && value.chars().allMatch(Character::isDigit)
                    && Long.parseLong(value) <= 0xFFFF_FFFFL ? null : "must be an unsigned number";
        };
    }
}
