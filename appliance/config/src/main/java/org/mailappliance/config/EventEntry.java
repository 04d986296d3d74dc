package org.mailappliance.config;

import java.util.List;

/**
 * An EVENTS entry: a periodic command. At most one schedule is set: {@code periodMinutes},
 * {@code cron} ("m h dom mon dow") or {@code at} ("hhmm", daily).
 */
public record EventEntry(String name, List<String> cmd, Integer periodMinutes, String cron, String at, int line) {
    public EventEntry {
        cmd = List.copyOf(cmd);
    }
}
