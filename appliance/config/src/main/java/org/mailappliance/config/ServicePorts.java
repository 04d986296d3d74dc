package org.mailappliance.config;

import java.util.OptionalInt;

/** Resolves service names such as "imap" to TCP ports. */
public final class ServicePorts {
    private ServicePorts() {
    }

    public static OptionalInt lookup(String serviceName) {
        return OptionalInt.empty();
    }
}
