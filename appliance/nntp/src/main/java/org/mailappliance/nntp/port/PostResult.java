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

    /**
     * Stored nowhere; {@code reason} is for the client (441, 436/437). {@code temporary}: the same article may
     * succeed later (store unavailable, group over quota), which a news peer is told so that it retries.
     */
    record Failed(String reason, boolean temporary) implements PostResult {

        /** A failure that may pass (the store could not take the article now). */
        public Failed(String reason) {
            this(reason, true);
        }
    }
}
