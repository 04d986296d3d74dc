package org.mailappliance.nntp.port;

import java.time.Instant;
import java.util.Objects;

/**
 * One newsgroup as a reader sees it (RFC 3977 §6.1.1 and §7.6.3).
 *
 * @param name        the newsgroup name, such as {@code comp.lang.java}
 * @param count       number of articles (unexpunged messages)
 * @param low         lowest article number; for an empty group the next number to be assigned (RFC 3977 §6.1.1.2)
 * @param high        highest article number; {@code low - 1} for an empty group
 * @param created     when the group (its mailbox) was created, for NEWGROUPS and LIST ACTIVE.TIMES
 * @param description the group's description (the mailbox's {@code /comment} annotation), empty when none
 * @param canRead     the reader holds {@code r} on the mailbox
 * @param canPost     the reader holds {@code p} on the mailbox
 */
public record GroupInfo(String name, long count, long low, long high, Instant created, String description,
                        boolean canRead, boolean canPost) {
    public GroupInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(created, "created");
        description = description == null ? "" : description;
    }
}
