package org.mailappliance.nntp.port;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * An article a client posted, ready for delivery: the header lines the server adds (Message-ID, Date, Path when
 * missing) go in front of the client's octets, which stay in the adapter's spool (never whole on the heap).
 *
 * @param groups       the newsgroups to deliver to (already checked: they exist and the poster holds {@code p})
 * @param messageId    the article's Message-ID (the client's, or the one the server added)
 * @param addedHeaders header lines to prepend, each ending in CRLF (may be empty)
 * @param article      opens a fresh stream over the client's article (header and body, unstuffed)
 * @param size         octets of the client's article
 */
public record Posting(List<String> groups, String messageId, byte[] addedHeaders, Source article, long size) {

    /** Opens the client's article; each call gives a new stream that the caller closes. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    public Posting {
        groups = List.copyOf(groups);
        Objects.requireNonNull(messageId, "messageId");
        addedHeaders = addedHeaders.clone();
        Objects.requireNonNull(article, "article");
    }

    @Override
    public byte[] addedHeaders() {
        return addedHeaders.clone();
    }

    /** The full article as stored: the added header lines, then the client's octets. */
    public InputStream open() throws IOException {
        return new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(addedHeaders), article.open());
    }
}
