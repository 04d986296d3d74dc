package org.mailappliance.config;

import java.util.List;

/** A DAEMON entry: a long-running process; with {@code wait=y} it must report readiness before master continues. */
public record DaemonEntry(String name, List<String> cmd, boolean waitFor, int line) {
    public DaemonEntry {
        cmd = List.copyOf(cmd);
    }
}
