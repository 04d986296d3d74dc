package org.mailappliance.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.mailappliance.mailstore.StoreGate;

/** Down when the store failed to start (bad configuration, unreachable database): restarting will not help by itself. */
@Liveness
@ApplicationScoped
public class StoreLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("mailstore").status(!failedToStart()).build();
    }

    private static boolean failedToStart() {
        try {
            StoreGate.awaitReady(Duration.ZERO);
            return false;
        } catch (IllegalStateException failed) {
            return true;
        }
    }
}
