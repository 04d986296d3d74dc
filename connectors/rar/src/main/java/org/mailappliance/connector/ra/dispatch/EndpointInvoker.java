package org.mailappliance.connector.ra.dispatch;

import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.time.Duration;
import java.util.function.Consumer;
import org.mailappliance.connector.api.ProtocolListener;

/**
 * Creates an MDB endpoint per call and releases it right after, so an idle connection holds no MDB instance.
 * Payara's {@code createEndpoint} throws {@link UnavailableException} instead of waiting when the MDB pool is
 * exhausted; the call is retried with a growing pause until {@code patience} runs out.
 */
public final class EndpointInvoker implements ListenerInvoker {

    private static final int YIELDS = 10;
    private static final long MAX_SLEEP_MILLIS = 50;

    private final MessageEndpointFactory factory;
    private final Duration patience;

    public EndpointInvoker(MessageEndpointFactory factory, Duration patience) {
        this.factory = factory;
        this.patience = patience;
    }

    @Override
    public void invoke(Consumer<ProtocolListener> call) throws UnavailableException, InterruptedException {
        MessageEndpoint endpoint = create();
        try {
            call.accept((ProtocolListener) endpoint);
        } finally {
            endpoint.release();
        }
    }

    MessageEndpoint create() throws UnavailableException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        for (int attempt = 0; ; attempt++) {
            try {
                return factory.createEndpoint(null);
            } catch (UnavailableException poolExhausted) {
                if (System.nanoTime() - deadline > 0) {
                    throw poolExhausted;
                }
                if (attempt < YIELDS) {
                    Thread.yield();
                } else {
                    Thread.sleep(Math.min(MAX_SLEEP_MILLIS, 1L << Math.min(attempt - YIELDS, 6)));
                }
            }
        }
    }
}
