package org.mailappliance.mailstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ReadinessLatchTest {

    @Test
    void waitingTimesOutWhileNothingHappened() throws Exception {
        ReadinessLatch latch = new ReadinessLatch();

        assertThat(latch.awaitReady(Duration.ofMillis(20))).isFalse();
        assertThat(latch.isReady()).isFalse();
    }

    @Test
    void openingReleasesWaiters() throws Exception {
        ReadinessLatch latch = new ReadinessLatch();
        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> {
            try {
                return latch.awaitReady(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        latch.open();

        assertThat(waiter.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(latch.isReady()).isTrue();
        assertThat(latch.awaitReady(Duration.ZERO)).isTrue();
    }

    @Test
    void aFailureReachesEveryWaiterWithItsCause() {
        ReadinessLatch latch = new ReadinessLatch();
        RuntimeException cause = new RuntimeException("migration V1 failed");

        latch.fail(cause);

        assertThatThrownBy(() -> latch.awaitReady(Duration.ofSeconds(1))).isInstanceOf(IllegalStateException.class)
                .hasCause(cause).hasMessageContaining("migration V1 failed");
        assertThat(latch.isReady()).isFalse();
    }

    @Test
    void theFirstOutcomeIsFinal() throws Exception {
        ReadinessLatch opened = new ReadinessLatch();
        opened.open();
        opened.fail(new RuntimeException("late"));
        assertThat(opened.awaitReady(Duration.ZERO)).isTrue();

        ReadinessLatch failed = new ReadinessLatch();
        failed.fail(new RuntimeException("first"));
        failed.open();
        assertThat(failed.isReady()).isFalse();
        assertThatThrownBy(() -> failed.awaitReady(Duration.ZERO)).hasMessageContaining("first");
    }
}
