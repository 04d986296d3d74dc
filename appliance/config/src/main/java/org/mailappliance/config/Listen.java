package org.mailappliance.config;

import java.nio.file.Path;

/** Where a service listens: a TCP host/port ({@code host} null = all addresses) or a UNIX socket path. */
public record Listen(String host, int port, Path unixPath) {

    public static Listen parse(String spec) throws IllegalArgumentException {
        throw new IllegalArgumentException("not yet implemented: " + spec);
    }

    public boolean unix() {
        return unixPath != null;
    }
}
