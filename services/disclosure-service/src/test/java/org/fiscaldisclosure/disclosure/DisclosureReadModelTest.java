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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class DisclosureReadModelTest {

    static PartEvents events;

    @BeforeAll
    static void producer() {
        events = new PartEvents();
    }

    @AfterAll
    static void close() {
        events.close();
    }

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
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() throws Exception {
        String unit = unit();
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
    }

    @Test
    void unreadableEventsAreParkedWithTheirReasonAndTheOthersGoOn() throws Exception {
        String unit = unit();
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
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("fiscal_consumer_events_total{") && l.contains("outcome=\"parked\"")
                && Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)) >= 3), "parked events are counted in a metric");
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
