package org.mailappliance.nntp.command;

import java.util.Optional;
import org.mailappliance.nntp.port.GroupInfo;
import org.mailappliance.nntp.port.Newsgroups;
import org.mailappliance.nntp.session.NntpSession;

/**
 * The read check shared by the reader commands: a group that does not exist or that the client may not even see is
 * 411; one it sees but may not read ({@code r}) is 480 while anonymous (logging in may help, RFC 4643 §2.1) and 502
 * once authenticated.
 */
final class ReadAccess {
    private ReadAccess() {
    }

    static Optional<GroupInfo> readable(Newsgroups newsgroups, NntpSession s, String name) {
        Optional<GroupInfo> group = newsgroups.group(name, s.userid());
        if (group.isEmpty()) {
            Reply.status(s.connection(), 411, "No such newsgroup");
            return Optional.empty();
        }
        if (!group.get().canRead()) {
            if (s.authenticated()) {
                Reply.status(s.connection(), 502, "Permission denied");
            } else {
                Reply.status(s.connection(), 480, "Authentication required");
            }
            return Optional.empty();
        }
        return group;
    }

    /** The selected group as it is now (it may have been deleted or its ACL changed since GROUP). */
    static Optional<GroupInfo> selected(Newsgroups newsgroups, NntpSession s) {
        if (s.group().isEmpty()) {
            Reply.status(s.connection(), 412, "No newsgroup selected");
            return Optional.empty();
        }
        return readable(newsgroups, s, s.group().get());
    }
}
