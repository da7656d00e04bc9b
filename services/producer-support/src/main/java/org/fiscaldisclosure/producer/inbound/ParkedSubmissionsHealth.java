package org.fiscaldisclosure.producer.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.fiscaldisclosure.platform.messaging.ParkedRecord;
import org.fiscaldisclosure.producer.part.PartStore;

/** Lists the budget platforms' submissions that were parked, with their reasons (the newest five); always up. */
@Readiness
@ApplicationScoped
public class ParkedSubmissionsHealth implements HealthCheck {

    @Inject
    Instance<PartStore<?>> stores;

    @Override
    @jakarta.transaction.Transactional
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("inbound-submissions").up();
        if (!stores.isResolvable()) {
            return b.withData("consumer", "none").build();
        }
        b.withData("parked", ParkedRecord.count());
        for (ParkedRecord p : ParkedRecord.<ParkedRecord>find("order by id desc").page(0, 5).list()) {
            b.withData("parked." + p.topic + "-" + p.partition + "@" + p.offset, p.reason);
        }
        return b.build();
    }
}
