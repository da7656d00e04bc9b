package org.fiscaldisclosure.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.infra.KafkaAccess;
import org.fiscaldisclosure.infra.LocalInfra;
import org.fiscaldisclosure.infra.SampleLoader;
import org.fiscaldisclosure.infra.Suite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The four packaged services (java -jar, as deployed) on one real PostgreSQL and one real Kafka broker: parts written
 * to the producers' REST APIs reach the assembled disclosure through Kafka, also when the broker was down.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteEndToEndIT {

    static final String UNIT = "110102-SWD";
    static RunningSuite running;
    static Path root;
    static LocalInfra infra;
    static Suite suite;

    @BeforeAll
    static void start() {
        running = RunningSuite.start("service-logs");
        root = running.root();
        infra = running.infra();
        suite = running.suite();
        Http.bearer = suite.tokens().allRoles();
    }

    @AfterAll
    static void stop() {
        Http.bearer = null;
        if (running != null) {
            running.close();
        }
    }

    static String disclosureUrl() {
        return suite.baseUrl(Suite.DISCLOSURE) + "/api/v1/disclosures/" + UNIT + "/2024";
    }

    static String partUrl(Suite.Service owner, String part) {
        return suite.baseUrl(owner) + "/api/v1/" + part + "/" + UNIT + "/2024";
    }

    static BigDecimal wan(JsonNode yuan) {
        return yuan.decimalValue().divide(BigDecimal.valueOf(10_000), 2, java.math.RoundingMode.HALF_UP);
    }

    @Test
    @Order(1)
    void theSampleLoadedThroughTheProducersIsAssembledWithTheSeedsFigures() {
        SampleLoader.load(suite, root.resolve("sample"), UNIT, 2024);
        String body = SampleLoader.awaitComplete(suite, UNIT, 2024, Duration.ofSeconds(60));
        assertFalse(body.isEmpty());
    }

    @Test
    @Order(2)
    void theAssembledDisclosureCarriesTheSeedsHeadlineFigures() throws Exception {
        JsonNode d = Http.get(disclosureUrl()).body();
        assertEquals("COMPLETE", d.get("completeness").asText());
        assertEquals("中共北京市西城区委社会工作部", d.get("unitName").asText());
        JsonNode h = d.get("headline");
        assertEquals(new BigDecimal("358.64"), wan(h.get("grandIncomeTotal")));
        assertEquals(new BigDecimal("8.52"), wan(h.get("basicExpenditure")));
        assertEquals(new BigDecimal("350.12"), wan(h.get("projectExpenditure")));
        assertEquals(new BigDecimal("19.53"), wan(h.get("procurementTotal")));
        assertEquals(new BigDecimal("19.53"), wan(h.get("smeAwards")));
        assertEquals(new BigDecimal("19.53"), wan(h.get("smallMicroAwards")));
        assertEquals(new BigDecimal("21.67"), wan(h.get("purchasedServicesTotal")));
        assertEquals(98, h.get("departmentScore").asInt());
        assertEquals(9, d.at("/parts/performance/part/projects").size());
        assertEquals(1, d.at("/revisions/statements").asInt());

        JsonNode listing = Http.get(suite.baseUrl(Suite.DISCLOSURE) + "/api/v1/disclosures?year=2024&region=110102").body();
        assertEquals(UNIT, listing.at("/items/0/unitCode").asText());
        assertEquals("COMPLETE", listing.at("/items/0/completeness").asText());
    }

    @Test
    @Order(3)
    void aChangedFigurePutToAProducerShowsInTheDisclosure() throws Exception {
        ObjectNode part = (ObjectNode) Http.JSON.readTree(Files.readString(root.resolve("sample/110102-SWD/2024/performance.json")));
        part.with("department").put("score", 97);
        EventCounts before = EventCounts.read(infra, suite);
        long t0 = System.nanoTime();
        Http.Reply put = Http.put(partUrl(Suite.PERFORMANCE, "performance"), part.toString());
        assertEquals(200, put.status());
        assertEquals("\"2\"", put.etag());
        JsonNode d = Http.await(disclosureUrl(), j -> j.at("/revisions/performance").asInt() == 2, Duration.ofSeconds(30));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("[e2e] PUT to disclosure visible in " + millis + " ms");
        assertEquals(97, d.at("/headline/departmentScore").asInt());
        assertCounts(before, new EventCounts(1, 1, 1, 0, 1, 0, 0, 0));
    }

    /**
     * Waits until the counts since {@code before} are exactly {@code expected} (the relay stamps a row sent after
     * the broker's ack, possibly just after the consumer applied it), then asserts it: one more or one less fails.
     */
    static void assertCounts(EventCounts before, EventCounts expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        EventCounts since = EventCounts.read(infra, suite).since(before);
        while (!since.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            since = EventCounts.read(infra, suite).since(before);
        }
        Thread.sleep(1_000); // and nothing more arrives
        since = EventCounts.read(infra, suite).since(before);
        System.out.println("[e2e] counts " + since);
        assertEquals(expected, since);
    }

    @Test
    @Order(4)
    void aWriteWhileTheBrokerIsDownSucceedsAndArrivesWhenItIsBack() throws Exception {
        ObjectNode part = (ObjectNode) Http.JSON.readTree(Files.readString(root.resolve("sample/110102-SWD/2024/procurement.json")));
        part.with("purchasedServices").put("total", new BigDecimal("216700.00"));
        EventCounts before = EventCounts.read(infra, suite);
        infra.kafka().stop();
        try {
            Http.Reply put = Http.put(partUrl(Suite.PROCUREMENT, "procurement"), part.toString());
            assertEquals(200, put.status(), String.valueOf(put.body()));
            assertEquals(2, put.body().get("revision").asInt());
            Thread.sleep(1_000);
            assertEquals(1, Http.get(disclosureUrl()).body().at("/revisions/procurement").asInt());
        } finally {
            infra.kafka().restart();
        }
        JsonNode d = Http.await(disclosureUrl(), j -> j.at("/revisions/procurement").asInt() == 2, Duration.ofSeconds(90));
        assertEquals(new BigDecimal("21.67"), wan(d.at("/headline/purchasedServicesTotal")));
        assertEquals(0, d.at("/headline/purchasedServicesTotal").decimalValue().compareTo(new BigDecimal("216700.00")));
        // produced once, applied once, nothing lost, nothing twice
        assertCounts(before, new EventCounts(1, 1, 1, 0, 1, 0, 0, 0));
    }

    @Test
    @Order(5)
    void aDisclosureServiceKilledMidStreamConvergesToTheContentOfACleanReplay() throws Exception {
        ObjectNode part = (ObjectNode) Http.JSON.readTree(Files.readString(root.resolve("sample/110102-SWD/2024/performance.json")));
        String url = partUrl(Suite.PERFORMANCE, "performance");
        int first = Http.get(url).body().get("revision").asInt();
        EventCounts before = EventCounts.read(infra, suite);
        int writes = 12;
        for (int i = 1; i <= writes; i++) {
            part.with("department").put("problems", "第" + i + "次修改");
            assertEquals(200, Http.put(url, part.toString()).status());
            if (i == writes / 2) {
                suite.service(Suite.DISCLOSURE).kill(); // SIGKILL, as a crash would
            }
        }
        suite.service(Suite.DISCLOSURE).start();
        int last = first + writes;
        Http.await(disclosureUrl(), j -> j.at("/revisions/performance").asInt() == last, Duration.ofSeconds(90));
        String publication = suite.baseUrl(Suite.DISCLOSURE) + "/api/v1/disclosures/" + UNIT + "/2024/publication";
        String afterCrash = Http.get(publication).body().get("contentHash").asText();
        // the restarted process's counters start from zero, so the exact counts are the databases' and the topics':
        // twelve produced, twelve records, twelve distinct events consumed, none parked
        EventCounts crash = EventCounts.read(infra, suite).since(before);
        assertEquals(List.of(12L, 12L, 12L, 0L), List.of(crash.sentByProducers(), crash.partTopicRecords(),
                crash.consumedDistinct(), crash.parkedRows()), crash.toString());
        EventCounts beforeRebuild = EventCounts.read(infra, suite);

        Http.Reply rebuild = Http.post(suite.baseUrl(Suite.DISCLOSURE) + "/api/v1/disclosures/admin/rebuild");
        assertEquals(202, rebuild.status());
        // the replay reads every record of the three part topics once, in order, so each one is applied
        long records = beforeRebuild.partTopicRecords();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        EventCounts rebuilt = EventCounts.read(infra, suite);
        while (rebuilt.consumedDistinct() < records && System.nanoTime() < deadline) {
            Thread.sleep(200);
            rebuilt = EventCounts.read(infra, suite);
        }
        Thread.sleep(1_000);
        rebuilt = EventCounts.read(infra, suite);
        assertEquals(records, rebuilt.consumedDistinct(), rebuilt.toString());
        assertEquals(records, rebuilt.applied() - beforeRebuild.applied(), rebuilt.toString());
        assertEquals(List.of(0L, 0L, 0L), List.of(rebuilt.stale() - beforeRebuild.stale(),
                rebuilt.duplicate() - beforeRebuild.duplicate(), rebuilt.parkedRows()), rebuilt.toString());
        assertEquals(afterCrash, Http.get(publication).body().get("contentHash").asText());
        assertEquals("第" + writes + "次修改", Http.get(disclosureUrl()).body().at("/parts/performance/part/department/problems").asText());
    }

    @Test
    @Order(6)
    void anEventResentAfterARelayCrashBetweenAckAndMarkIsAbsorbed() throws Exception {
        EventCounts counts = EventCounts.read(infra, suite);
        JsonNode before = Http.get(disclosureUrl()).body();
        // the crash: the broker acknowledged every statements event, but the relay never stamped them sent
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(infra.postgres().jdbcUrl("statements"),
                org.fiscaldisclosure.infra.PostgresServer.USER, "");
             java.sql.Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("update outbox_event set sent_at = null where subject = '" + UNIT + "/2024'"));
        }
        // sent again: one more record on the topic, recognised as a duplicate, nothing applied
        assertCounts(counts, new EventCounts(0, 1, 0, 0, 0, 0, 1, 0));
        JsonNode after = Http.get(disclosureUrl()).body();
        assertEquals(before.get("revisions"), after.get("revisions"));
        assertEquals(before.get("headline"), after.get("headline"));
    }

    /**
     * A revision's JSON with its segments put back, as a consumer reads it: {@code {"$segment": h}} in an array is the
     * segment {@code h}; {@code {"$chunks": [h, …]}} is the concatenation of those arrays.
     */
    static com.fasterxml.jackson.databind.JsonNode joined(com.fasterxml.jackson.databind.JsonNode node,
                                                          java.util.Map<String, byte[]> segments) throws java.io.IOException {
        if (node.isObject() && node.size() == 1 && node.get("$segment") != null) {
            byte[] s = segments.get(node.get("$segment").asText());
            assertTrue(s != null, "segment " + node.get("$segment").asText() + " was sent");
            return joined(Http.JSON.readTree(s), segments);
        }
        if (node.isObject() && node.size() == 1 && node.get("$chunks") != null) {
            com.fasterxml.jackson.databind.node.ArrayNode all = Http.JSON.createArrayNode();
            for (com.fasterxml.jackson.databind.JsonNode h : node.get("$chunks")) {
                byte[] s = segments.get(h.asText());
                assertTrue(s != null, "chunk " + h.asText() + " was sent");
                Http.JSON.readTree(s).forEach(all::add);
            }
            return all;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode out = Http.JSON.createArrayNode();
            for (com.fasterxml.jackson.databind.JsonNode e : node) {
                out.add(joined(e, segments));
            }
            return out;
        }
        if (node.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode out = Http.JSON.createObjectNode();
            var fields = node.fields();
            while (fields.hasNext()) {
                var f = fields.next();
                out.set(f.getKey(), joined(f.getValue(), segments));
            }
            return out;
        }
        return node;
    }

    @Test
    @Order(7)
    void everyEventTheProducersSentValidatesAgainstItsPublishedSchema() throws Exception {
        java.util.Map<String, Object> cfg = infra.kafka().clientSettings(KafkaAccess.TEST_CLIENT);
        cfg.put("group.id", "schema-check-" + java.util.UUID.randomUUID());
        cfg.put("auto.offset.reset", "earliest");
        java.util.Map<String, com.networknt.schema.JsonSchema> schemas = new java.util.HashMap<>();
        int checked = 0;
        java.util.List<String> invalid = new java.util.ArrayList<>();
        java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> received = new java.util.ArrayList<>();
        try (org.apache.kafka.clients.consumer.KafkaConsumer<String, String> c = new org.apache.kafka.clients.consumer.KafkaConsumer<>(
                cfg, new org.apache.kafka.common.serialization.StringDeserializer(), new org.apache.kafka.common.serialization.StringDeserializer())) {
            c.subscribe(java.util.List.of("fiscal.statements.v1", "fiscal.procurement.v1", "fiscal.performance.v1"));
            long quietSince = System.currentTimeMillis();
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline && (received.isEmpty() || System.currentTimeMillis() - quietSince < 3_000)) {
                for (org.apache.kafka.clients.consumer.ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(300))) {
                    quietSince = System.currentTimeMillis();
                    received.add(r);
                }
            }
        }
        // a revision travels as a manifest and its segments (docs/messaging.md): each segment is checked as sent, each
        // revision as a consumer reads it, with its segments joined in
        java.util.Map<String, byte[]> segments = new java.util.HashMap<>();
        for (var r : received) {
            if (r.key().contains("/")) {
                segments.put(r.key().substring(r.key().indexOf('/') + 1), r.value().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        for (var r : received) {
            String type = new String(r.headers().lastHeader("ce_type").value(), java.nio.charset.StandardCharsets.UTF_8);
            com.networknt.schema.JsonSchema schema = schemas.computeIfAbsent(type, t -> {
                try {
                    return com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012,
                                    b -> b.schemaMappers(m -> m.mapPrefix("https://fiscal-disclosure.org/events/",
                                            root.resolve("api-specs/events").toUri().toString())))
                            .getSchema(Files.readString(root.resolve("api-specs/events/" + t + ".schema.json")));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            com.fasterxml.jackson.databind.JsonNode payload = Http.JSON.readTree(r.value());
            if (!r.key().contains("/")) {
                payload = joined(payload, segments);
            }
            var errors = schema.validate(payload);
            if (!errors.isEmpty()) {
                invalid.add(type + "@" + r.offset() + ": " + errors);
            }
            if (!r.key().contains("/")) {
                checked++;
            }
        }
        assertEquals(java.util.List.of(), invalid);
        // the sample's three parts, the changed performance part and twelve more revisions, the procurement change
        assertTrue(checked >= 3 + 1 + 12 + 1, "events checked: " + checked);
    }

    @Test
    @Order(8)
    void unreadableEventsAreParkedCountedAndListedWhileOtherKeysGoOn() throws Exception {
        EventCounts before = EventCounts.read(infra, suite);
        String otherUnit = "110102-BAD" + Long.toHexString(System.nanoTime()).toUpperCase();
        String key = otherUnit + ":2024";
        String good = Http.get(partUrl(Suite.STATEMENTS, "final-accounts")).body().toString();
        String badJson = produce(key, "fiscal.statements.part.revised.v1", "{\"unitCode\": ");
        String unknownType = produce(key, "fiscal.statements.part.deleted.v9", good.replace(UNIT, otherUnit));
        ObjectNode invalid = (ObjectNode) Http.JSON.readTree(good.replace(UNIT, otherUnit));
        invalid.put("revision", 0);
        String failsValidation = produce(key, "fiscal.statements.part.revised.v1", invalid.toString());
        // meanwhile the sample's unit goes on: a real write through the producer
        ObjectNode part = (ObjectNode) Http.JSON.readTree(Files.readString(root.resolve("sample/110102-SWD/2024/performance.json")));
        part.with("department").put("problems", "坏事件之后的修改");
        int revision = Http.put(partUrl(Suite.PERFORMANCE, "performance"), part.toString()).body().get("revision").asInt();
        Http.await(disclosureUrl(), j -> j.at("/revisions/performance").asInt() == revision, Duration.ofSeconds(30));

        // three records written by hand and one by the relay; one applied, three parked, none lost
        assertCounts(before, new EventCounts(1, 4, 1, 3, 1, 0, 0, 3));
        JsonNode parked = Http.get(suite.baseUrl(Suite.DISCLOSURE) + "/api/v1/disclosures/parked-events?size=100").body();
        Map<String, String> reasons = new java.util.HashMap<>();
        parked.forEach(p -> reasons.put(p.get("ceId").asText(), p.get("reason").asText()));
        assertTrue(reasons.get(badJson).contains("payload is not a valid"), reasons.toString());
        assertTrue(reasons.get(unknownType).contains("unknown ce_type"), reasons.toString());
        assertTrue(reasons.get(failsValidation).contains("lacks"), reasons.toString());
        assertEquals(404, Http.get(suite.baseUrl(Suite.DISCLOSURE) + "/api/v1/disclosures/" + otherUnit + "/2024").status());
    }

    /**
     * Writes a record to the statements topic by hand, as a broken producer would (the tests' principal, which may
     * write the part topics); returns its ce_id.
     */
    static String produce(String key, String type, String payload) throws Exception {
        String id = java.util.UUID.randomUUID().toString();
        try (org.apache.kafka.clients.producer.KafkaProducer<String, String> p = new org.apache.kafka.clients.producer.KafkaProducer<>(
                infra.kafka().clientSettings(KafkaAccess.TEST_CLIENT),
                new org.apache.kafka.common.serialization.StringSerializer(), new org.apache.kafka.common.serialization.StringSerializer())) {
            var r = new org.apache.kafka.clients.producer.ProducerRecord<>("fiscal.statements.v1", key, payload);
            for (String[] h : new String[][] {{"ce_specversion", "1.0"}, {"ce_id", id}, {"ce_source", "/broken-producer"},
                    {"ce_type", type}, {"content-type", "application/json"}}) {
                r.headers().add(h[0], h[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            p.send(r).get();
        }
        return id;
    }

    @Test
    @Order(9)
    void anIndependentConsumerSeesTheEventsWithTheirCloudEventsHeaders() throws Exception {
        // what docs/events.md shows with kcat, read with the Apache Kafka client alone as the tests' principal: Debian's
        // kcat (librdkafka 2.0.2) cannot authenticate with a Kafka 4 broker, which needs librdkafka 2.6.1 or later
        Map<String, Object> cfg = new java.util.HashMap<>(infra.kafka().clientSettings(KafkaAccess.TEST_CLIENT));
        cfg.put(org.apache.kafka.clients.consumer.ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        cfg.put(org.apache.kafka.clients.consumer.ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> lines = new java.util.ArrayList<>();
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, String>(cfg,
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.StringDeserializer())) {
            var partitions = consumer.partitionsFor("fiscal.performance.v1").stream()
                    .map(i -> new org.apache.kafka.common.TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<org.apache.kafka.common.TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                for (var r : consumer.poll(Duration.ofMillis(500))) {
                    StringBuilder headers = new StringBuilder();
                    for (var h : r.headers()) {
                        headers.append(headers.isEmpty() ? "" : ",").append(h.key()).append('=')
                                .append(new String(h.value(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                    lines.add(r.key() + " " + headers + " " + r.value());
                }
            }
        }
        List<String> unit = lines.stream().filter(l -> l.startsWith(UNIT + ":2024 ")).toList();
        int revisions = Http.get(partUrl(Suite.PERFORMANCE, "performance")).body().get("revision").asInt();
        JsonNode lastPayload = null;
        int revisionEvents = 0;
        String last = null;
        for (String line : unit) {
            String headers = line.substring(0, line.indexOf(" {"));
            if (headers.contains("ce_type=fiscal.performance.part.revised.v1")) {
                revisionEvents++;
                last = line;
                lastPayload = Http.JSON.readTree(line.substring(headers.length() + 1));
            }
        }
        assertEquals(revisions, revisionEvents, "one revision event per revision of the sample's performance part");
        String headers = last.substring(0, last.indexOf(" {"));
        for (String header : List.of("ce_specversion=1.0", "ce_type=fiscal.performance.part.revised.v1",
                "ce_source=/performance-service", "ce_subject=" + UNIT + "/2024", "content-type=application/json")) {
            assertTrue(headers.contains(header), header + " in " + headers);
        }
        assertEquals(revisions, lastPayload.get("revision").asInt());
        System.out.println("[e2e] independent consumer: " + last.substring(0, Math.min(300, last.length())) + "…");
    }
}
