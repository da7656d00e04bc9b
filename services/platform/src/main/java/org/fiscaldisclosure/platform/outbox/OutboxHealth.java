package org.fiscaldisclosure.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports how many events wait in the outbox and which were parked, with their reasons (the newest five). Always up:
 * writes succeed while Kafka is down, and one record the broker refuses must not take the service out of rotation.
 */
@Readiness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    private static final int LISTED = 5;

    @Inject
    Outbox outbox;

    @Override
    @jakarta.transaction.Transactional
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("outbox").up()
                .withData("pending", outbox.pending())
                .withData("parked", OutboxEvent.count("parkedAt is not null"));
        List<OutboxEvent> newest = OutboxEvent.<OutboxEvent>find("parkedAt is not null order by seq desc").page(0, LISTED).list();
        for (OutboxEvent e : newest) {
            b.withData("parked." + e.id, e.topic + " " + e.subject + ": " + e.parkReason);
        }
        return b.build();
    }
}
