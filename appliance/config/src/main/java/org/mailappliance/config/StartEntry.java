package org.mailappliance.config;

import java.util.List;

/** A START entry: a command run once, to completion, before services start. */
public record StartEntry(String name, List<String> cmd, int line) {
    public StartEntry {
        cmd = List.copyOf(cmd);
    }
}
