package org.mailappliance.connector.ra;

import java.util.logging.Logger;

/**
 * A listener that cannot open (bad configuration, port in use) leaves the appliance unable to serve, while Payara
 * Micro itself would keep running with nothing deployed. The launcher sets {@code appliance.exitOnFatal=true} so that
 * the process exits with EX_CONFIG (78) and a supervisor sees the failure; in a test container it stays off.
 */
final class FatalStartup {

    private static final Logger LOG = Logger.getLogger(FatalStartup.class.getName());
    static final int EX_CONFIG = 78;

    private FatalStartup() {
    }

    static void exitIfConfigured() {
        if (!Boolean.getBoolean("appliance.exitOnFatal")) {
            return;
        }
        LOG.severe("exiting: the appliance cannot serve with this configuration (appliance.exitOnFatal=true)");
        Thread exit = new Thread(() -> System.exit(EX_CONFIG), "appliance-fatal-exit");
        exit.setDaemon(true);
        exit.start();
    }
}
