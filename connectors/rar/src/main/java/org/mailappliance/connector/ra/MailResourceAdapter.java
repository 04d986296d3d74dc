package org.mailappliance.connector.ra;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkManager;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ConfigLocator;
import org.mailappliance.config.CyrusConf;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.connector.ra.dispatch.EndpointInvoker;
import org.mailappliance.connector.ra.dispatch.GatedDispatcher;
import org.mailappliance.connector.ra.dispatch.WorkManagerExecutor;
import org.mailappliance.connector.ra.netty.EventLoops;
import org.mailappliance.connector.ra.netty.ServiceListeners;
import org.mailappliance.connector.ra.netty.ServiceSettings;

/**
 * The inbound resource adapter: every protocol MDB activation gets the cyrus.conf services that run its programs,
 * served by Netty event loops that run on the container's WorkManager, one MDB call per frame.
 */
public class MailResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(MailResourceAdapter.class.getName());
    /** How long a call waits for a free MDB instance before its connection is given up. */
    private static final Duration ENDPOINT_PATIENCE = Duration.ofMinutes(2);

    private final Map<Activation, ServiceListeners> activations = new ConcurrentHashMap<>();
    private volatile WorkManager workManager;
    private volatile EventLoops loops;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        workManager = context.getWorkManager();
        int threads = EventLoops.defaultThreads();
        loops = new EventLoops(new WorkManagerExecutor(workManager), threads);
        LOG.info(() -> "mail resource adapter started with " + threads + " event loops on the WorkManager");
    }

    @Override
    public void stop() {
        activations.values().forEach(ServiceListeners::close);
        activations.clear();
        EventLoops current = loops;
        loops = null;
        if (current != null) {
            current.close();
        }
        LOG.info("mail resource adapter stopped");
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec activationSpec)
            throws ResourceException {
        if (!(activationSpec instanceof MailActivationSpec spec)) {
            throw new ResourceException("unexpected activation spec " + activationSpec);
        }
        spec.validate();
        String owner = factory.getActivationName() + " " + spec;
        List<ServiceSettings> services;
        try {
            services = plan(spec);
        } catch (ConfigException e) {
            // the message says file:line: what is wrong; that is what the operator needs, not a stack trace
            LOG.severe(() -> "cannot activate " + owner + ": " + e.getMessage());
            FatalStartup.exitIfConfigured();
            throw new ResourceException(e.getMessage(), e);
        } catch (IOException e) {
            LOG.severe(() -> "cannot activate " + owner + ": " + e.getMessage());
            FatalStartup.exitIfConfigured();
            throw new ResourceException(e.getMessage(), e);
        }
        GatedDispatcher dispatcher = new GatedDispatcher(new WorkManagerExecutor(workManager),
                new EndpointInvoker(factory, ENDPOINT_PATIENCE), spec.poolSize());
        try {
            activations.put(new Activation(factory, activationSpec),
                    ServiceListeners.open(owner, services, loops, dispatcher));
        } catch (IOException | RuntimeException e) {
            LOG.severe(() -> "cannot activate " + owner + ": " + e.getMessage());
            FatalStartup.exitIfConfigured();
            throw new ResourceException(e.getMessage(), e);
        }
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        ServiceListeners listeners = activations.remove(new Activation(factory, spec));
        if (listeners != null) {
            listeners.close();
        }
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    private static List<ServiceSettings> plan(MailActivationSpec spec) throws ConfigException, IOException {
        Path imapdFile = ConfigLocator.imapdConf();
        Path cyrusFile = ConfigLocator.cyrusConf();
        ImapdConf imapd = ImapdConf.load(imapdFile);
        CyrusConf cyrus = CyrusConf.load(cyrusFile);
        return new ListenerPlanner(imapd, cyrus, cyrusFile).plan(spec);
    }

    private record Activation(MessageEndpointFactory factory, ActivationSpec spec) {
    }
}
