package org.mailappliance.mailstore.message;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The octets of a message to deliver: a file already on disk (staged by hard link, no copy) or a stream the store
 * writes to its stage file as it reads it, so a delivery is written once, not spooled and then copied.
 */
public sealed interface MessageSource {

    /** A file that stays the caller's: read or hard-linked, never moved or removed. */
    static MessageSource file(Path path) {
        return new FileSource(path);
    }

    /** A stream opened when the store stages the message (again only if that attempt failed); the store closes it. */
    static MessageSource stream(StreamOpener opener) {
        return new StreamSource(opener);
    }

    record FileSource(Path path) implements MessageSource {
        public FileSource {
            Objects.requireNonNull(path, "path");
        }
    }

    record StreamSource(StreamOpener opener) implements MessageSource {
        public StreamSource {
            Objects.requireNonNull(opener, "opener");
        }
    }

    @FunctionalInterface
    interface StreamOpener {
        InputStream open() throws IOException;
    }
}
