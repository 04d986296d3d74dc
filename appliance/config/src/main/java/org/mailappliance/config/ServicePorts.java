package org.mailappliance.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Resolves service names such as "imap" to TCP ports, as getaddrinfo() does for cyrus.conf listen= values:
 * from /etc/services when it is readable and names the service, else from a built-in table of the mail ports.
 */
public final class ServicePorts {
    static final Path SYSTEM_SERVICES = Path.of("/etc/services");

    private static final Map<String, Integer> BUILT_IN = Map.of(
            "imap", 143, "imaps", 993, "pop3", 110, "pop3s", 995, "nntp", 119,
            "nntps", 563, "lmtp", 24, "sieve", 4190, "mupdate", 3905, "csync", 2005);

    private ServicePorts() {
    }

    public static OptionalInt lookup(String serviceName) {
        return lookup(serviceName, SYSTEM_SERVICES);
    }

    static OptionalInt lookup(String serviceName, Path servicesFile) {
        OptionalInt fromFile = lookupInFile(serviceName, servicesFile);
        if (fromFile.isPresent()) {
            return fromFile;
        }
        Integer builtIn = BUILT_IN.get(serviceName);
        return builtIn == null ? OptionalInt.empty() : OptionalInt.of(builtIn);
    }

    /** Finds the tcp entry whose name or alias is {@code serviceName} in a services(5) file. */
    static OptionalInt lookupInFile(String serviceName, Path servicesFile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(servicesFile, StandardCharsets.ISO_8859_1);
        } catch (IOException | SecurityException e) {
            return OptionalInt.empty();
        }
        for (String line : lines) {
            int hash = line.indexOf('#');
            String[] fields = (hash < 0 ? line : line.substring(0, hash)).trim().split("\\s+");
            if (fields.length < 2 || !fields[1].endsWith("/tcp")) {
                continue;
            }
            for (int i = 0; i < fields.length; i++) {
                if (i != 1 && fields[i].equals(serviceName)) {
                    try {
                        return OptionalInt.of(Integer.parseInt(fields[1].substring(0, fields[1].indexOf('/'))));
                    } catch (NumberFormatException e) {
                        break; // a malformed line; keep looking
                    }
                }
            }
        }
        return OptionalInt.empty();
    }
}
