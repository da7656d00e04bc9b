package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/**
 * Publication quality by the inspection criteria, served as JSON, as portal pages and as a JSON Feed, on a region of
 * three units: one published within 20 days of its recorded 决算批复, one without a 批复 date published after the
 * region's day (2025-09-30 for 2024), one not published at all.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class QualityViewsTest {

    static final PartEvents events = new PartEvents();
    static String region;
    static String onTime;
    static String late;
    static String draft;

    /** The fixture's documents over the sample's parts; the statements part with a 决算批复 date when given. */
    static void send(String unit, String approvedOn) throws Exception {
        Map<PartKind, org.fiscaldisclosure.contracts.document.PartDocument> docs = DocumentFixture.documents();
        for (PartKind kind : PartKind.values()) {
            PartPayload p = PartPayload.consistent(kind, unit, 1).document(DocumentFixture.json(docs.get(kind)));
            if (kind == PartKind.STATEMENTS && approvedOn != null) {
                ObjectNode part = PartEvents.sample(kind);
                ((ObjectNode) part.get("unit")).put("accountsApprovedOn", approvedOn);
                p.content(part);
            }
            p.sendWith(events);
        }
        for (PartKind k : PartKind.values()) {
            Await.revision(unit, k.key(), 1);
        }
    }

    /** The region's three units, published once for the class (RestAssured is set up only once the application runs). */
    static synchronized void publish() throws Exception {
        if (region != null) {
            return;
        }
        String r = Drafts.region();
        region = null;
        onTime = Drafts.unitIn(r);
        late = Drafts.unitIn(r);
        draft = Drafts.unitIn(r);
        send(onTime, LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3).toString());
        send(late, null);
        send(draft, null);
        Drafts.publish(onTime, null);
        Drafts.publish(late, null);
        region = r;
    }

    static JsonPath json(String path) {
        return new JsonPath(given().get(path).then().statusCode(200).contentType("application/json").extract().asString());
    }

    @Test
    void aUnitIsOnTimeWithinTwentyDaysOfItsApprovalAndTheOthersCriteriaNameTheirFailingItems() throws Exception {
        publish();
        JsonPath q = json("/api/v1/quality/disclosures/" + onTime + "/2024");
        assertEquals(1, q.getInt("version"));
        assertEquals("ACCOUNTS_APPROVAL", q.getString("timeliness.basis"));
        assertEquals("ON_TIME", q.getString("timeliness.status"));
        assertEquals(List.of("TIMELINESS", "COMPLETENESS", "DETAIL", "THREE_PUBLIC"), q.getList("criteria.criterion"));
        assertEquals("PASS", q.getString("criteria[0].outcome"));
        // the fixture's documents hold 表1, 表3, 表5, 表11: the other tables are named
        assertEquals("FAIL", q.getString("criteria[1].outcome"));
        List<String> failing = q.getList("criteria[1].items.findAll { it.outcome == 'FAIL' }.item");
        assertEquals(List.of("T2", "T4", "T6", "T7", "T8", "T9", "T10", "T12"), failing);
        assertEquals("PASS", q.getString("criteria[2].outcome"), "表3 reaches 项, 表5 reaches 款");
        assertEquals("NOT_APPLICABLE", q.getString("criteria[3].outcome"), "the sample's unit is new this year");
        assertEquals(8, q.getInt("failures"));
    }

    @Test
    void theRegionCountsUnitsByCriterionWithTheRegionsDayForAUnitWithoutAnApprovalDate() throws Exception {
        publish();
        JsonPath q = json("/api/v1/quality/regions/" + region + "/2024");
        assertEquals(3, q.getInt("disclosures"));
        assertEquals(2, q.getInt("late"), "published after 2025-09-30, and not published past it");
        assertEquals(1, q.getInt("byCriterion.TIMELINESS.PASS"));
        assertEquals(2, q.getInt("byCriterion.TIMELINESS.FAIL"));
        assertEquals(1, q.getInt("byCriterion.COMPLETENESS.NOT_APPLICABLE"), "the unpublished unit");
        JsonPath lateUnit = json("/api/v1/quality/disclosures/" + late + "/2024");
        assertEquals("REGION_DEADLINE", lateUnit.getString("timeliness.basis"));
        assertEquals("2025-09-30", lateUnit.getString("timeliness.deadline"));
        assertEquals("LATE", lateUnit.getString("timeliness.status"));
        assertFalse(lateUnit.prettify().contains("fiscal.publication"), "no configuration name in the public answer");
        assertEquals("OVERDUE", json("/api/v1/quality/disclosures/" + draft + "/2024").getString("timeliness.status"));
    }

    @Test
    void thePagesShowTheCriteriaAndDrillDownToTheFailingItem() throws Exception {
        publish();
        String page = Drafts.html("/portal/quality/regions/" + region + "/2024");
        assertTrue(page.contains("href=\"/portal/quality/disclosures/" + late + "/2024#c-timeliness\""), page);
        assertTrue(page.contains("逾期公开") && page.contains("逾期未公开") && page.contains("按时公开"), page);
        assertFalse(page.contains("fiscal.publication"), page);
        String unit = Drafts.html("/portal/quality/disclosures/" + onTime + "/2024");
        assertTrue(unit.contains("<h2 id=\"c-completeness\">完整性：<span class=\"FAIL\">不符合</span></h2>"), unit);
        assertTrue(unit.contains("决算批复后20日内"), unit);
        assertTrue(unit.contains("href=\"/api/v1/disclosures/" + onTime + "/2024/versions/1?format=html\">表7</a>"), unit);
        String lateUnit = Drafts.html("/portal/quality/disclosures/" + late + "/2024");
        assertTrue(lateUnit.contains("本地区规定的公开期限") && !lateUnit.contains("fiscal.publication"), lateUnit);
    }

    @Test
    void theFeedListsThePublicationsAndTheLateUnits() throws Exception {
        publish();
        String body = given().get("/api/v1/feed?regionCode=" + region + "&year=2024").then().statusCode(200)
                .contentType("application/feed+json;charset=UTF-8").extract().asString();
        JsonPath feed = new JsonPath(body);
        assertEquals("https://jsonfeed.org/version/1.1", feed.getString("version"));
        List<String> ids = feed.getList("items.id");
        assertTrue(ids.containsAll(List.of("publication:" + onTime + ":2024:v1", "publication:" + late + ":2024:v1",
                "late:" + late + ":2024", "late:" + draft + ":2024")), ids.toString());
        assertFalse(ids.contains("late:" + onTime + ":2024"), ids.toString());
        assertEquals(4, ids.size());
        assertTrue(feed.getString("items.find { it.id == 'late:" + draft + ":2024' }.url").endsWith("/portal/quality/disclosures/" + draft + "/2024"));
    }

    @Test
    void aBadRegionOrYearIsA400AndAnUnknownRegionA404() throws Exception {
        publish();
        given().get("/api/v1/quality/regions/12AB/2024").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/quality/regions/" + region + "/20x4").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/quality/regions/999998/2024").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/feed?year=abc").then().statusCode(400).contentType("application/problem+json");
        given().get("/portal/quality/regions/999998/2024").then().statusCode(404).contentType("text/html;charset=UTF-8");
        given().get("/portal/quality/disclosures/bad/2024").then().statusCode(400);
    }
}
