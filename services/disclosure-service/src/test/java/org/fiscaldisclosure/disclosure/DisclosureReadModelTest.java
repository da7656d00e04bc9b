package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class DisclosureReadModelTest {

    static final PartEvents events = new PartEvents();

    static String unit() {
        return "110102-D" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static JsonPath awaitDisclosure(String unit, Predicate<JsonPath> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonPath last = null;
        while (System.nanoTime() < deadline) {
            var response = given().get("/api/v1/disclosures/" + unit + "/2024");
            if (response.statusCode() == 200) {
                last = response.jsonPath();
                if (condition.test(last)) {
                    return last;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("disclosure " + unit + " never met the condition; last: " + (last == null ? "404" : last.prettify()));
    }

    @Test
    void thethreePartsMakeACompleteDisclosureWithTheirHeadlines() throws Exception {
        String unit = unit();
        events.send(PartKind.STATEMENTS, unit, PartEvents.payload(PartKind.STATEMENTS, unit, 1, null));
        JsonPath partial = awaitDisclosure(unit, j -> j.getMap("revisions").size() == 1);
        assertEquals("INCOMPLETE", partial.getString("completeness"));
        assertEquals(List.of("procurement", "performance"), partial.getList("missingParts"));
        assertEquals("中共北京市西城区委社会工作部", partial.getString("unitName"));

        events.send(PartKind.PROCUREMENT, unit, PartEvents.payload(PartKind.PROCUREMENT, unit, 1, null));
        events.send(PartKind.PERFORMANCE, unit, PartEvents.payload(PartKind.PERFORMANCE, unit, 1, null));
        JsonPath full = awaitDisclosure(unit, j -> "COMPLETE".equals(j.getString("completeness")));
        assertEquals("110102", full.getString("regionCode"));
        assertEquals(195300.00f, full.getFloat("parts.procurement.part.procurement.services"));
        assertEquals(98, full.getInt("parts.performance.part.department.score"));
        assertEquals(3586400.00f, full.getFloat("parts.statements.part.tables.summary.rows[0].values.amount"));
        assertEquals(List.of(), full.getList("missingParts"));
    }

    @Test
    void anOlderRevisionArrivingLateChangesNothing() throws Exception {
        String unit = unit();
        long[] before = {outcomeCount("applied"), outcomeCount("stale"), outcomeCount("duplicate"), outcomeCount("parked")};
        var newer = PartEvents.sample(PartKind.PERFORMANCE);
        newer.with("department").put("score", 91);
        events.send(PartKind.PERFORMANCE, unit, PartEvents.payload(PartKind.PERFORMANCE, unit, 3, newer));
        awaitDisclosure(unit, j -> j.getInt("revisions.performance") == 3);
        events.send(PartKind.PERFORMANCE, unit, PartEvents.payload(PartKind.PERFORMANCE, unit, 2, null));
        // a marker event on another part proves the late one was consumed before we look
        events.send(PartKind.PROCUREMENT, unit, PartEvents.payload(PartKind.PROCUREMENT, unit, 1, null));
        JsonPath after = awaitDisclosure(unit, j -> j.getMap("revisions").containsKey("procurement"));
        assertEquals(3, after.getInt("revisions.performance"));
        assertEquals(91, after.getInt("parts.performance.part.department.score"));
        // revision 3 and the marker applied, revision 2 recognised as stale
        assertEquals(List.of(2L, 1L, 0L, 0L), countsSince(before));
    }

    static List<Long> countsSince(long[] before) {
        return List.of(outcomeCount("applied") - before[0], outcomeCount("stale") - before[1],
                outcomeCount("duplicate") - before[2], outcomeCount("parked") - before[3]);
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() throws Exception {
        String unit = unit();
        long[] before = {outcomeCount("applied"), outcomeCount("stale"), outcomeCount("duplicate"), outcomeCount("parked")};
        String id = events.send(PartKind.PERFORMANCE, unit, PartEvents.payload(PartKind.PERFORMANCE, unit, 1, null));
        awaitDisclosure(unit, j -> j.getMap("revisions").containsKey("performance"));
        // same CloudEvents id and source, a higher revision: a duplicate by identity, so it must be ignored
        var changed = PartEvents.sample(PartKind.PERFORMANCE);
        changed.with("department").put("score", 50);
        events.send(PartKind.PERFORMANCE, unit, PartEvents.payload(PartKind.PERFORMANCE, unit, 2, changed), id,
                PartKind.PERFORMANCE.eventType());
        events.send(PartKind.PROCUREMENT, unit, PartEvents.payload(PartKind.PROCUREMENT, unit, 1, null));
        JsonPath after = awaitDisclosure(unit, j -> j.getMap("revisions").containsKey("procurement"));
        assertEquals(1, after.getInt("revisions.performance"));
        assertEquals(98, after.getInt("parts.performance.part.department.score"));
        // the first delivery and the marker applied, the redelivery a duplicate
        assertEquals(List.of(2L, 0L, 1L, 0L), countsSince(before));
    }

    @Test
    void unreadableEventsAreParkedWithTheirReasonAndTheOthersGoOn() throws Exception {
        String unit = unit();
        long parkedBefore = outcomeCount("parked");
        long appliedBefore = outcomeCount("applied");
        String badJson = events.send(PartKind.STATEMENTS, unit, "{not json");
        String unknownType = events.send(PartKind.STATEMENTS, unit, PartEvents.payload(PartKind.STATEMENTS, unit, 1, null),
                UUID.randomUUID().toString(), "fiscal.statements.part.deleted.v9");
        var negative = PartEvents.sample(PartKind.PROCUREMENT);
        negative.with("procurement").put("goods", -1);
        String invalid = events.send(PartKind.PROCUREMENT, unit, PartEvents.payload(PartKind.PROCUREMENT, unit, 1, negative));
        events.send(PartKind.STATEMENTS, unit, PartEvents.payload(PartKind.STATEMENTS, unit, 1, null));
        events.send(PartKind.PROCUREMENT, unit, PartEvents.payload(PartKind.PROCUREMENT, unit, 2, null));

        JsonPath ok = awaitDisclosure(unit, j -> j.getMap("revisions").size() == 2);
        assertEquals(2, ok.getInt("revisions.procurement"));
        JsonPath parked = given().queryParam("size", 500).get("/api/v1/disclosures/parked-events").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(badJson), parked.getList("findAll { it.ceId == '" + badJson + "' }.ceId"));
        assertEquals(1, parked.getList("findAll { it.ceId == '" + unknownType + "' && it.reason.contains('unknown ce_type') }").size());
        assertEquals(1, parked.getList("findAll { it.ceId == '" + invalid + "' && it.reason.contains('payload') }").size());
        assertEquals(3, parked.getList("findAll { it.key == '" + unit + ":2024' }").size(), "exactly the three bad events");
        // tests of this class run one at a time, so the counters moved by exactly this test's events
        assertEquals(3, outcomeCount("parked") - parkedBefore, "parked events are counted in a metric");
        assertEquals(2, outcomeCount("applied") - appliedBefore, "the statements and the procurement event, nothing else");
    }

    @Test
    void aV1PayloadWithFieldsAddedLaterIsAppliedAndTheNewFieldsIgnored() throws Exception {
        String unit = unit();
        long parkedBefore = outcomeCount("parked");
        var payload = (com.fasterxml.jackson.databind.node.ObjectNode) PartEvents.JSON.readTree(
                PartEvents.payload(PartKind.STATEMENTS, unit, 1, null));
        payload.put("addedInV1_1", "a later producer's field");
        payload.with("part").put("futureFigure", 1.5);
        payload.with("part").with("unit").putObject("futureObject").put("x", "y");
        payload.with("validation").put("futureCount", 7);
        payload.putObject("document").putArray("sections").addObject().put("slot", "STATEMENT_TABLES").put("id", "T1")
                .put("title", "收入支出决算总表").put("futureLayout", "wide").putArray("blocks");
        events.send(PartKind.STATEMENTS, unit, payload.toString());

        JsonPath d = awaitDisclosure(unit, j -> j.getMap("revisions").containsKey("statements"));
        assertEquals(1, d.getInt("revisions.statements"));
        assertEquals("中共北京市西城区委社会工作部", d.getString("unitName"));
        assertEquals(0, outcomeCount("parked") - parkedBefore, "nothing parked");
        assertEquals(0, given().queryParam("size", 500).get("/api/v1/disclosures/parked-events").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.key == '" + unit + ":2024' }").size());
    }

    /** The consumer's count of part events with an outcome, from the Prometheus metrics. */
    static long outcomeCount(String outcome) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("fiscal_consumer_events_total{") && l.contains("outcome=\"" + outcome + "\""))
                .mapToLong(l -> new java.math.BigDecimal(l.substring(l.lastIndexOf(' ') + 1)).longValue()).sum();
    }

    @Test
    void theListingFiltersByYearRegionAndCompleteness() throws Exception {
        String unit = unit();
        events.send(PartKind.STATEMENTS, unit, PartEvents.payload(PartKind.STATEMENTS, unit, 1, null));
        awaitDisclosure(unit, j -> j.getMap("revisions").size() == 1);
        given().queryParam("year", 2024).queryParam("region", "110102").queryParam("completeness", "INCOMPLETE")
                .queryParam("size", 500).get("/api/v1/disclosures").then().statusCode(200)
                .body("items.unitCode", hasItem(unit));
        given().queryParam("completeness", "COMPLETE").queryParam("size", 500).get("/api/v1/disclosures").then().statusCode(200)
                .body("items.unitCode", not(hasItem(unit)));
        given().queryParam("completeness", "DONE").get("/api/v1/disclosures").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("completeness"));
    }

    @Test
    void badPathsAre400AndUnknownDisclosuresAre404() {
        given().get("/api/v1/disclosures/nope/20x4").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("unitCode")).body("errors.field", hasItem("year"));
        given().get("/api/v1/disclosures/110102-NOSUCH/2024").then().statusCode(404).contentType("application/problem+json");
    }
}
