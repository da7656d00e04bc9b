package org.fiscaldisclosure.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fiscaldisclosure.contracts.event.CloudEventHeaders;
import org.jboss.logging.Logger;

/**
 * Sends the outbox to Kafka: unsent rows in {@code seq} order, as CloudEvents in binary mode, keyed by aggregate,
 * with an idempotent producer ({@code acks=all}); a row is stamped sent only after the broker acknowledged it and
 * every row before it. One relay works at a time (a PostgreSQL advisory lock), so order holds with several
 * instances. When Kafka is down, rows wait and nothing is lost; a resend after a crash is absorbed by the
 * consumers' de-duplication on the CloudEvents id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long LOCK_ID = 7_344_231_001L;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "fiscal.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "fiscal.topics.partitions", defaultValue = "3")
    int partitions;

    @ConfigProperty(name = "fiscal.topics.replication-factor", defaultValue = "1")
    short replicationFactor;

    private Producer<String, byte[]> producer;
    private final Set<String> ensuredTopics = new HashSet<>();
    private boolean brokerDown;
    private Counter sent;
    private final ExecutorService kicker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean kickPending = new AtomicBoolean();

    /** Wakes the relay as soon as a transaction that wrote to the outbox has committed. */
    void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Written written) {
        if (kickPending.compareAndSet(false, true)) {
            kicker.execute(() -> {
                kickPending.set(false);
                tick();
            });
        }
    }

    synchronized void register() {
        if (sent == null) {
            sent = registry.counter("fiscal.outbox.sent");
            Gauge.builder("fiscal.outbox.pending", this, r -> r.pendingCount()).register(registry);
        }
    }

    /** Events waiting for the broker; -1 while the database cannot be asked. */
    private long pendingCount() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("sentAt is null"));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The sweep: sends whatever is waiting (after an outage, or rows no commit woke the relay for). */
    @Scheduled(every = "${fiscal.outbox.relay-interval:1s}", delay = 1, delayUnit = TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        register();
        try {
            int n;
            do {
                n = relayBatch();
            } while (n == batchSize);
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay: %s", e.getMessage());
        }
    }

    /** Sends one batch; returns how many rows were stamped sent. */
    public synchronized int relayBatch() {
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(" + LOCK_ID + ")").getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            List<OutboxEvent> batch = OutboxEvent.find("sentAt is null order by seq").page(0, batchSize).list();
            if (batch.isEmpty()) {
                return 0;
            }
            int acknowledged = send(batch);
            Instant now = Instant.now();
            for (int i = 0; i < acknowledged; i++) {
                batch.get(i).sentAt = now;
            }
            return acknowledged;
        });
    }

    /** Sends the rows in order; returns the length of the prefix the broker acknowledged. */
    private int send(List<OutboxEvent> batch) {
        Producer<String, byte[]> p = producer();
        if (p == null) {
            return 0;
        }
        List<Future<RecordMetadata>> futures = new ArrayList<>(batch.size());
        try {
            for (OutboxEvent e : batch) {
                ensureTopic(e.topic);
                futures.add(p.send(record(e)));
            }
        } catch (RuntimeException ex) {
            outage(ex);
        }
        int acknowledged = 0;
        for (Future<RecordMetadata> f : futures) {
            try {
                f.get(30, TimeUnit.SECONDS);
                acknowledged++;
            } catch (ExecutionException | TimeoutException ex) {
                outage(ex.getCause() != null ? ex.getCause() : ex);
                break;
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (acknowledged > 0) {
            sent.increment(acknowledged);
            if (brokerDown) {
                LOG.info("outbox relay: broker reachable again, sending");
                brokerDown = false;
            }
        }
        return acknowledged;
    }

    static ProducerRecord<String, byte[]> record(OutboxEvent e) {
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(e.topic, e.key, e.payload.getBytes(StandardCharsets.UTF_8));
        r.headers()
                .add(new RecordHeader(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.bytes(CloudEventHeaders.SPEC_VERSION_1_0)))
                .add(new RecordHeader(CloudEventHeaders.ID, CloudEventHeaders.bytes(e.id.toString())))
                .add(new RecordHeader(CloudEventHeaders.SOURCE, CloudEventHeaders.bytes(e.source)))
                .add(new RecordHeader(CloudEventHeaders.TYPE, CloudEventHeaders.bytes(e.type)))
                .add(new RecordHeader(CloudEventHeaders.SUBJECT, CloudEventHeaders.bytes(e.subject)))
                .add(new RecordHeader(CloudEventHeaders.TIME, CloudEventHeaders.bytes(DateTimeFormatter.ISO_INSTANT.format(e.createdAt))))
                .add(new RecordHeader(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.bytes(CloudEventHeaders.JSON)));
        return r;
    }

    private void outage(Throwable cause) {
        if (!brokerDown) {
            LOG.warnf("outbox relay: Kafka unavailable (%s); events wait in the outbox", cause.toString());
            brokerDown = true;
        }
        closeProducer();
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> cfg = new HashMap<>();
            cfg.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            cfg.put(ProducerConfig.ACKS_CONFIG, "all");
            cfg.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            cfg.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            cfg.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            cfg.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
            cfg.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
            cfg.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
            cfg.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
            cfg.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
            producer = new KafkaProducer<>(cfg, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private void ensureTopic(String topic) {
        if (ensuredTopics.contains(topic)) {
            return;
        }
        TopicAdmin.ensureCompacted(bootstrapServers, topic, partitions, replicationFactor);
        ensuredTopics.add(topic);
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        kicker.shutdownNow();
        closeProducer();
    }
}
