package org.mailappliance.nntp.naming;

import java.util.Optional;

/**
 * Cyrus's {@code newsprefix} mapping between newsgroups and shared mailboxes (internal names, separator {@code .}):
 * with {@code newsprefix: netnews} the group {@code comp.lang.java} is the mailbox {@code netnews.comp.lang.java};
 * without a prefix it is the top-level shared mailbox {@code comp.lang.java}. Personal mailboxes ({@code user.*})
 * are never groups, and neither is the prefix mailbox itself.
 */
public final class GroupNames {
    private static final String USER_PREFIX = "user.";

    private final String prefix;

    /** @param newsprefix the {@code newsprefix} value; blank or null for none */
    public GroupNames(String newsprefix) {
        String p = newsprefix == null ? "" : newsprefix.strip();
        while (p.endsWith(".")) {
            p = p.substring(0, p.length() - 1);
        }
        this.prefix = p;
    }

    /** The prefix under which group mailboxes live, with its trailing separator ({@code ""} without a prefix). */
    public String mailboxPrefix() {
        return prefix.isEmpty() ? "" : prefix + ".";
    }

    /** The mailbox of a group; empty for a name that cannot be a group (empty, separators at the ends, "user."). */
    public Optional<String> mailbox(String group) {
        if (group.isEmpty() || group.startsWith(".") || group.endsWith(".") || group.contains("..")
                || group.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return Optional.empty();
        }
        String mailbox = mailboxPrefix() + group;
        return toGroup(mailbox).isPresent() ? Optional.of(mailbox) : Optional.empty();
    }

    /** The group a mailbox is, if it is one. */
    public Optional<String> toGroup(String mailbox) {
        if (mailbox.startsWith(USER_PREFIX) || mailbox.contains("!")) {
            return Optional.empty();
        }
        String p = mailboxPrefix();
        if (!mailbox.startsWith(p) || mailbox.length() == p.length()) {
            return Optional.empty();
        }
        return Optional.of(mailbox.substring(p.length()));
    }
}
