package org.fiscaldisclosure.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.fiscaldisclosure.infra.KafkaAccess;
import org.fiscaldisclosure.infra.LocalInfra;
import org.fiscaldisclosure.infra.PostgresServer;

/**
 * What the suite has stored and sent: row counts of every table a request could write (revisions, heads, audit,
 * outbox, inbound, explanations, approvals, versions, files, read model) in the four databases, and the end offsets
 * of every topic. Two snapshots that are equal mean nothing was stored and nothing was sent.
 */
final class HostileState implements AutoCloseable {

    static final Map<String, List<String>> TABLES = Map.of(
            "statements", List.of("part_head", "part_revision", "audit_entry", "outbox_event", "inbound_seen"),
            "procurement", List.of("part_head", "part_revision", "audit_entry", "outbox_event", "inbound_seen"),
            "performance", List.of("part_head", "part_revision", "audit_entry", "outbox_event", "inbound_seen"),
            "disclosure", List.of("disclosure", "disclosure_part", "explanation", "approval", "disclosure_version",
                    "rendered_file", "audit_entry", "outbox_event", "parked_event"));

    private final Map<String, Connection> connections = new LinkedHashMap<>();
    private final Admin admin;

    HostileState(LocalInfra infra) throws SQLException {
        for (String db : TABLES.keySet()) {
            connections.put(db, DriverManager.getConnection(infra.postgres().jdbcUrl(db), PostgresServer.USER, ""));
        }
        admin = Admin.create(infra.kafka().clientSettings(KafkaAccess.TEST_CLIENT));
    }

    /** Row counts by database.table. */
    Map<String, Long> rows() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Connection> db : connections.entrySet()) {
            List<String> tables = TABLES.get(db.getKey());
            String sql = "select " + tables.stream().map(t -> "(select count(*) from " + t + ")").collect(Collectors.joining(", "));
            try (Statement s = db.getValue().createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                for (int i = 0; i < tables.size(); i++) {
                    counts.put(db.getKey() + "." + tables.get(i), r.getLong(i + 1));
                }
            }
        }
        return counts;
    }

    /** The end offset of every partition of every fiscal.* topic. */
    Map<String, Long> offsets() throws Exception {
        Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                .filter(t -> t.startsWith("fiscal.")).collect(Collectors.toSet());
        Map<TopicPartition, OffsetSpec> request = new LinkedHashMap<>();
        admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).forEach((name, d) ->
                d.partitions().forEach(p -> request.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        Map<String, Long> offsets = new java.util.TreeMap<>();
        admin.listOffsets(request).all().get(10, TimeUnit.SECONDS).forEach((tp, info) ->
                offsets.put(tp.toString(), info.offset()));
        return offsets;
    }

    /** What differs between two snapshots, as "key: before → after". */
    static List<String> differences(Map<String, Long> before, Map<String, Long> after) {
        List<String> diff = new ArrayList<>();
        Set<String> keys = new java.util.TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String k : keys) {
            if (!java.util.Objects.equals(before.get(k), after.get(k))) {
                diff.add(k + ": " + before.get(k) + " → " + after.get(k));
            }
        }
        return diff;
    }

    @Override
    public void close() throws Exception {
        admin.close();
        for (Connection c : connections.values()) {
            c.close();
        }
    }
}
