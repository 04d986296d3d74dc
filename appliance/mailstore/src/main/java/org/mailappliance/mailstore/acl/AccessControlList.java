package org.mailappliance.mailstore.acl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mailbox ACL in Cyrus's stored form: {@code identifier TAB rights TAB} repeated, in insertion order. An
 * identifier with a leading {@code -} holds negative rights (RFC 4314 2): rights taken away from whoever matches.
 * Immutable; changes return a new list.
 */
public final class AccessControlList {
    public static final AccessControlList EMPTY = new AccessControlList(Map.of());

    private final Map<String, Rights> entries;

    private AccessControlList(Map<String, Rights> entries) {
        this.entries = entries;
    }

    /**
     * Parses the stored form. A missing final TAB is tolerated.
     *
     * @throws InvalidRightsException for an empty identifier, a missing rights field or an unknown right
     */
    public static AccessControlList parse(String cyrusAcl) {
        if (cyrusAcl == null || cyrusAcl.isEmpty()) {
            return EMPTY;
        }
        String[] fields = cyrusAcl.split("\t", -1);
        int count = fields.length;
        if (fields[count - 1].isEmpty()) {
            count--;
        }
        if (count % 2 != 0) {
            throw new InvalidRightsException("ACL \"" + cyrusAcl.replace("\t", "\\t")
                    + "\": identifier '" + fields[count - 1] + "' has no rights");
        }
        Map<String, Rights> parsed = new LinkedHashMap<>();
        for (int i = 0; i < count; i += 2) {
            String identifier = fields[i];
            requireIdentifier(identifier);
            parsed.put(identifier, Rights.parse(fields[i + 1]));
        }
        return new AccessControlList(Collections.unmodifiableMap(parsed));
    }

    /** Builds from {@code identifier rights} pairs, e.g. {@code of("anyone", "lrs")}. */
    public static AccessControlList of(String... identifiersAndRights) {
        if (identifiersAndRights.length % 2 != 0) {
            throw new IllegalArgumentException("identifier/rights pairs expected");
        }
        AccessControlList acl = EMPTY;
        for (int i = 0; i < identifiersAndRights.length; i += 2) {
            acl = acl.with(identifiersAndRights[i], Rights.parse(identifiersAndRights[i + 1]));
        }
        return acl;
    }

    /** The stored form, {@code id TAB rights TAB}... */
    public String format() {
        StringBuilder out = new StringBuilder();
        entries.forEach((id, rights) -> out.append(id).append('\t').append(rights.format()).append('\t'));
        return out.toString();
    }

    /** Entries by identifier (negative ones keyed {@code -identifier}), in order. */
    public Map<String, Rights> entries() {
        return entries;
    }

    public Rights get(String identifier) {
        return entries.getOrDefault(identifier, Rights.NONE);
    }

    /** Sets an identifier's rights; empty rights remove the entry, as Cyrus does. */
    public AccessControlList with(String identifier, Rights rights) {
        requireIdentifier(identifier);
        Map<String, Rights> changed = new LinkedHashMap<>(entries);
        if (rights.isEmpty()) {
            changed.remove(identifier);
        } else {
            changed.put(identifier, rights);
        }
        return new AccessControlList(Collections.unmodifiableMap(changed));
    }

    public AccessControlList without(String identifier) {
        return with(identifier, Rights.NONE);
    }

    /** SETACL: applies {@code +rights}, {@code -rights} or replacement to the identifier's entry. */
    public AccessControlList apply(String identifier, RightsChange change) {
        return with(identifier, change.applyTo(get(identifier)));
    }

    /**
     * Cyrus's cyrus_acl_myrights: the union of the positive entries matching {@code who}, minus the union of the
     * matching negative ones. No implicit rights (see {@link AclPolicy#rightsOf}).
     */
    public Rights rightsOf(Identity who) {
        Rights positive = Rights.NONE;
        Rights negative = Rights.NONE;
        for (Map.Entry<String, Rights> e : entries.entrySet()) {
            String id = e.getKey();
            if (id.startsWith("-")) {
                if (who.matches(id.substring(1))) {
                    negative = negative.plus(e.getValue());
                }
            } else if (who.matches(id)) {
                positive = positive.plus(e.getValue());
            }
        }
        return positive.minus(negative);
    }

    private static void requireIdentifier(String identifier) {
        if (identifier.isEmpty() || identifier.equals("-")) {
            throw new InvalidRightsException("empty ACL identifier");
        }
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (c == '\t' || c == '\r' || c == '\n' || c == '\0') {
                throw new InvalidRightsException("ACL identifier contains a control character: \""
                        + identifier.replace("\t", "\\t") + "\"");
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccessControlList a && a.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return format().replace("\t", " ").strip();
    }
}
