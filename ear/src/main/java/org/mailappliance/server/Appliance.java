package org.mailappliance.server;

import java.time.Duration;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.StoreGate;

/**
 * What the protocol MDBs and the admin endpoint need once the store is ready. Published by {@link StoreStartup}
 * before the {@link StoreGate} opens; MDB instances are per command, so they look it up here instead of holding it.
 */
public final class Appliance {

    private static volatile Appliance current;

    private final ImapdConf conf;
    private final MailStore store;
    private final ProtocolEngines engines;

    Appliance(ImapdConf conf, MailStore store, ProtocolEngines engines) {
        this.conf = conf;
        this.store = store;
        this.engines = engines;
    }

    static void publish(Appliance appliance) {
        current = appliance;
    }

    static void withdraw() {
        current = null;
    }

    /**
     * The running appliance, waiting up to {@code wait} for startup to finish. Null when it did not become ready in
     * time or failed to start: callers answer with a temporary failure.
     */
    public static Appliance await(Duration wait) {
        try {
            if (!StoreGate.awaitReady(wait)) {
                return null;
            }
        } catch (IllegalStateException failedToStart) {
            return null;
        }
        return current;
    }

    /** The running appliance if ready now, else null. */
    public static Appliance now() {
        return StoreGate.isReady() ? current : null;
    }

    public ImapdConf conf() {
        return conf;
    }

    public MailStore store() {
        return store;
    }

    public ProtocolEngines engines() {
        return engines;
    }
}
