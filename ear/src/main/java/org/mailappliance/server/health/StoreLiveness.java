package org.mailappliance.server.health;

import jakarta.enterprise.context.ApplicationScoped;
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
        return HealthCheckResponse.named("mailstore").status(!StoreGate.failed()).build();
    }
}
