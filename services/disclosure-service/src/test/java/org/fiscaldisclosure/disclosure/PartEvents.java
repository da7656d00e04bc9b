package org.fiscaldisclosure.disclosure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.eclipse.microprofile.config.ConfigProvider;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.infra.TestKafka;

/**
 * Plays the three producers in tests: sends part revisions to the real broker as binary-mode CloudEvents. A test class
 * holds one in a static field ({@code static final PartEvents events = new PartEvents();}); its Kafka producer is made
 * at the first send, once the application and its broker run, and closed when the test JVM exits.
 */
final class PartEvents {

    static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Object> settings;
    private KafkaProducer<String, byte[]> producer;

    PartEvents() {
        this(Map.of());
    }

    private PartEvents(Map<String, Object> settings) {
        this.settings = Map.copyOf(settings);
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            // the tests' principal, the one allowed to write the part topics besides their producers (forged on purpose)
            Map<String, Object> cfg = TestKafka.testClient();
            cfg.putAll(settings);
            cfg.put("acks", "all");
            KafkaProducer<String, byte[]> made = new KafkaProducer<>(cfg, new StringSerializer(), new ByteArraySerializer());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> made.close(Duration.ofSeconds(5)), "part-events-close"));
            producer = made;
        }
        return producer;
    }

    /**
     * A producer that holds its records until {@link #sendTogether}: the records of one partition then go to the
     * broker as one record batch, which the broker appends at once, so the consumer receives them in one poll.
     */
    static PartEvents batching() {
        return new PartEvents(Map.of("linger.ms", 60_000, "batch.size", 4 << 20, "compression.type", "lz4"));
    }

    /** A record as {@link #send} would send it. */
    static ProducerRecord<String, byte[]> record(PartKind kind, String unit, String payload, String id, String type) {
        return record(kind, unit, 2024, payload, id, type);
    }

    /** A record of the fiscal year given (its key and subject name that year). */
    static ProducerRecord<String, byte[]> record(PartKind kind, String unit, int year, String payload, String id, String type) {
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(kind.topic(), unit + ":" + year,
                payload == null ? null : payload.getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(id)).add("ce_source", bytes(kind.source()))
                .add("ce_type", bytes(type)).add("ce_subject", bytes(unit + "/" + year))
                .add("ce_time", bytes("2026-11-28T10:00:00Z")).add("content-type", bytes("application/json"));
        return r;
    }

    /** Sends the records at once (see {@link #batching}) and waits for the broker's acknowledgements. */
    void sendTogether(List<ProducerRecord<String, byte[]>> records) throws Exception {
        List<Future<RecordMetadata>> acks = records.stream().map(producer()::send).toList();
        producer().flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
    }

    /** The partition of {@code kind}'s topic that a unit's events go to (the producer's partitioner for the key). */
    int partitionOf(PartKind kind, String unit) {
        int partitions = producer().partitionsFor(kind.topic()).size();
        return Utils.toPositive(Utils.murmur2((unit + ":2024").getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    static String sampleFile(PartKind kind) {
        return "../../sample/110102-SWD/2024/" + kind.path() + ".json";
    }

    /** A payload of {@code kind} for the unit, revision and content given (the sample's content when null). */
    static String payload(PartKind kind, String unit, long revision, ObjectNode part) throws Exception {
        ObjectNode p = JSON.createObjectNode();
        p.put("unitCode", unit);
        p.put("fiscalYear", 2024);
        p.put("revision", revision);
        p.put("revisedAt", "2026-11-28T10:00:0" + (revision % 10) + "Z");
        p.set("part", part != null ? part : sample(kind));
        p.set("headline", JSON.createObjectNode().put(kind.key() + "Revision", revision));
        p.set("validation", JSON.readTree("{\"fatal\":0,\"warning\":0,\"info\":0,\"findings\":[]}"));
        return JSON.writeValueAsString(p);
    }

    static ObjectNode sample(PartKind kind) throws Exception {
        return (ObjectNode) JSON.readTree(Files.readString(Path.of(sampleFile(kind))));
    }

    String send(PartKind kind, String unit, String payload) throws Exception {
        return send(kind, unit, payload, UUID.randomUUID().toString(), kind.eventType());
    }

    /** Sends a payload of the fiscal year given. */
    String send(PartKind kind, String unit, int year, String payload) throws Exception {
        String id = UUID.randomUUID().toString();
        producer().send(record(kind, unit, year, payload, id, kind.eventType())).get();
        return id;
    }

    String send(PartKind kind, String unit, String payload, String id, String type) throws Exception {
        producer().send(record(kind, unit, payload, id, type)).get();
        return id;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
