package org.fiscaldisclosure.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.fiscaldisclosure.infra.KafkaAccess;
import org.fiscaldisclosure.infra.LocalInfra;
import org.fiscaldisclosure.infra.PostgresServer;
import org.fiscaldisclosure.infra.Suite;

/**
 * What the event path did, counted where it cannot be miscounted: events produced (outbox rows the producers' relays
 * marked sent, and records on the three part topics), events the disclosure-service consumed (its {@code consumed_event}
 * rows: one per distinct event, written in the same transaction as the effect), parked events (its
 * {@code parked_event} rows), and the consumer's outcome counters (applied, stale, duplicate, parked) from its
 * Prometheus metrics, which restart from zero with the process.
 */
record EventCounts(long sentByProducers, long partTopicRecords, long consumedDistinct, long parkedRows,
                   long applied, long stale, long duplicate, long parkedMetric) {

    static final List<String> PART_TOPICS = List.of("fiscal.statements.v1", "fiscal.procurement.v1", "fiscal.performance.v1");

    static EventCounts read(LocalInfra infra, Suite suite) throws Exception {
        // revision events only: the segments of large revisions (docs/messaging.md) are counted apart and left out
        long sent = 0;
        long segments = 0;
        for (Suite.Service producer : List.of(Suite.STATEMENTS, Suite.PROCUREMENT, Suite.PERFORMANCE)) {
            sent += count(infra, producer.database(), "select count(*) from outbox_event where sent_at is not null "
                    + "and type <> 'fiscal.part.segment.v1'");
            segments += count(infra, producer.database(), "select count(*) from outbox_event where sent_at is not null "
                    + "and type = 'fiscal.part.segment.v1'");
        }
        String metrics = Http.text(suite.baseUrl(Suite.DISCLOSURE) + "/q/metrics");
        return new EventCounts(sent, topicRecords(infra) - segments,
                count(infra, Suite.DISCLOSURE.database(), "select count(*) from consumed_event"),
                count(infra, Suite.DISCLOSURE.database(), "select count(*) from parked_event"),
                outcome(metrics, "applied"), outcome(metrics, "stale"), outcome(metrics, "duplicate"), outcome(metrics, "parked"));
    }

    /** This snapshot minus an earlier one. */
    EventCounts since(EventCounts before) {
        return new EventCounts(sentByProducers - before.sentByProducers, partTopicRecords - before.partTopicRecords,
                consumedDistinct - before.consumedDistinct, parkedRows - before.parkedRows, applied - before.applied,
                stale - before.stale, duplicate - before.duplicate, parkedMetric - before.parkedMetric);
    }

    static long count(LocalInfra infra, String database, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(infra.postgres().jdbcUrl(database), PostgresServer.USER, "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The sum of the end offsets of the three part topics: every record ever written to them (nothing compacts here). */
    static long topicRecords(LocalInfra infra) {
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(infra.kafka().clientSettings(KafkaAccess.TEST_CLIENT),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = PART_TOPICS.stream()
                    .flatMap(t -> c.partitionsFor(t, java.time.Duration.ofSeconds(10)).stream())
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            return c.endOffsets(partitions, java.time.Duration.ofSeconds(10)).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The disclosure-service's count of part events with this outcome. */
    static long outcome(String prometheus, String outcome) {
        for (String line : prometheus.split("\n")) {
            if (line.startsWith("fiscal_consumer_events_total{") && line.contains("outcome=\"" + outcome + "\"")) {
                return (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }
}
