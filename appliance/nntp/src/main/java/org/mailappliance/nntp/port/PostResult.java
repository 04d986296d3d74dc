package org.mailappliance.nntp.port;

import java.util.List;

/** What became of a {@link Posting}. */
public sealed interface PostResult {

    /** Stored (and committed) in these groups; the rest of the posting's groups refused it (over quota, gone). */
    record Posted(List<String> groups) implements PostResult {
        public Posted {
            groups = List.copyOf(groups);
        }
    }

    /** Stored nowhere; {@code reason} is for the client (441). */
    record Failed(String reason) implements PostResult {
    }
}
