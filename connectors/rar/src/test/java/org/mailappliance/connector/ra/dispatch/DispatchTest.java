package org.mailappliance.connector.ra.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.transaction.xa.XAResource;
import org.junit.jupiter.api.Test;
import org.mailappliance.connector.api.ProtocolListener;

class DispatchTest {

    @Test
    void gateNeverRunsMoreCallsThanThePoolSizeAndRunsAllOfThem() throws Exception {
        ExecutorService workers = Executors.newCachedThreadPool();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        GatedDispatcher dispatcher = new GatedDispatcher(workers, call -> {
            peak.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.sleep(5);
            running.decrementAndGet();
        }, 3);
        CountDownLatch done = new CountDownLatch(40);
        for (int i = 0; i < 40; i++) {
            dispatcher.dispatch(Runnable::run, l -> { }, failure -> done.countDown());
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(peak.get()).isEqualTo(3);
        assertThat(dispatcher.gate().inUse()).isZero();
        workers.shutdown();
    }

    @Test
    void refusedWorkIsRetriedNotDropped() throws Exception {
        AtomicInteger refusals = new AtomicInteger(2);
        ExecutorService real = Executors.newSingleThreadExecutor();
        GatedDispatcher dispatcher = new GatedDispatcher(task -> {
            if (refusals.getAndDecrement() > 0) {
                throw new RejectedExecutionException("full");
            }
            real.execute(task);
        }, call -> { }, 1);
        CountDownLatch done = new CountDownLatch(1);
        dispatcher.dispatch(Runnable::run, l -> { }, failure -> done.countDown());
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        real.shutdown();
    }

    @Test
    void failuresAreReportedToTheCaller() throws Exception {
        ExecutorService workers = Executors.newSingleThreadExecutor();
        GatedDispatcher dispatcher = new GatedDispatcher(workers, call -> {
            throw new IllegalStateException("boom");
        }, 1);
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] seen = new Throwable[1];
        dispatcher.dispatch(Runnable::run, l -> { }, failure -> {
            seen[0] = failure;
            done.countDown();
        });
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(seen[0]).hasMessage("boom");
        workers.shutdown();
    }

    @Test
    void endpointIsCreatedPerCallRetriedWhileThePoolIsExhaustedAndReleased() throws Exception {
        FakeFactory factory = new FakeFactory(15);
        EndpointInvoker invoker = new EndpointInvoker(factory, Duration.ofSeconds(5));
        AtomicInteger calls = new AtomicInteger();
        invoker.invoke(listener -> {
            listener.connected(null);
            calls.incrementAndGet();
        });
        assertThat(calls.get()).isEqualTo(1);
        assertThat(factory.attempts.get()).isEqualTo(16);
        assertThat(factory.released.get()).isEqualTo(1);
        assertThat(factory.connectedCalls.get()).isEqualTo(1);
    }

    @Test
    void endpointRetriesGiveUpAfterThePatience() {
        FakeFactory factory = new FakeFactory(Integer.MAX_VALUE);
        EndpointInvoker invoker = new EndpointInvoker(factory, Duration.ofMillis(100));
        assertThatThrownBy(() -> invoker.invoke(l -> { })).isInstanceOf(UnavailableException.class);
    }

    /** An MDB container stand-in whose pool is exhausted for the first {@code failures} attempts. */
    static final class FakeFactory implements MessageEndpointFactory {
        final AtomicInteger attempts = new AtomicInteger();
        final AtomicInteger released = new AtomicInteger();
        final AtomicInteger connectedCalls = new AtomicInteger();
        private final int failures;

        FakeFactory(int failures) {
            this.failures = failures;
        }

        @Override
        public MessageEndpoint createEndpoint(XAResource xa) throws UnavailableException {
            if (attempts.incrementAndGet() <= failures) {
                throw new UnavailableException("pool exhausted");
            }
            return (MessageEndpoint) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {MessageEndpoint.class, ProtocolListener.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "release" -> released.incrementAndGet();
                            case "connected" -> connectedCalls.incrementAndGet();
                            default -> { }
                        }
                        return null;
                    });
        }

        @Override
        public MessageEndpoint createEndpoint(XAResource xa, long timeout) throws UnavailableException {
            return createEndpoint(xa);
        }

        @Override
        public boolean isDeliveryTransacted(Method method) {
            return false;
        }

        @Override
        public String getActivationName() {
            return "fake";
        }

        @Override
        public Class<?> getEndpointClass() {
            return ProtocolListener.class;
        }
    }
}
