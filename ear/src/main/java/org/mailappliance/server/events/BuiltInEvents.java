package org.mailappliance.server.events;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.mailappliance.config.EventEntry;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.expire.CyrExpire;
import org.mailappliance.mailstore.expire.CyrExpireOptions;

/**
 * The EVENTS commands the appliance runs in-process. Cyrus's master forks the program named in cmd=; here the
 * housekeeping it stands for is built in, and anything else is reported at startup as not run.
 */
final class BuiltInEvents {
    private BuiltInEvents() {
    }

    /** Work one EVENTS entry stands for. */
    interface Task {
        String run(MailStore store);
    }

    /**
     * The task of an entry, or empty when its program is not built in.
     *
     * @throws IllegalArgumentException when the program is built in but its arguments are wrong
     */
    static Optional<Task> of(EventEntry e) {
        List<String> cmd = e.cmd();
        String program = cmd.isEmpty() ? "" : cmd.get(0).substring(cmd.get(0).lastIndexOf('/') + 1);
        List<String> args = cmd.isEmpty() ? List.of() : cmd.subList(1, cmd.size());
        if (program.equals("cyr_expire")) {
            CyrExpireOptions options = CyrExpireOptions.parse(args);
            return Optional.of(store -> new CyrExpire(store, Clock.systemUTC()).run(options).toString());
        }
        return Optional.empty();
    }
}
