package org.fiscaldisclosure.disclosure.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.disclosure.messaging.ReadModelWriter;
import org.fiscaldisclosure.platform.kafka.KafkaClientSettings;
import org.fiscaldisclosure.platform.messaging.Backoff;
import org.fiscaldisclosure.platform.messaging.ConsumerLoop;
import org.fiscaldisclosure.platform.messaging.Failures;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * Builds the read model from the three part topics. The records of a poll are read (parsed and checked) on the
 * consumer thread and applied in one transaction on a writer thread (only the newest revision of each part written,
 * duplicates and stale revisions recognised and counted as one by one would), while the consumer thread reads the
 * next poll; a poll's offsets are committed only after its database commit, and before the next poll is applied:
 * at-least-once delivery and the idempotent record of events seen lose nothing and apply nothing twice. A record that
 * can never be read is parked and the others go on. When a batch fails, its records are applied one by one, each in
 * its own transaction; a record that fails for a passing reason (the database away) is retried from the same offset.
 */
@ApplicationScoped
public class PartEventConsumer {

    private static final Logger LOG = Logger.getLogger(PartEventConsumer.class);
    private static final int MAX_ATTEMPTS = 5;

    @Inject
    PartEventReader reader;

    @Inject
    ReadModelWriter writer;

    @Inject
    MeterRegistry registry;

    @Inject
    KafkaClientSettings kafka;

    @ConfigProperty(name = "fiscal.consumer.group-id", defaultValue = "disclosure-service")
    String groupId;

    @ConfigProperty(name = "fiscal.topics.partitions", defaultValue = "3")
    int partitions;

    @ConfigProperty(name = "fiscal.topics.replication-factor", defaultValue = "1")
    short replicationFactor;

    /** How long a poll waits for records: while a batch is being written, briefly, then the batch is finished. */
    private static final Duration IDLE = Duration.ofMillis(500);
    private static final Duration WHILE_WRITING = Duration.ofMillis(20);

    /** A poll's records handed to the writer thread, their offsets not committed yet. */
    private record Pending(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, List<PolledRecord>> polled,
                           Future<Map<ReadModelWriter.Outcome, Integer>> applied) {
    }

