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
        root = running.root;
        infra = running.infra;
        suite = running.suite;
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
        long t0 = System.nanoTime();
        Http.Reply put = Http.put(partUrl(Suite.PERFORMANCE, "performance"), part.toString());
        assertEquals(200, put.status());
        assertEquals("\"2\"", put.etag());
        JsonNode d = Http.await(disclosureUrl(), j -> j.at("/revisions/performance").asInt() == 2, Duration.ofSeconds(30));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("[e2e] PUT to disclosure visible in " + millis + " ms");
        assertEquals(97, d.at("/headline/departmentScore").asInt());
    }

    @Test
    @Order(4)
    void aWriteWhileTheBrokerIsDownSucceedsAndArrivesWhenItIsBack() throws Exception {
        ObjectNode part = (ObjectNode) Http.JSON.readTree(Files.readString(root.resolve("sample/110102-SWD/2024/procurement.json")));
        part.with("purchasedServices").put("total", new BigDecimal("216700.00"));
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
    }

    @Test
    @Order(5)
    void aDisclosureServiceKilledMidStreamConvergesToTheContentOfACleanReplay() throws Exception {
        ObjectNode part = (ObjectNode) Http.JSON.readTree(Files.readString(root.resolve("sample/110102-SWD/2024/performance.json")));
        String url = partUrl(Suite.PERFORMANCE, "performance");
        int first = Http.get(url).body().get("revision").asInt();
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

        Http.Reply rebuild = Http.post(suite.baseUrl(Suite.DISCLOSURE) + "/api/v1/disclosures/admin/rebuild");
        assertEquals(202, rebuild.status());
        Http.await(disclosureUrl(), j -> j.at("/revisions/performance").asInt() == last
                && j.at("/revisions/statements").asInt() >= 1 && j.at("/revisions/procurement").asInt() >= 1, Duration.ofSeconds(90));
        assertEquals(afterCrash, Http.await(publication, j -> j.has("contentHash"), Duration.ofSeconds(30)).get("contentHash").asText());
        assertEquals("第" + writes + "次修改", Http.get(disclosureUrl()).body().at("/parts/performance/part/department/problems").asText());
    }

    @Test
    @Order(6)
    void anEventResentAfterARelayCrashBetweenAckAndMarkIsAbsorbed() throws Exception {
        String metrics = suite.baseUrl(Suite.DISCLOSURE) + "/q/metrics";
        double duplicatesBefore = counter(Http.text(metrics), "duplicate");
        JsonNode before = Http.get(disclosureUrl()).body();
        // the crash: the broker acknowledged every statements event, but the relay never stamped them sent
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(infra.postgres().jdbcUrl("statements"),
                org.fiscaldisclosure.infra.PostgresServer.USER, "");
             java.sql.Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("update outbox_event set sent_at = null where subject = '" + UNIT + "/2024'"));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        double duplicatesAfter = duplicatesBefore;
        while (duplicatesAfter < duplicatesBefore + 1 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            duplicatesAfter = counter(Http.text(metrics), "duplicate");
        }
        assertEquals(duplicatesBefore + 1, duplicatesAfter, 0.0);
        JsonNode after = Http.get(disclosureUrl()).body();
        assertEquals(before.get("revisions"), after.get("revisions"));
        assertEquals(before.get("headline"), after.get("headline"));
    }

    /** The disclosure-service's count of part events by outcome, from its Prometheus metrics. */
    static double counter(String prometheus, String outcome) {
        for (String line : prometheus.split("\n")) {
            if (line.startsWith("fiscal_consumer_events_total{") && line.contains("outcome=\"" + outcome + "\"")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    @Test
    @Order(7)
    void everyEventTheProducersSentValidatesAgainstItsPublishedSchema() throws Exception {
        java.util.Map<String, Object> cfg = new java.util.HashMap<>();
        cfg.put("bootstrap.servers", infra.kafka().bootstrapServers());
        cfg.put("group.id", "schema-check-" + java.util.UUID.randomUUID());
        cfg.put("auto.offset.reset", "earliest");
        java.util.Map<String, com.networknt.schema.JsonSchema> schemas = new java.util.HashMap<>();
        int checked = 0;
        java.util.List<String> invalid = new java.util.ArrayList<>();
        try (org.apache.kafka.clients.consumer.KafkaConsumer<String, String> c = new org.apache.kafka.clients.consumer.KafkaConsumer<>(
                cfg, new org.apache.kafka.common.serialization.StringDeserializer(), new org.apache.kafka.common.serialization.StringDeserializer())) {
            c.subscribe(java.util.List.of("fiscal.statements.v1", "fiscal.procurement.v1", "fiscal.performance.v1"));
            long quietSince = System.currentTimeMillis();
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline && (checked == 0 || System.currentTimeMillis() - quietSince < 3_000)) {
                for (org.apache.kafka.clients.consumer.ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(300))) {
                    quietSince = System.currentTimeMillis();
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
                    var errors = schema.validate(Http.JSON.readTree(r.value()));
                    if (!errors.isEmpty()) {
                        invalid.add(type + "@" + r.offset() + ": " + errors);
                    }
                    checked++;
                }
            }
        }
        assertEquals(java.util.List.of(), invalid);
        // the sample's three parts, the changed performance part and twelve more revisions, the procurement change
        assertTrue(checked >= 3 + 1 + 12 + 1, "events checked: " + checked);
    }
}
