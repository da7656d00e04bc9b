package org.fiscaldisclosure.statements;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.fiscaldisclosure.contracts.event.Topics;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.infra.LocalInfra;
import org.fiscaldisclosure.infra.TestKafka;
import org.fiscaldisclosure.platform.outbox.Outbox;
import org.fiscaldisclosure.platform.outbox.OutboxEvent;
import org.fiscaldisclosure.platform.outbox.OutboxRelay;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay on the real broker: nothing is lost while Kafka is down, the order of revisions holds, and a record
 * the broker refuses for good is parked with its reason while the records after it are sent.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "statements"))
class OutboxRelayTest {

    @Inject
    Outbox outbox;

    @Test
    void aRecordTheBrokerRefusesIsParkedWithItsReasonAndTheEventsAfterItAreSent() throws Exception {
        String smallTopic = "fiscal.test.small-records." + UUID.randomUUID();
        try (Admin admin = Admin.create(TestKafka.testClient())) {
            admin.createTopics(List.of(new NewTopic(smallTopic, 1, (short) 1).configs(Map.of("max.message.bytes", "2000"))))
                    .all().get(10, TimeUnit.SECONDS);
        }
        // random text does not compress below the topic's 2,000 bytes
        byte[] noise = new byte[15_000];
        new Random(7).nextBytes(noise);
        String payload = "\"" + Base64.getEncoder().encodeToString(noise) + "\"";
        OutboxEvent refused = QuarkusTransaction.requiringNew().call(() -> outbox.add(smallTopic, "k", "fiscal.test.v1",
                "/test", "refused/1", payload, Instant.now()));

        String unit = FinalAccountsResourceTest.unit();
        given().contentType(ContentType.JSON).body(FinalAccountsResourceTest.sample()).put(FinalAccountsResourceTest.url(unit))
                .then().statusCode(201);

        long deadline = System.currentTimeMillis() + 60_000;
        OutboxEvent after;
        do {
            Thread.sleep(200);
            after = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("subject", unit + "/2024").firstResult());
        } while (after.sentAt == null && System.currentTimeMillis() < deadline);
        assertTrue(after.sentAt != null, "the event written after the refused one is sent");
        OutboxEvent parked = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>findById(refused.seq));
        assertTrue(parked.parkedAt != null && parked.sentAt == null, "the refused record is parked, not sent");
        assertTrue(parked.parkReason.contains("RecordTooLargeException"), parked.parkReason);

        JsonPath health = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertEquals("UP", health.getString("status"), "a parked record does not take the service out of rotation");
        assertTrue(health.getInt("checks.find { it.name == 'outbox' }.data.parked") >= 1);
        assertTrue(health.getString("checks.find { it.name == 'outbox' }.data.'parked." + refused.id + "'").contains(smallTopic));
    }

    @Test
    void writesWhileKafkaIsDownAreStoredAndSentInOrderWhenItIsBack() throws Exception {
        String unit = FinalAccountsResourceTest.unit();
        String url = FinalAccountsResourceTest.url(unit);
        LocalInfra.shared().kafka().stop();
        try {
            for (int i = 1; i <= 3; i++) {
                String body = FinalAccountsResourceTest.sample().replace("\"duties\": \"", "\"duties\": \"" + i);
                given().contentType(ContentType.JSON).body(body).put(url).then().statusCode(i == 1 ? 201 : 200);
            }
            Thread.sleep(1_500);
            assertEquals(3, OutboxEvent.count("subject = ?1 and sentAt is null", unit + "/2024"));
        } finally {
            LocalInfra.shared().kafka().restart();
        }

        List<Integer> revisions = new ArrayList<>();
        Map<String, Object> cfg = TestKafka.testClient();
        cfg.put("group.id", "test-" + UUID.randomUUID());
        cfg.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(cfg, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.STATEMENTS));
            long deadline = System.currentTimeMillis() + 60_000;
            while (revisions.size() < 3 && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    if (r.key().equals(unit + ":2024")) {
                        String json = r.value();
                        revisions.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("revision").asInt());
                        assertTrue(new String(r.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8).length() == 36);
                    }
                }
            }
        }
        assertEquals(List.of(1, 2, 3), revisions);
        assertEquals(0, OutboxEvent.count("subject = ?1 and sentAt is null", unit + "/2024"));
    }

    /**
     * Another instance of the service on the same database, in the middle of sending a batch, holds the relay's lock:
     * this instance sends nothing meanwhile (one sender, so the order of the topic is the order of the outbox); when
     * that instance stops, its transaction ends with its connection and this one sends what waited.
     */
    @Test
    void whileAnotherInstanceSendsThisOneWaitsAndTakesOverWhenThatOneStops() throws Exception {
        String unit = FinalAccountsResourceTest.unit();
        String subject = unit + "/2024";
        java.sql.Connection otherInstance = java.sql.DriverManager.getConnection(
                ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class),
                ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        try {
            otherInstance.setAutoCommit(false);
            try (java.sql.Statement s = otherInstance.createStatement()) {
                s.execute("select pg_advisory_xact_lock(" + OutboxRelay.LEADER_LOCK + ")");
            }
            given().contentType(ContentType.JSON).body(FinalAccountsResourceTest.sample())
                    .put(FinalAccountsResourceTest.url(unit)).then().statusCode(201);
            Thread.sleep(3_000); // the commit's wake-up and two sweeps of this instance's relay
            assertEquals(0, OutboxEvent.count("subject = ?1 and sentAt is not null", subject),
                    "nothing is sent while the other instance's relay holds the lock");
            assertTrue(OutboxEvent.count("subject = ?1 and sentAt is null", subject) >= 1, "the revision's event waits");
        } finally {
            otherInstance.close(); // the other instance stops: its transaction and its lock end with its connection
        }
        long deadline = System.currentTimeMillis() + 60_000;
        while (OutboxEvent.count("subject = ?1 and sentAt is null", subject) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(0, OutboxEvent.count("subject = ?1 and sentAt is null", subject), "this instance took over and sent it");
        assertTrue(OutboxEvent.count("subject = ?1 and sentAt is not null", subject) >= 1);
    }
}
