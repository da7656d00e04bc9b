package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/**
 * The region summary for dashboards: disclosures by status, on-time publication against the deadline, and exact sums
 * of 收支总计, 三公 and 政府采购 over the newest published version of each disclosure.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class RegionSummaryTest {

    static final PartEvents events = new PartEvents();

    static JsonPath summary(String region, String query) {
        String body = given().get("/api/v1/regions/" + region + "/summary?year=2024" + query).then().statusCode(200)
                .extract().asString();
        return new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void theSummaryCountsByStatusAndSumsThePublishedVersionsExactly() throws Exception {
        String region = Drafts.region();
        String a = Drafts.unitIn(region);
        String b = Drafts.unitIn(region);
        String c = Drafts.unitIn(region);
        String draft = Drafts.unitIn(region);
        // beyond a double's 15-16 significant digits, and cents that a binary sum would lose
        Drafts.complete(events, a, 1, "98765432101234.56", "0.10", "0.20");
        Drafts.complete(events, b, 1, "3586400.01", "12345.67", "195300.00");
        Drafts.complete(events, c, 1, "1000.00", "1.00", "2.00");
        Drafts.complete(events, draft, 1, "5000000.00", "5000.00", "5000.00");
        Drafts.publish(a, null);
        Drafts.publish(b, null);
        Drafts.publish(c, null);
        // c: version 2 with other figures, then a change not yet published: the sums take version 2
        Drafts.complete(events, c, 2, "2000.00", "3.00", "4.00");
        Drafts.publish(c, "更正收支总计");
        Drafts.complete(events, c, 3, "9000000.00", "9000.00", "9000.00");

        JsonPath s = summary(region, "");
        assertEquals(region, s.getString("regionCode"));
        assertEquals(2024, s.getInt("fiscalYear"));
        assertEquals(4, s.getInt("disclosures"));
        assertEquals(1, s.getInt("byStatus.DRAFT"));
        assertEquals(0, s.getInt("byStatus.APPROVED"));
        assertEquals(2, s.getInt("byStatus.PUBLISHED"));
        assertEquals(1, s.getInt("byStatus.UPDATED_SINCE_PUBLICATION"));
        assertEquals(4, s.getInt("byCompleteness.COMPLETE"));
        assertEquals(3, s.getInt("published.disclosures"));
        assertEquals(new BigDecimal("98765435689634.57"), s.get("published.grandTotal"));
        assertEquals(new BigDecimal("12348.77"), s.get("published.threePublic"));
        assertEquals(new BigDecimal("195304.20"), s.get("published.procurementTotal"));
    }

    @Test
    void onTimePublicationIsJudgedAgainstTheConfiguredOrTheGivenDeadline() throws Exception {
        String region = Drafts.region();
        String published = Drafts.unitIn(region);
        String notYet = Drafts.unitIn(region);
        Drafts.complete(events, published, 1, "100.00", "0.00", "0.00");
        Drafts.complete(events, notYet, 1, "100.00", "0.00", "0.00");
        Drafts.publish(published, null);

        // configured: 09-30 of the year after (fiscal.publication.deadline); the test runs after 2025-09-30
        JsonPath configured = summary(region, "");
        assertEquals("2025-09-30", configured.getString("onTime.deadline"));
        assertEquals("configured", configured.getString("onTime.deadlineSource"));
        boolean pastDeadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).isAfter(LocalDate.parse("2025-09-30"));
        assertEquals(pastDeadline ? 1 : 0, configured.getInt("onTime.late"));
        assertEquals(pastDeadline ? 1 : 0, configured.getInt("onTime.overdue"));

        JsonPath later = summary(region, "&deadline=2099-12-31");
        assertEquals("request", later.getString("onTime.deadlineSource"));
        assertEquals(1, later.getInt("onTime.onTime"));
        assertEquals(0, later.getInt("onTime.late"));
        assertEquals(1, later.getInt("onTime.pending"));
        assertEquals(0, later.getInt("onTime.overdue"));

        JsonPath earlier = summary(region, "&deadline=2025-01-01");
        assertEquals(0, earlier.getInt("onTime.onTime"));
        assertEquals(1, earlier.getInt("onTime.late"));
        assertEquals(1, earlier.getInt("onTime.overdue"));
        assertEquals(0, earlier.getInt("onTime.pending"));
    }

    @Test
    void aRegionWithoutDisclosuresHasAnEmptySummaryAndBadParametersAreProblems() {
        JsonPath empty = summary("999999", "");
        assertEquals(0, empty.getInt("disclosures"));
        assertEquals(new BigDecimal("0.00"), empty.get("published.grandTotal"));
        given().get("/api/v1/regions/999999/summary").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("year"));
        given().get("/api/v1/regions/11010/summary?year=2024&deadline=30.09.2025").then().statusCode(400)
                .body("errors.field", hasItem("regionCode")).body("errors.field", hasItem("deadline"));
        given().get("/api/v1/regions/110102/summary?year=1999").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void theRegionsWithDisclosuresAreListedWithTheirPublishedNames() throws Exception {
        String region = Drafts.region();
        String unit = Drafts.unitIn(region);
        var part = PartEvents.sample(PartKind.STATEMENTS);
        part.with("unit").put("region", "测试区");
        PartPayload.consistent(PartKind.STATEMENTS, unit, 1).content(part).sendWith(events);
        PartPayload.consistent(PartKind.PROCUREMENT, unit, 1).sendWith(events);
        PartPayload.consistent(PartKind.PERFORMANCE, unit, 1).sendWith(events);
        Await.get("/api/v1/disclosures/" + unit + "/2024", j -> "COMPLETE".equals(j.getString("completeness")));
        given().get("/api/v1/regions").then().statusCode(200)
                .body("find { it.regionCode == '" + region + "' }.regionName", org.hamcrest.Matchers.nullValue());
        Drafts.publish(unit, null);
        given().get("/api/v1/regions").then().statusCode(200)
                .body("find { it.regionCode == '" + region + "' }.regionName", equalTo("测试区"))
                .body("find { it.regionCode == '" + region + "' }.disclosures", equalTo(1))
                .body("find { it.regionCode == '" + region + "' }.fiscalYear", equalTo(2024));
    }
}