    private final AtomicReference<CompletableFuture<Void>> rebuild = new AtomicReference<>();
    private final Map<TopicPartition, Integer> attempts = new HashMap<>();
    private final Backoff backoff = new Backoff();
    /** Writes one poll's transaction while the consumer thread reads the next poll (the two use different cores). */
    private final ExecutorService writerThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "read-model-writer");
        t.setDaemon(true);
        return t;
    });
    /** The poll being written; touched by the consumer thread only. */
    private Pending pending;
    private ConsumerLoop loop;

    void start(@Observes StartupEvent event) {
        loop = new ConsumerLoop("part-event-consumer", kafka.properties(), groupId,
                List.of(PartKind.STATEMENTS.topic(), PartKind.PROCUREMENT.topic(), PartKind.PERFORMANCE.topic()),
                partitions, replicationFactor, this::poll);
        loop.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (loop != null) {
            loop.stop();
        }
        writerThread.shutdown();
        writerThread.awaitTermination(10, TimeUnit.SECONDS);
    }

    /**
     * Rebuilds the read model from the compacted part topics alone: the consumer clears what it derived from them
     * (parts, the record of events seen, parked events) and reads every topic again from its beginning. The future
     * completes when the replay has started; the model converges as the consumer catches up.
     *
     * <p>Only one instance may do it: the consumer replays the partitions assigned to it, and another instance of the
     * service in the consumer group would neither replay its partitions nor stop writing while the tables are cleared.
     * So the rebuild is refused (409) while the group has another member; scale the service to one instance first.
     */
    public CompletableFuture<Void> requestRebuild() {
        int members = groupMembers();
        if (members > 1) {
            throw severalInstances("消费组 " + groupId + " 有 " + members + " 个成员：重建只能在只有一个实例时进行（先把本服务缩为一个实例）");
        }
        CompletableFuture<Void> request = new CompletableFuture<>();
        CompletableFuture<Void> pending = rebuild.compareAndExchange(null, request);
        return pending != null ? pending : request;
    }

    /** The members of the consumer group now (this instance's consumer among them once it has joined). */
    private int groupMembers() {
        try (Admin admin = Admin.create(kafka.properties())) {
            return admin.describeConsumerGroups(List.of(groupId)).all().get(10, TimeUnit.SECONDS).get(groupId).members().size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new ProblemException(Problem.of(503, "broker-unavailable", "消息服务不可用",
                    "无法查询消费组 " + groupId + "：" + e.getMessage(), List.of()));
        }
    }

    private static ProblemException severalInstances(String detail) {
        return new ProblemException(Problem.of(409, "rebuild-with-several-instances", "重建须在单实例下进行", detail,
                List.of(new FieldError("instances", detail))));
    }

    private void startRebuildIfRequested(KafkaConsumer<String, byte[]> c) {
        CompletableFuture<Void> request = rebuild.get();
        if (request == null || c.assignment().isEmpty()) {
            return; // nothing asked, or partitions not assigned yet: the next poll assigns them
        }
        try {
            // checked again on the consumer's own thread, just before anything is cleared: another instance that
            // joined since the request (or was not seen by it) holds some of the partitions
            Set<TopicPartition> every = new HashSet<>();
            for (PartKind kind : PartKind.values()) {
                c.partitionsFor(kind.topic()).forEach(p -> every.add(new TopicPartition(p.topic(), p.partition())));
            }
            if (!c.assignment().containsAll(every)) {
                request.completeExceptionally(severalInstances("本实例只分到 " + c.assignment().size() + " / " + every.size()
                        + " 个分区：消费组 " + groupId + " 还有其他实例，重建只能在只有一个实例时进行（先把本服务缩为一个实例）"));
                return;
            }
            writer.clearDerivedState();
            c.seekToBeginning(c.assignment());
            LOG.infof("read model rebuild: replaying %s from the beginning", c.assignment());
            request.complete(null);
        } catch (RuntimeException e) {
            request.completeExceptionally(e);
        } finally {
            rebuild.set(null);
        }
    }

    private void poll(KafkaConsumer<String, byte[]> c) {
        if (rebuild.get() != null) {
            finishPending(c);
            startRebuildIfRequested(c);
        }
        ConsumerRecords<String, byte[]> records = c.poll(pending != null ? WHILE_WRITING : IDLE);
        Map<TopicPartition, List<PolledRecord>> polled = read(records); // meanwhile the previous poll is being written
        Set<TopicPartition> rewound = finishPending(c);
        polled.keySet().removeAll(rewound); // read again from the record that failed, on the next poll
        if (!polled.isEmpty()) {
            List<PolledRecord> batch = polled.values().stream().flatMap(List::stream).toList();
            pending = new Pending(c, polled, writerThread.submit(() -> {
                Map<ReadModelWriter.Outcome, Integer> outcomes = writer.apply(batch);
                count(outcomes); // after the commit
                return outcomes;
            }));
        }
    }

    /** Reads (parses and checks) every record of a poll once, by partition in record order. */
    private Map<TopicPartition, List<PolledRecord>> read(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, List<PolledRecord>> polled = new LinkedHashMap<>();
        for (TopicPartition tp : records.partitions()) {
            polled.put(tp, records.records(tp).stream().map(r -> PolledRecord.read(reader, r)).toList());
        }
        polled.values().stream().flatMap(List::stream).filter(r -> !r.readable() && !r.isSegment()).forEach(r -> LOG.warnf(
                "parking event %s-%d@%d: %s", r.record().topic(), r.record().partition(), r.record().offset(), r.unreadable()));
        return polled;
    }

    /**
     * Waits for the poll handed to the writer thread and commits its offsets; when its transaction failed, applies its
     * records one by one.
     *
     * @return the partitions sought back to a record that failed (their later records, already polled, are dropped)
     */
    private Set<TopicPartition> finishPending(KafkaConsumer<String, byte[]> c) {
        Pending p = pending;
        if (p == null) {
            return Set.of();
        }
        pending = null;
        try {
            p.applied().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Set.of(); // not committed: the records come again and are recognised as duplicates
        } catch (ExecutionException e) {
            if (p.consumer() != c) {
                return Set.of(); // a new consumer since (reconnected): it reads them again from the committed offsets
            }
            LOG.warnf("a batch of %d part events failed (%s); applying them one by one",
                    p.polled().values().stream().mapToInt(List::size).sum(), e.getCause().toString());
            return applyOneByOne(c, p.polled());
        }
        if (p.consumer() == c) {
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            p.polled().forEach((tp, list) -> done.put(tp, new OffsetAndMetadata(list.get(list.size() - 1).record().offset() + 1)));
            attempts.keySet().removeAll(done.keySet());
            c.commitSync(done);
        }
        return Set.of();
    }

    /**
     * The fallback when a batch fails: each record in its own transaction, so one that cannot be applied holds up only
     * its partition; commits what was applied and returns the partitions sought back to a record to retry.
     */
    private Set<TopicPartition> applyOneByOne(KafkaConsumer<String, byte[]> c, Map<TopicPartition, List<PolledRecord>> polled) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        Set<TopicPartition> rewound = new HashSet<>();
        for (Map.Entry<TopicPartition, List<PolledRecord>> e : polled.entrySet()) {
            TopicPartition tp = e.getKey();
            for (PolledRecord record : e.getValue()) {
                if (!handle(tp, record)) {
                    c.seek(tp, record.record().offset()); // retry from here on the next poll
                    rewound.add(tp);
                    ConsumerLoop.sleep(500);
                    break;
                }
                done.put(tp, new OffsetAndMetadata(record.record().offset() + 1));
            }
        }
        if (!done.isEmpty()) {
            c.commitSync(done);
        }
        return rewound;
    }

    /**
     * Returns false when the record should be retried later: a passing failure (the database away) is retried for as
     * long as it lasts, with a growing pause; any other failure is retried a few times, then the record is parked.
     */
    private boolean handle(TopicPartition tp, PolledRecord record) {
        try {
            count(writer.apply(List.of(record)));
        } catch (RuntimeException e) {
            ConsumerRecord<String, byte[]> r = record.record();
            if (Failures.isPassing(e)) {
                LOG.warnf("part event %s-%d@%d: %s; retrying", r.topic(), r.partition(), r.offset(), e.toString());
                ConsumerLoop.sleep(backoff.next());
                return false;
            }
            int n = attempts.merge(tp, 1, Integer::sum);
            if (n < MAX_ATTEMPTS) {
                LOG.warnf("part event %s-%d@%d failed (attempt %d): %s", r.topic(), r.partition(), r.offset(), n, e.toString());
                return false;
            }
            if (!park(r, "failed " + n + " times: " + Failures.describe(e))) {
                return false;
            }
        }
        attempts.remove(tp);
        backoff.reset();
        return true;
    }

    private void count(Map<ReadModelWriter.Outcome, Integer> outcomes) {
        outcomes.forEach((outcome, n) -> {
            if (n > 0) {
                registry.counter("fiscal.consumer.events", "outcome", outcome.name().toLowerCase()).increment(n);
            }
        });
    }

    /** Parks a record; false when even that failed for a passing reason (then the record is retried). */
    private boolean park(ConsumerRecord<String, byte[]> record, String reason) {
        LOG.warnf("parking event %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason);
        try {
            if (writer.park(record, reason)) {
                registry.counter("fiscal.consumer.events", "outcome", "parked").increment();
            }
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("parking event %s-%d@%d failed: %s", record.topic(), record.partition(), record.offset(), e.toString());
            return false;
        }
    }

}
