package org.mailappliance.mailstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The static gate can only be settled once per class loader, so this is its only test; the logic is in ReadinessLatchTest. */
class StoreGateTest {

    @Test
    void openingTheGateMakesTheStoreReady() {
        assertThat(StoreGate.awaitReady(Duration.ofMillis(10))).isFalse();

        StoreGate.open();

        assertThat(StoreGate.isReady()).isTrue();
        assertThat(StoreGate.awaitReady(Duration.ZERO)).isTrue();
    }
}
