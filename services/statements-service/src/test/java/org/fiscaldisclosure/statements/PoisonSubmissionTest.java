package org.fiscaldisclosure.statements;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.fiscaldisclosure.contracts.event.Topics;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.infra.KafkaAccess;
import org.fiscaldisclosure.platform.messaging.ParkedRecord;
import org.junit.jupiter.api.Test;

/**
 * Submissions on the inbound topic that can never be applied (unreadable, absurd numbers, oversized or missing
 * CloudEvents attributes) are answered as rejected or parked with their reason, and never hold up the submissions
 * after them on the same partition.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "statements"))
class PoisonSubmissionTest {

    private static final String TYPE = "fiscal.statements.part.submitted.v1";

    /** Sends a submission keyed like the unit's others (so all go to one partition); a null id or source is left out. */
    private static void send(String unit, String id, String source, String body) throws Exception {
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(InboundSubmissionTest.config(), new StringSerializer(),
                new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> r = new ProducerRecord<>(Topics.inbound(KafkaAccess.BUDGET_PLATFORM), unit + ":2024", body.getBytes(StandardCharsets.UTF_8));
            r.headers().add("ce_specversion", "1.0".getBytes()).add("ce_type", TYPE.getBytes())
                    .add("ce_subject", (unit + "/2024").getBytes()).add("content-type", "application/json".getBytes());
            if (id != null) {
                r.headers().add("ce_id", id.getBytes());
            }
            if (source != null) {
                r.headers().add("ce_source", source.getBytes(StandardCharsets.UTF_8));
            }
            p.send(r).get();
        }
    }

    private static long parked(String column, String value) {
        return QuarkusTransaction.requiringNew().call(() -> ParkedRecord.count(column, value));
    }

    @Test
    void poisonSubmissionsAreRejectedOrParkedAndTheNextOneIsAppliedExactlyOnce() throws Exception {
        String unit = FinalAccountsResourceTest.unit();
        String sample = FinalAccountsResourceTest.sample();
        String hugeNumber = UUID.randomUUID().toString();
        String notJson = UUID.randomUUID().toString();
        String longSource = UUID.randomUUID().toString();
        String noSource = UUID.randomUUID().toString();
        String good = UUID.randomUUID().toString();

        send(unit, hugeNumber, "/budget-platform", sample.replace("\"amount\": 3586400.0", "\"amount\": 1e99999999999"));
        send(unit, notJson, "/budget-platform", "{not json");
        send(unit, longSource, "/" + "x".repeat(8_000), sample);
        send(unit, noSource, null, sample);
        send(unit, null, "/budget-platform", sample); // no id: cannot be answered, only parked
        send(unit, good, "/budget-platform", sample);

        List<ConsumerRecord<String, String>> answer = InboundSubmissionTest.replies(good, 1);
        assertEquals(1, answer.size(), "the submission after the poison ones is answered once");
        assertEquals("fiscal.inbound.accepted.v1", InboundSubmissionTest.type(answer.get(0)));
        given().get(FinalAccountsResourceTest.url(unit)).then().statusCode(200).body("revision", equalTo(1));

        for (String id : List.of(hugeNumber, notJson)) {
            List<ConsumerRecord<String, String>> rejected = InboundSubmissionTest.replies(id, 1);
            assertEquals(1, rejected.size(), "answered once: " + id);
            assertEquals("fiscal.inbound.rejected.v1", InboundSubmissionTest.type(rejected.get(0)));
            int status = InboundSubmissionTest.JSON.readTree(rejected.get(0).value()).at("/problem/status").asInt();
            assertTrue(status >= 400 && status < 500, "a 4xx problem: " + status);
        }
        assertEquals(1, parked("ceId", longSource), "the oversized ce_source is parked");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> ParkedRecord.<ParkedRecord>find("ceId", longSource)
                .firstResult().reason.contains("ce_source")));
        assertEquals(1, parked("ceId", noSource), "the submission without ce_source is parked");
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ParkedRecord.count(
                "key = ?1 and ceId is null", unit + ":2024")), "the submission without ce_id is parked");

        JsonPath health = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertEquals("UP", health.getString("status"), "a parked record does not take the service out of rotation");
        assertTrue(health.getInt("checks.find { it.name == 'inbound-submissions' }.data.parked") >= 3);
    }
}
