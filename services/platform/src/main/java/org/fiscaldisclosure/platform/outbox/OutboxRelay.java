package org.fiscaldisclosure.platform.outbox;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fiscaldisclosure.contracts.event.CloudEventHeaders;
import org.fiscaldisclosure.contracts.event.MessageLimits;
import org.fiscaldisclosure.platform.kafka.KafkaClientSettings;
import org.jboss.logging.Logger;

/**
 * Sends the outbox to Kafka: unsent rows in {@code seq} order, as CloudEvents in binary mode, keyed by aggregate,
 * with an idempotent, compressing producer ({@code acks=all}); a row is stamped sent only after the broker
 * acknowledged it and every row before it. One relay works at a time, whatever the number of instances of the
 * service on the database: each batch is read, sent and stamped in a transaction that first takes the advisory lock
 * {@link #LEADER_LOCK} ({@code pg_try_advisory_xact_lock}); an instance that does not get it sends nothing and tries
 * again at its next sweep, so while one instance sends the others wait, and when it stops (or its connection is lost)
 * the lock goes with its transaction and the next instance to sweep sends from the first unsent row on. The order
 * holds across instances because a batch is read only once the lock is held, after the previous holder committed. A row the broker can never accept (too large for the topic, refused as invalid) is parked
 * with its reason ({@link DeliveryFailures}) and the rows after it go on; when Kafka is down or answers with a passing
 * error, rows wait, nothing is lost, and the relay tries again after a growing pause (1 s doubling to 30 s, or at the
 * next commit). A resend after a crash is absorbed by the consumers' de-duplication on the CloudEvents id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The PostgreSQL advisory lock held by the transaction of the relay sending a batch (one sender per database). */
    public static final long LEADER_LOCK = 7_344_231_001L;
    private static final long MAX_BACKOFF_MS = 30_000;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    @Inject
    KafkaClientSettings kafka;

    @ConfigProperty(name = "fiscal.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "fiscal.topics.partitions", defaultValue = "3")
    int partitions;

    @ConfigProperty(name = "fiscal.topics.replication-factor", defaultValue = "1")
    short replicationFactor;

    private Producer<String, byte[]> producer;
    private final Set<String> ensuredTopics = new HashSet<>();
    private boolean brokerDown;
    private long failures;
    private long nextAttemptAt;
    private Counter sent;
    private Counter parked;
    private final ExecutorService kicker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean kickPending = new AtomicBoolean();

    /** What became of one row of a batch. */
    private enum Delivery { SENT, PARKED, RETRY }

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
            parked = registry.counter("fiscal.outbox.parked");
            Gauge.builder("fiscal.outbox.pending", this, r -> r.pendingCount()).register(registry);
            Gauge.builder("fiscal.outbox.parked.rows", this, r -> r.parkedCount()).register(registry);
        }
    }

    /** Events waiting for the broker; -1 while the database cannot be asked. */
    private long pendingCount() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("sentAt is null and parkedAt is null"));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** Events parked because the broker can never accept them; -1 while the database cannot be asked. */
    private long parkedCount() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("parkedAt is not null"));
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

    /** Sends one batch; returns how many rows were stamped sent or parked (0 while waiting after a failure). */
    public synchronized int relayBatch() {
        register();
        if (System.currentTimeMillis() < nextAttemptAt) {
            return 0;
        }
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(" + LEADER_LOCK + ")").getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            List<OutboxEvent> batch = OutboxEvent.find("sentAt is null and parkedAt is null order by seq")
                    .page(0, batchSize).list();
            if (batch.isEmpty()) {
                return 0;
            }
            List<Delivery> outcome = send(batch);
            Instant now = Instant.now();
            int handled = 0;
            for (int i = 0; i < outcome.size() && outcome.get(i) != Delivery.RETRY; i++) {
                OutboxEvent e = batch.get(i);
                if (outcome.get(i) == Delivery.SENT) {
                    e.sentAt = now;
                } else {
                    e.parkedAt = now;
                    parked.increment();
                }
                handled++;
            }
            return handled;
        });
    }

    /**
     * Sends the rows in order and waits for the broker's answers; the outcome of each row up to the first that must be
     * retried (rows after it are sent again later, and their duplicates absorbed by the consumers).
     */
    private List<Delivery> send(List<OutboxEvent> batch) {
        List<Delivery> outcome = new ArrayList<>(batch.size());
        Producer<String, byte[]> p = producer();
        List<Future<RecordMetadata>> futures = new ArrayList<>(batch.size());
        try {
            for (OutboxEvent e : batch) {
                byte[] value = e.payload.getBytes(StandardCharsets.UTF_8);
                if (value.length > MessageLimits.MAX_RECORD_BYTES) {
                    futures.add(null); // parked below without asking the broker
                    continue;
                }
                ensureTopic(e.topic);
                futures.add(p.send(record(e, value, partitionOf(p, e))));
            }
        } catch (RuntimeException ex) {
            // the broker is unreachable (topic creation, metadata): what was handed over is still waited for below
            outage(ex);
        }
        for (int i = 0; i < futures.size(); i++) {
            OutboxEvent e = batch.get(i);
            Future<RecordMetadata> f = futures.get(i);
            if (f == null) {
                park(e, "记录 " + e.payload.getBytes(StandardCharsets.UTF_8).length + " 字节，超过上限 "
                        + MessageLimits.MAX_RECORD_BYTES + " 字节");
                outcome.add(Delivery.PARKED);
                continue;
            }
            try {
                f.get(30, TimeUnit.SECONDS);
                outcome.add(Delivery.SENT);
            } catch (ExecutionException ex) {
                Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
                if (DeliveryFailures.isPermanent(cause)) {
                    park(e, cause.toString());
                    outcome.add(Delivery.PARKED);
                    continue;
                }
                outage(cause);
                break;
            } catch (TimeoutException ex) {
                outage(ex);
                break;
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        long ok = outcome.stream().filter(d -> d == Delivery.SENT).count();
        if (ok > 0) {
            sent.increment(ok);
        }
        if (outcome.size() == batch.size() || ok > 0) {
            recovered();
        }
        return outcome;
    }

    private void park(OutboxEvent e, String reason) {
        LOG.warnf("outbox relay: parking event %s (%s %s): %s", e.id, e.topic, e.subject, reason);
        e.parkReason = reason.length() > 2_000 ? reason.substring(0, 2_000) : reason;
    }

    /** The partition of the row's partition key, as the default partitioner would choose it for that key; or null. */
    private static Integer partitionOf(Producer<String, byte[]> p, OutboxEvent e) {
        if (e.partitionKey == null) {
            return null;
        }
        int n = p.partitionsFor(e.topic).size();
        return Utils.toPositive(Utils.murmur2(e.partitionKey.getBytes(StandardCharsets.UTF_8))) % n;
    }

    static ProducerRecord<String, byte[]> record(OutboxEvent e, byte[] value, Integer partition) {
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(e.topic, partition, e.key, value);
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

    /** A passing failure: the producer is closed and the next attempt waits 1 s, doubling to 30 s. */
    private void outage(Throwable cause) {
        if (!brokerDown) {
            LOG.warnf("outbox relay: Kafka unavailable (%s); events wait in the outbox", cause.toString());
            brokerDown = true;
        }
        failures++;
        nextAttemptAt = System.currentTimeMillis() + Math.min(MAX_BACKOFF_MS, 1_000L << Math.min(failures - 1, 15));
        closeProducer();
    }

    private void recovered() {
        if (brokerDown) {
            LOG.info("outbox relay: broker reachable again, sending");
            brokerDown = false;
        }
        failures = 0;
        nextAttemptAt = 0;
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> cfg = kafka.properties();
            cfg.put(ProducerConfig.ACKS_CONFIG, "all");
            cfg.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            cfg.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            cfg.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            cfg.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, MessageLimits.COMPRESSION);
            cfg.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MessageLimits.MAX_MESSAGE_BYTES);
            cfg.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 4L * MessageLimits.MAX_MESSAGE_BYTES);
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
        TopicAdmin.ensureCompacted(kafka.properties(), topic, partitions, replicationFactor);
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
