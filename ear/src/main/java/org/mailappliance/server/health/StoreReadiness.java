package org.mailappliance.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.mailappliance.mailstore.StoreGate;

/** Ready once the database is migrated and the partitions exist: until then no protocol command is served. */
@Readiness
@ApplicationScoped
public class StoreReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("mailstore").status(StoreGate.isReady()).build();
    }
}
