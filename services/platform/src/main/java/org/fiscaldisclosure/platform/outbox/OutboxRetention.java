package org.fiscaldisclosure.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Deletes outbox rows the broker acknowledged longer than {@code fiscal.outbox.retention} ago (default 7 days).
 *
 * <p>Why they may go: once sent, a row is a copy of what the part's compacted topic and the service's own tables
 * (the part revision, its segments) already hold, and nothing reads it again: the relay reads only unsent rows, a
 * rebuild reads the topics. Kept for a while they let an operator see what was sent lately; kept for ever they double
 * the stored bytes of every revision. Parked rows (refused by the broker) and unsent rows are never deleted: they
 * still need a person or the relay. A retention of zero or less keeps every row.
 */
@ApplicationScoped
public class OutboxRetention {

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class);

    @Inject
    EntityManager em;

    @ConfigProperty(name = "fiscal.outbox.retention", defaultValue = "P7D")
    Duration retention;

    /** Deletes the sent rows older than the retention, a batch at a time; returns how many went. */
    public int purge(Instant now) {
        if (retention.isZero() || retention.isNegative()) {
            return 0;
        }
        Instant before = now.minus(retention);
        int total = 0;
        int n;
        do {
            n = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                            "delete from outbox_event where seq in (select seq from outbox_event where sent_at < ?1 "
                                    + "and parked_at is null order by seq limit 1000)")
                    .setParameter(1, before).executeUpdate());
            total += n;
        } while (n == 1000);
        return total;
    }

    @Scheduled(every = "${fiscal.outbox.retention-interval:1h}", delay = 1, delayUnit = java.util.concurrent.TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        try {
            int n = purge(Instant.now());
            if (n > 0) {
                LOG.debugf("outbox retention: %d sent rows older than %s deleted", n, retention);
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox retention: %s", e.getMessage());
        }
    }
}
