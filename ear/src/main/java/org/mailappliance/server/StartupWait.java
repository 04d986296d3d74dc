package org.mailappliance.server;

import java.time.Duration;

/** How long a client that connects during startup is held before it gets a temporary failure. */
public final class StartupWait {

    /** Long enough for a first-boot migration on PostgreSQL, short enough for a client's connect timeout. */
    public static final Duration GREETING = Duration.ofSeconds(Long.getLong("appliance.startupWaitSeconds", 30));

    private StartupWait() {
    }
}
