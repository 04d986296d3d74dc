package org.mailappliance.nntp.port;

import java.nio.file.Path;

/**
 * Where an article's octets are, so that ARTICLE/HEAD/BODY stream them from the message file.
 *
 * @param file       the stored message file
 * @param headerSize octets of the header block including the blank line that ends it (the body starts there)
 */
public record ArticleFile(Path file, long headerSize) {
}
