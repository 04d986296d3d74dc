package org.mailappliance.mailstore.message.mime;

import java.util.ArrayList;
import java.util.List;

/**
 * One entity of a parsed message: its header, and either children (multipart), an encapsulated message
 * (message/rfc822), or nothing more (a leaf). Sizes and line counts are those IMAP reports for the body.
 */
final class MimeEntity {
    final List<HeaderField> header = new ArrayList<>();
    final List<MimeEntity> children = new ArrayList<>();
    /** The Content-Type to assume when the header has none: text/plain, or message/rfc822 inside multipart/digest. */
    final boolean digestChild;
    boolean multipart;
    MimeEntity encapsulated;
    long bodySize;
    long bodyLines;

    MimeEntity(boolean digestChild) {
        this.digestChild = digestChild;
    }

    ContentType contentType() {
        return ContentType.of(HeaderField.value(header, "Content-Type"), digestChild);
    }
}
