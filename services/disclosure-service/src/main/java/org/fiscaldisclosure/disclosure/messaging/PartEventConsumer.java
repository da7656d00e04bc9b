package org.fiscaldisclosure.disclosure.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.disclosure.service.ReadModelWriter;
import org.fiscaldisclosure.support.messaging.ConsumerLoop;
import org.jboss.logging.Logger;

/**
 * Builds the read model from the three part topics. Each record is applied in its own transaction; offsets are
 * committed only after the database commit. A record that can never be read is parked and the others go on; a
 * record that fails for a passing reason (the database away) is retried from the same offset.
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

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "fiscal.consumer.group-id", defaultValue = "disclosure-service")
    String groupId;

    @ConfigProperty(name = "fiscal.topics.partitions", defaultValue = "3")
    int partitions;

    @ConfigProperty(name = "fiscal.topics.replication-factor", defaultValue = "1")
    short replicationFactor;

    private final AtomicReference<CompletableFuture<Void>> rebuild = new AtomicReference<>();
    private final Map<TopicPartition, Integer> attempts = new HashMap<>();
    private ConsumerLoop loop;

    void start(@Observes StartupEvent event) {
        loop = new ConsumerLoop("part-event-consumer", bootstrapServers, groupId,
                List.of(PartKind.STATEMENTS.topic(), PartKind.PROCUREMENT.topic(), PartKind.PERFORMANCE.topic()),
                partitions, replicationFactor, this::poll);
        loop.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (loop != null) {
            loop.stop();
        }
    }

    /**
     * Rebuilds the read model from the compacted part topics alone: the consumer clears what it derived from them
     * (parts, the record of events seen, parked events) and reads every topic again from its beginning. The future
     * completes when the replay has started; the model converges as the consumer catches up.
     */
    public CompletableFuture<Void> requestRebuild() {
        CompletableFuture<Void> request = new CompletableFuture<>();
        CompletableFuture<Void> pending = rebuild.compareAndExchange(null, request);
        return pending != null ? pending : request;
    }

    private void startRebuildIfRequested(KafkaConsumer<String, byte[]> c) {
        CompletableFuture<Void> request = rebuild.get();
        if (request == null || c.assignment().isEmpty()) {
            return; // nothing asked, or partitions not assigned yet: the next poll assigns them
        }
        try {
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
        startRebuildIfRequested(c);
        ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(500));
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        for (TopicPartition tp : records.partitions()) {
            for (ConsumerRecord<String, byte[]> record : records.records(tp)) {
                if (!handle(record)) {
                    c.seek(tp, record.offset()); // retry from here on the next poll
                    ConsumerLoop.sleep(500);
                    break;
                }
                done.put(tp, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        if (!done.isEmpty()) {
            c.commitSync(done);
        }
    }

    /** Returns false when the record should be retried later. */
    private boolean handle(ConsumerRecord<String, byte[]> record) {
        TopicPartition tp = new TopicPartition(record.topic(), record.partition());
        try {
            IncomingPartEvent event = reader.read(record);
            ReadModelWriter.Outcome outcome = writer.apply(event);
            registry.counter("fiscal.consumer.events", "outcome", outcome.name().toLowerCase()).increment();
        } catch (UnreadableEventException e) {
            park(record, e.getMessage());
        } catch (RuntimeException e) {
            int n = attempts.merge(tp, 1, Integer::sum);
            if (n < MAX_ATTEMPTS) {
                LOG.warnf("part event %s-%d@%d failed (attempt %d): %s", record.topic(), record.partition(), record.offset(), n, e.toString());
                return false;
            }
            park(record, "failed " + n + " times: " + e);
        }
        attempts.remove(tp);
        return true;
    }

    private void park(ConsumerRecord<String, byte[]> record, String reason) {
        LOG.warnf("parking event %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason);
        if (writer.park(record, reason)) {
            registry.counter("fiscal.consumer.events", "outcome", "parked").increment();
        }
    }

}
