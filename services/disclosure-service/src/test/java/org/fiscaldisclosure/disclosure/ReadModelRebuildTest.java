package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.UUID;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.disclosure.repository.DisclosurePartEntity;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/** The read model is rebuilt from the compacted part topics alone and converges to the same content hashes. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class ReadModelRebuildTest {

    static final PartEvents events = new PartEvents();

    static String hash(String unit) {
        return given().get("/api/v1/disclosures/" + unit + "/2024/publication").then().statusCode(200)
                .extract().jsonPath().getString("contentHash");
    }

    static Instant receivedAt(String unit) {
        // a new transaction, so a fresh read of the row and not the session's cached copy
        return QuarkusTransaction.requiringNew().call(() -> DisclosurePartEntity.<DisclosurePartEntity>find(
                "unitCode = ?1 and part = ?2", unit, "statements").firstResult().receivedAt);
    }

    @Test
    void aRebuildReplaysThePartTopicsAndGivesTheSameContentHashes() throws Exception {
        String a = "110102-R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String b = "110102-R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        for (String unit : new String[] {a, b}) {
            for (PartKind kind : PartKind.values()) {
                events.send(kind, unit, PartEvents.payload(kind, unit, 1, null));
            }
            // a second revision of one part: the rebuild must end on it, not on the first
            events.send(PartKind.PROCUREMENT, unit, PartEvents.payload(PartKind.PROCUREMENT, unit, 2, null));
            DisclosureReadModelTest.awaitDisclosure(unit, j -> j.getMap("revisions").size() == 3
                    && j.getInt("revisions.procurement") == 2);
        }
        String hashA = hash(a);
        String hashB = hash(b);
        Instant before = receivedAt(a);

        given().post("/api/v1/disclosures/admin/rebuild").then().statusCode(202);

        JsonPath rebuiltA = DisclosureReadModelTest.awaitDisclosure(a, j -> j.getMap("revisions").size() == 3
                && j.getInt("revisions.procurement") == 2 && receivedAt(a).isAfter(before));
        DisclosureReadModelTest.awaitDisclosure(b, j -> j.getMap("revisions").size() == 3 && j.getInt("revisions.procurement") == 2);
        assertEquals("COMPLETE", rebuiltA.getString("completeness"));
        assertEquals(hashA, hash(a));
        assertEquals(hashB, hash(b));
        assertTrue(receivedAt(a).isAfter(before), "the parts were read again from the topics");
    }

    /**
     * Another instance of the service in the consumer group (played by a consumer joining the group
     * {@code disclosure-service} on the part topics): the rebuild is refused, since that instance would neither replay
     * its partitions nor stop writing, and nothing is deleted.
     */
    @Test
    void aRebuildIsRefusedWhileAnotherInstanceIsInTheConsumerGroup() throws Exception {
        String unit = "110102-R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        for (PartKind kind : PartKind.values()) {
            events.send(kind, unit, PartEvents.payload(kind, unit, 1, null));
        }
        DisclosureReadModelTest.awaitDisclosure(unit, j -> j.getMap("revisions").size() == 3);
        long parts = QuarkusTransaction.requiringNew().call(() -> DisclosurePartEntity.count());

        java.util.Map<String, Object> cfg = new java.util.HashMap<>(org.fiscaldisclosure.infra.TestKafka.testClient());
        cfg.put("group.id", "disclosure-service");
        cfg.put("enable.auto.commit", false);
        try (org.apache.kafka.clients.consumer.KafkaConsumer<String, byte[]> other = new org.apache.kafka.clients.consumer.KafkaConsumer<>(
                cfg, new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            other.subscribe(java.util.Arrays.stream(PartKind.values()).map(PartKind::topic).toList());
            long deadline = System.currentTimeMillis() + 60_000;
            while (other.assignment().isEmpty() && System.currentTimeMillis() < deadline) {
                other.poll(java.time.Duration.ofMillis(200));
            }
            assertTrue(!other.assignment().isEmpty(), "the second member got partitions");

            given().post("/api/v1/disclosures/admin/rebuild").then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.endsWith("rebuild-with-several-instances"))
                    .body("errors[0].field", org.hamcrest.Matchers.equalTo("instances"));
            // other tests' events may still arrive meanwhile: nothing deleted is no fewer parts, this unit's three kept
            long after = QuarkusTransaction.requiringNew().call(() -> DisclosurePartEntity.count());
            assertTrue(after >= parts, "nothing deleted: " + parts + " parts before, " + after + " after");
            DisclosureReadModelTest.awaitDisclosure(unit, j -> j.getMap("revisions").size() == 3);
        }
    }
}
