package org.mailappliance.mailstore.acl;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who asks, for access decisions: a user (with the groups it belongs to, matched by {@code group:name} entries),
 * the anonymous user, or the store itself ({@link #SYSTEM}: delivery setup, tools; never checked).
 */
public record Identity(String userId, Set<String> groups, boolean admin, boolean system) {
    /** The store acting on its own behalf: every check passes. */
    public static final Identity SYSTEM = new Identity(null, Set.of(), true, true);
    public static final String ANYONE = "anyone";
    public static final String ANONYMOUS = "anonymous";
    public static final String GROUP_PREFIX = "group:";

    public Identity {
        groups = Set.copyOf(groups);
        if (!system && userId == null && admin) {
            throw new IllegalArgumentException("the anonymous user cannot be an admin");
        }
    }

    public static Identity user(String userId) {
        return new Identity(Objects.requireNonNull(userId, "userId"), Set.of(), false, false);
    }

    public static Identity user(String userId, Set<String> groups) {
        return new Identity(Objects.requireNonNull(userId, "userId"), groups, false, false);
    }

    public static Identity admin(String userId) {
        return new Identity(Objects.requireNonNull(userId, "userId"), Set.of(), true, false);
    }

    public static final Identity ANONYMOUS_USER = new Identity(null, Set.of(), false, false);

    public boolean isAnonymous() {
        return !system && userId == null;
    }

    public Optional<String> user() {
        return Optional.ofNullable(userId);
    }

    /** Cyrus's auth_memberof: whether an ACL identifier (without a leading '-') names this identity. */
    public boolean matches(String identifier) {
        if (system) {
            return false;
        }
        if (identifier.equals(ANYONE)) {
            return true;
        }
        if (userId == null) {
            return identifier.equals(ANONYMOUS);
        }
        if (identifier.equals(userId)) {
            return true;
        }
        return identifier.startsWith(GROUP_PREFIX) && groups.contains(identifier.substring(GROUP_PREFIX.length()));
    }
}
