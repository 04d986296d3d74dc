package org.mailappliance.connector.ra.netty;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.mailappliance.connector.ra.dispatch.Dispatcher;

/** The listening sockets of one MDB activation: all opened, or none. */
public final class ServiceListeners implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ServiceListeners.class.getName());

    private final List<ServiceListener> listeners;

    private ServiceListeners(List<ServiceListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /** Opens a listener per service; if one cannot be opened, closes those already open and throws. */
    public static ServiceListeners open(String owner, List<ServiceSettings> services, EventLoops loops,
                                        Dispatcher dispatcher) throws IOException {
        List<ServiceListener> opened = new ArrayList<>();
        try {
            for (ServiceSettings service : services) {
                ServiceListener listener = ServiceListener.open(service, loops, dispatcher);
                opened.add(listener);
                LOG.info(() -> "service " + service.service() + " listening on "
                        + ServiceListener.describe(listener.boundAddress())
                        + (service.implicitTls() ? " with TLS" : " without TLS")
                        + (service.tls() != null && !service.implicitTls() ? " (STARTTLS available)" : "")
                        + " for " + owner);
            }
        } catch (IOException | RuntimeException e) {
            opened.forEach(ServiceListener::close);
            throw e;
        }
        return new ServiceListeners(opened);
    }

    public List<ServiceListener> listeners() {
        return listeners;
    }

    @Override
    public void close() {
        for (ServiceListener listener : listeners) {
            listener.close();
            LOG.info(() -> "service " + listener.settings().service() + " stopped listening on "
                    + ServiceListener.describe(listener.boundAddress()));
        }
    }
}
