package org.fiscaldisclosure.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Reports how many events wait in the outbox (up even when Kafka is down: writes still succeed). */
@Readiness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    @Inject
    Outbox outbox;

    @Override
    @jakarta.transaction.Transactional
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("outbox").up().withData("pending", outbox.pending()).build();
    }
}
