package org.fiscaldisclosure.disclosure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.fiscaldisclosure.disclosure.repository.ParkedEvent;

/**
 * Lists the part events that were parked, with their reasons (the newest five; all of them at
 * {@code GET /api/v1/disclosures/parked-events}). Always up: one bad record must not take the service out of rotation.
 */
@Readiness
@ApplicationScoped
public class ParkedEventsHealth implements HealthCheck {

    @Override
    @jakarta.transaction.Transactional
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("part-events").up().withData("parked", ParkedEvent.count());
        for (ParkedEvent p : ParkedEvent.<ParkedEvent>find("order by id desc").page(0, 5).list()) {
            b.withData("parked." + p.topic + "-" + p.partition + "@" + p.offset, p.reason);
        }
        return b.build();
    }
}
