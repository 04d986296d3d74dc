package org.mailappliance.config;

import java.util.List;

/** A SERVICES entry: a listening socket and the program that serves its connections. */
public record ServiceEntry(String name, List<String> cmd, Listen listen, String proto, int prefork, int maxchild,
                           int maxfds, int line) {
    public ServiceEntry {
        cmd = List.copyOf(cmd);
    }

    /** Basename of the program, e.g. "imapd" for {@code cmd="/usr/lib/cyrus/bin/imapd -s"}. */
    public String program() {
        if (cmd.isEmpty()) {
            return "";
        }
        String first = cmd.get(0);
        return first.substring(first.lastIndexOf('/') + 1);
    }

    /** Whether an argument after the program equals {@code f}, e.g. "-s" (implicit TLS). */
    public boolean hasFlag(String f) {
        return cmd.subList(Math.min(1, cmd.size()), cmd.size()).contains(f);
    }
}
