package org.mailappliance.server;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ConfigLocator;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.StoreGate;

/**
 * Brings the store up before any protocol command runs: reads imapd.conf, migrates the database with Flyway,
 * creates the partitions, gives the configured admins their bootstrap password, then opens the {@link StoreGate}.
 * Listeners are already accepting by then (the adapter activates during deployment); their MDBs wait on the gate.
 *
 * <p>Bean-managed transactions: Flyway commits on its own connections and must not run inside a JTA transaction.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class StoreStartup {

    private static final Logger LOG = Logger.getLogger(StoreStartup.class.getName());

    private MailStore store;

    @PostConstruct
    void start() {
        long began = System.nanoTime();
        Path confFile = ConfigLocator.imapdConf();
        try {
            ImapdConf conf = ImapdConf.load(confFile);
            store = MailStore.open(conf);
            new AdminBootstrap(conf, store).run();
            Appliance.publish(new Appliance(conf, store, ProtocolEngines.create(conf, store)));
            StoreGate.open();
            LOG.info(() -> String.format("mail store ready in %d ms (configuration %s)",
                    (System.nanoTime() - began) / 1_000_000, confFile));
        } catch (ConfigException e) {
            fatal(e.getMessage(), null, e);
        } catch (RuntimeException | Error e) {
            fatal("mail store failed to start: " + e.getMessage(), e, e);
        }
    }

    /**
     * A store that cannot start leaves the appliance unable to serve anything; the gate's failure makes every
     * protocol answer with a temporary failure and readiness stays DOWN; the launcher also sets
     * {@code appliance.exitOnFatal=true} so that the process exits and a supervisor sees the failure.
     */
    private void fatal(String message, Throwable logged, Throwable cause) {
        if (logged == null) {
            LOG.severe(message);
        } else {
            LOG.log(Level.SEVERE, message, logged);
        }
        StoreGate.fail(cause);
        if (Boolean.getBoolean("appliance.exitOnFatal")) {
            Thread exit = new Thread(() -> System.exit(78), "appliance-fatal-exit");
            exit.setDaemon(true);
            exit.start();
        }
    }

    @PreDestroy
    void stop() {
        Appliance.withdraw();
        if (store != null) {
            try {
                store.close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "closing the mail store failed", e);
            }
        }
    }
}
