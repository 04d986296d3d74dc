package org.mailappliance.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The parsed cyrus.conf (master configuration): START, SERVICES, EVENTS and DAEMON entries. */
public final class CyrusConf {
    private final List<StartEntry> start;
    private final List<ServiceEntry> services;
    private final List<EventEntry> events;
    private final List<DaemonEntry> daemons;

    CyrusConf(List<StartEntry> start, List<ServiceEntry> services, List<EventEntry> events, List<DaemonEntry> daemons) {
        this.start = List.copyOf(start);
        this.services = List.copyOf(services);
        this.events = List.copyOf(events);
        this.daemons = List.copyOf(daemons);
    }

    /** Reads and checks {@code file}; every problem is reported as "file:line: what is wrong". */
    public static CyrusConf load(Path file) throws ConfigException {
        return CyrusConfParser.parse(file);
    }

    public List<StartEntry> start() {
        return start;
    }

    public List<ServiceEntry> services() {
        return services;
    }

    public List<EventEntry> events() {
        return events;
    }

    public List<DaemonEntry> daemons() {
        return daemons;
    }

    /** The SERVICES entry called {@code name}. */
    public Optional<ServiceEntry> service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
