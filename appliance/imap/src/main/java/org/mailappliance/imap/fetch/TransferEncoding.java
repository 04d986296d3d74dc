package org.mailappliance.imap.fetch;

import java.io.InputStream;

/** The Content-Transfer-Encodings BINARY can undo (RFC 3516 §4.2): identities, base64 and quoted-printable. */
enum TransferEncoding {
    IDENTITY, BASE64, QUOTED_PRINTABLE;

    /** The encoding an entity's (lower-case) header value names, or null for one this server cannot decode. */
    static TransferEncoding of(String cte) {
        return switch (cte) {
            case "", "7bit", "8bit", "binary" -> IDENTITY;
            case "base64" -> BASE64;
            case "quoted-printable" -> QUOTED_PRINTABLE;
            default -> null;
        };
    }

    /** The decoded octets of {@code encoded} (which should be buffered: the decoders read octet by octet). */
    InputStream decode(InputStream encoded) {
        return switch (this) {
            case IDENTITY -> encoded;
            case BASE64 -> new Base64DecodingStream(encoded);
            case QUOTED_PRINTABLE -> new QuotedPrintableDecodingStream(encoded);
        };
    }
}
