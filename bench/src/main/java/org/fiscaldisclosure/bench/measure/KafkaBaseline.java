package org.fiscaldisclosure.bench.measure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.fiscaldisclosure.contracts.event.CloudEventHeaders;

/**
 * The broker baselines, with a plain Kafka client on the same broker: (1) the same bytes the producers' relays sent
 * (each stored document with the same key and CloudEvents headers) produced to a topic of the same shape (3
 * partitions) with {@code acks=all} and idempotence, as the relay, but the client's default batching; and (2) a plain
 * consumer reading topics from the beginning to their end offsets, decoding nothing.
 */
public final class KafkaBaseline {

    /** Records moved and how long it took. */
    public record Result(long records, long bytes, double seconds) {
        public double perSecond() {
            return records / seconds;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    /** Bootstrap servers and the login of the principal the baseline runs as. */
    private final Map<String, Object> clientSettings;
    private final StoredRevisions stored;

    public KafkaBaseline(Map<String, Object> clientSettings, SuiteDatabases dbs) {
        this.clientSettings = Map.copyOf(clientSettings);
        this.stored = new StoredRevisions(dbs);
    }

    /** Produces the revision-1 events of units {@code from}..{@code to} again to {@code topic}; only sending is timed. */
    public Result produce(String topic, int from, int to) {
        ensureTopic(topic);
        Map<String, Object> cfg = new HashMap<>(clientSettings);
        cfg.put(ProducerConfig.ACKS_CONFIG, "all");
        cfg.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        cfg.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-baseline");
        // compressed as the relays compress (the same bytes on the broker's disk)
        cfg.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, org.fiscaldisclosure.contracts.event.MessageLimits.COMPRESSION);
        AtomicLong nanos = new AtomicLong();
        AtomicLong records = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(cfg, new StringSerializer(), new ByteArraySerializer())) {
            stored.forEachChunk(from, to, 500, rows -> {
                List<ProducerRecord<String, byte[]>> batch = new ArrayList<>(rows.size());
                for (StoredRevisions.Row r : rows) {
                    byte[] value = r.document().getBytes(StandardCharsets.UTF_8);
                    ProducerRecord<String, byte[]> rec = new ProducerRecord<>(topic, r.unitCode() + ":" + r.year(), value);
                    rec.headers()
                            .add(new RecordHeader(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.bytes(CloudEventHeaders.SPEC_VERSION_1_0)))
                            .add(new RecordHeader(CloudEventHeaders.ID, CloudEventHeaders.bytes(UUID.randomUUID().toString())))
                            .add(new RecordHeader(CloudEventHeaders.SOURCE, CloudEventHeaders.bytes(r.kind().source())))
                            .add(new RecordHeader(CloudEventHeaders.TYPE, CloudEventHeaders.bytes(r.kind().eventType())))
                            .add(new RecordHeader(CloudEventHeaders.SUBJECT, CloudEventHeaders.bytes(r.unitCode() + "/" + r.year())))
                            .add(new RecordHeader(CloudEventHeaders.TIME, CloudEventHeaders.bytes(
                                    DateTimeFormatter.ISO_INSTANT.format(r.revisedAt().toInstant()))))
                            .add(new RecordHeader(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.bytes(CloudEventHeaders.JSON)));
                    batch.add(rec);
                    bytes.addAndGet(value.length);
                }
                long t0 = System.nanoTime();
                List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
                for (ProducerRecord<String, byte[]> rec : batch) {
                    acks.add(producer.send(rec));
                }
                producer.flush();
                for (java.util.concurrent.Future<?> f : acks) {
                    try {
                        f.get();
                    } catch (Exception e) {
                        throw new IllegalStateException("baseline produce: " + e, e);
                    }
                }
                nanos.addAndGet(System.nanoTime() - t0);
                records.addAndGet(batch.size());
            });
        }
        return new Result(records.get(), bytes.get(), nanos.get() / 1e9);
    }

    /** Reads every record of {@code topics} from the beginning to the end offsets as of the start. */
    public Result consume(Set<String> topics) {
        Map<String, Object> cfg = new HashMap<>(clientSettings);
        cfg.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        cfg.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        cfg.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-baseline-consumer");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(cfg, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String t : topics) {
                for (PartitionInfo p : consumer.partitionsFor(t)) {
                    partitions.add(new TopicPartition(t, p.partition()));
                }
            }
            long t0 = System.nanoTime();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long records = 0;
            long bytes = 0;
            while (!reached(consumer, end)) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    records++;
                    bytes += r.serializedValueSize();
                }
            }
            return new Result(records, bytes, (System.nanoTime() - t0) / 1e9);
        }
    }

    private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void ensureTopic(String topic) {
        try (Admin admin = Admin.create(clientSettings)) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("baseline topic " + topic + ": " + e, e);
        }
    }
}
