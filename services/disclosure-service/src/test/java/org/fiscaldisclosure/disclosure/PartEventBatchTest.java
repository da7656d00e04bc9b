package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.disclosure.messaging.PartEventReader;
import org.fiscaldisclosure.disclosure.messaging.PolledRecord;
import org.fiscaldisclosure.disclosure.messaging.ReadModelWriter.Outcome;
import org.fiscaldisclosure.disclosure.messaging.ReadModelWriter;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/**
 * The consumer applies a poll's records in one transaction, with the same outcomes (and counters) as applying them
 * one by one: duplicates recognised by their CloudEvents identity, only the newest revision of a part kept, older
 * ones stale, unreadable records parked once, and a batch the database refuses applied record by record.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class PartEventBatchTest {

    static final PartKind KIND = PartKind.PROCUREMENT;

    static final PartEvents events = PartEvents.batching();

    @Inject
    EntityManager em;

    @Inject
    PartEventReader reader;

    @Inject
    ReadModelWriter writer;

    /** A procurement payload whose purchased-service project names the revision, so the stored one can be told apart. */
    static String payload(String unit, long revision, String project) throws Exception {
        ObjectNode part = PartEvents.sample(KIND);
        ((ObjectNode) part.with("purchasedServices").withArray("items").get(0)).put("project", project);
        return PartEvents.payload(KIND, unit, revision, part);
    }

    static ProducerRecord<String, byte[]> revision(String unit, long revision, String id) throws Exception {
        return PartEvents.record(KIND, unit, payload(unit, revision, "修订" + revision), id, KIND.eventType());
    }

    @Test
    void aPollWithDuplicatesShuffledRevisionsAndAnUnreadableRecordIsAppliedInOneTransaction() throws Exception {
        String unit = Await.unit();
        long[] before = counts();
        String r3 = UUID.randomUUID().toString();
        String bad = UUID.randomUUID().toString();
        List<String> fresh = new ArrayList<>(List.of(r3));
        List<ProducerRecord<String, byte[]>> poll = new ArrayList<>();
        poll.add(revision(unit, 3, r3));                                     // applied (nothing stored yet)
        for (long rev : new long[] {1, 5}) {                                   // 1 stale, 5 applied
            fresh.add(UUID.randomUUID().toString());
            poll.add(revision(unit, rev, fresh.get(fresh.size() - 1)));
        }
        poll.add(PartEvents.record(KIND, unit, "{not json", bad, KIND.eventType())); // parked
        fresh.add(UUID.randomUUID().toString());
        poll.add(revision(unit, 2, fresh.get(fresh.size() - 1)));             // stale
        poll.add(revision(unit, 3, r3));                                       // the first record again: duplicate
        fresh.add(UUID.randomUUID().toString());
        poll.add(revision(unit, 4, fresh.get(fresh.size() - 1)));             // stale: 5 came before it
        events.sendTogether(poll);

        JsonPath d = Await.revision(unit, "procurement", 5);
        assertEquals("修订5", d.getString("parts.procurement.part.purchasedServices.items[0].project"));
        // as one by one: 3 and 5 applied; 1, 2 and 4 stale; the redelivered 3 a duplicate; the bad record parked
        awaitCounts(before, List.of(2L, 3L, 1L, 1L));
        assertEquals(5L, number("select count(*) from consumed_event where id = any(cast(?1 as text[]))", ids(fresh)),
                "every distinct event recorded as seen, the stale ones too");
        assertEquals(1L, number("select count(*) from parked_event where ce_id = ?1", bad));
        // one transaction: every row it wrote carries the same transaction id
        assertEquals(1L, number("select count(distinct x) from (select xmin::text x from consumed_event where id = any(cast(?1 as text[])) "
                + "union all select xmin::text from disclosure_part where unit_code = ?2 "
                + "union all select xmin::text from disclosure where unit_code = ?2 "
                + "union all select xmin::text from parked_event where ce_id = ?3) t", ids(fresh), unit, bad));
    }

    @Test
    void aRedeliveredPollChangesNothingAndParksItsUnreadableRecordOnce() throws Exception {
        // a crash after the database commit and before the offset commit: the same records come again
        String unit = Await.unit();
        long offset = 1_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String r2 = UUID.randomUUID().toString();
        List<ConsumerRecord<String, byte[]>> records = List.of(
                consumed(revision(unit, 2, r2), offset),
                consumed(revision(unit, 1, UUID.randomUUID().toString()), offset + 1),
                consumed(PartEvents.record(KIND, unit, payload(unit, 3, "未知类型"), UUID.randomUUID().toString(),
                        "fiscal.procurement.part.deleted.v9"), offset + 2),
                consumed(revision(unit, 2, r2), offset + 3));

        assertEquals(Map.of(Outcome.APPLIED, 1, Outcome.STALE, 1, Outcome.DUPLICATE, 1, Outcome.PARKED, 1), writer.apply(read(records)));
        assertEquals(Map.of(Outcome.APPLIED, 0, Outcome.STALE, 0, Outcome.DUPLICATE, 3, Outcome.PARKED, 0), writer.apply(read(records)));

        assertEquals(1L, number("select count(*) from parked_event where event_key = ?1", unit + ":2024"));
        assertEquals(2L, number("select revision from disclosure_part where unit_code = ?1 and part = 'procurement'", unit));
        given().get("/api/v1/disclosures/" + unit + "/2024").then().statusCode(200);
    }

    @Test
    void aPollTheDatabaseRefusesIsAppliedRecordByRecordAndLosesNothing() throws Exception {
        // two units whose events share a partition, so that they come in one poll
        String poisoned = Await.unit();
        String good = Await.unit();
        while (events.partitionOf(KIND, good) != events.partitionOf(KIND, poisoned)) {
            good = Await.unit();
        }
        long[] before = counts();
        // readable and valid, but PostgreSQL's jsonb cannot hold a NUL character: the batch's transaction fails
        String poison = UUID.randomUUID().toString();
        events.sendTogether(List.of(
                PartEvents.record(KIND, poisoned, payload(poisoned, 1, "坏\u0000字符"), poison, KIND.eventType()),
                revision(good, 1, UUID.randomUUID().toString())));

        JsonPath d = Await.revision(good, "procurement", 1);
        assertEquals("修订1", d.getString("parts.procurement.part.purchasedServices.items[0].project"));
        // one by one, the poisoned record failed on each of its attempts and was parked; the other one applied
        awaitCounts(before, List.of(1L, 0L, 0L, 1L));
        JsonPath parked = given().queryParam("size", 500).get("/api/v1/disclosures/parked-events").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(poison), parked.getList("findAll { it.key == '" + poisoned + ":2024' }.ceId"));
        assertTrue(parked.getString("find { it.ceId == '" + poison + "' }.reason").startsWith("failed 5 times"),
                parked.getString("find { it.ceId == '" + poison + "' }.reason"));
        given().get("/api/v1/disclosures/" + poisoned + "/2024").then().statusCode(404);
    }

    List<PolledRecord> read(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> PolledRecord.read(reader, r)).toList();
    }

    /** The record as a consumer would receive it from the topic at the given offset. */
    static ConsumerRecord<String, byte[]> consumed(ProducerRecord<String, byte[]> sent, long offset) {
        ConsumerRecord<String, byte[]> r = new ConsumerRecord<>(sent.topic(), 0, offset, sent.key(), sent.value());
        sent.headers().forEach(h -> r.headers().add(h.key(), h.value()));
        return r;
    }

    static String ids(List<String> ids) {
        return "{" + String.join(",", ids) + "}";
    }

    long number(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                q.setParameter(i + 1, parameters[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    static long[] counts() {
        return new long[] {DisclosureReadModelTest.outcomeCount("applied"), DisclosureReadModelTest.outcomeCount("stale"),
                DisclosureReadModelTest.outcomeCount("duplicate"), DisclosureReadModelTest.outcomeCount("parked")};
    }

    /** Waits until the counters (applied, stale, duplicate, parked) moved by the expected amounts; they move just after the commit. */
    static void awaitCounts(long[] before, List<Long> expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<Long> moved = DisclosureReadModelTest.countsSince(before);
        while (!moved.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            moved = DisclosureReadModelTest.countsSince(before);
        }
        assertEquals(expected, moved, "applied, stale, duplicate, parked");
    }
}
