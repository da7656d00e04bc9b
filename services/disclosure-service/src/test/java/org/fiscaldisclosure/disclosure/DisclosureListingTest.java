package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/**
 * The listing for dashboards: filtered by publication status and, separately, by completeness; each item with its
 * status, 收支总计, open findings and publication dates.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class DisclosureListingTest {

    static final PartEvents events = new PartEvents();

    static JsonPath list(String query) {
        String body = given().get("/api/v1/disclosures?" + query).then().statusCode(200).extract().asString();
        return new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void theListingIsFilteredByPublicationStatusAndByCompleteness() throws Exception {
        String region = Drafts.region();
        String draft = Drafts.unitIn(region);
        String approved = Drafts.unitIn(region);
        String published = Drafts.unitIn(region);
        String updated = Drafts.unitIn(region);
        String incomplete = Drafts.unitIn(region);
        for (String u : List.of(draft, approved, published, updated)) {
            Drafts.complete(events, u, 1, "3586400.00", "0.00", "195300.00");
        }
        PartPayload.consistent(PartKind.STATEMENTS, incomplete, 1).figure("grandIncomeTotal", "100.00").sendWith(events);
        Await.revision(incomplete, "statements", 1);
        Drafts.approve(approved);
        Drafts.publish(published, null);
        Drafts.publish(updated, null);
        PartPayload.consistent(PartKind.PERFORMANCE, updated, 2).figure("departmentScore", "97").sendWith(events);
        Await.revision(updated, "performance", 2);

        String q = "year=2024&region=" + region;
        assertEquals(5, list(q).getInt("total"));
        List<String> drafts = Stream.of(draft, incomplete).sorted().toList();
        assertEquals(drafts, units(list(q + "&status=DRAFT")));
        assertEquals(List.of(approved), units(list(q + "&status=APPROVED")));
        assertEquals(List.of(published), units(list(q + "&status=published")));
        assertEquals(List.of(updated), units(list(q + "&status=UPDATED_SINCE_PUBLICATION")));
        assertEquals(List.of(incomplete), units(list(q + "&completeness=INCOMPLETE")));
        assertEquals(List.of(draft), units(list(q + "&status=DRAFT&completeness=COMPLETE")));
        JsonPath paged = list(q + "&status=DRAFT&page=1&size=1");
        assertEquals(2, paged.getInt("total"));
        assertEquals(List.of(drafts.get(1)), units(paged));

        JsonPath p = list(q + "&status=PUBLISHED");
        assertEquals("PUBLISHED", p.getString("items[0].status"));
        assertEquals("COMPLETE", p.getString("items[0].completeness"));
        assertEquals(new BigDecimal("3586400.00"), p.get("items[0].grandTotal"));
        assertEquals(1, p.getInt("items[0].latestVersion"));
        assertNotNull(p.getString("items[0].firstPublishedAt"));
        assertEquals(p.getString("items[0].firstPublishedAt"), p.getString("items[0].latestPublishedAt"));
        assertEquals(0, p.getInt("items[0].openFindings.open"));

        JsonPath d = list(q + "&completeness=INCOMPLETE");
        assertNull(d.get("items[0].latestVersion"));
        assertNull(d.get("items[0].firstPublishedAt"));
        assertEquals("DRAFT", d.getString("items[0].status"));
        // the two missing parts are FATAL (DS-PART-001)
        assertEquals(2, d.getInt("items[0].openFindings.fatal"));
    }

    @Test
    void openFindingsCountFatalsAndUnexplainedWarnings() throws Exception {
        String region = Drafts.region();
        String unit = Drafts.unitIn(region);
        PartPayload.consistent(PartKind.STATEMENTS, unit, 1).figure("grandIncomeTotal", "3586400.00")
                .finding("ST-T1-002", "FATAL", "T1", "expenditureTotal", "本年支出合计应等于各项支出之和")
                .finding("ST-N-003", "WARNING", "T3", "2013902", "缺少名词解释")
                .finding("ST-N-006", "INFO", "T5", "2013902", "无年初预算").sendWith(events);
        PartPayload.consistent(PartKind.PROCUREMENT, unit, 1).figure("purchasedServicesTotal", "216650.00").sendWith(events);
        PartPayload.consistent(PartKind.PERFORMANCE, unit, 1).sendWith(events);
        Await.get("/api/v1/disclosures/" + unit + "/2024", j -> "COMPLETE".equals(j.getString("completeness")));
        PublicationFlowTest.post(unit, "explanations", java.util.Map.of("ruleId", "DS-T12-001",
                "location", "procurement/T12/政府购买服务支出/purchasedServicesTotal", "text", "低于采购限额，未纳入政府采购",
                "author", "钱财务")).statusCode(201);

        JsonPath item = list("region=" + region);
        assertEquals(1, item.getInt("total"));
        assertEquals(1, item.getInt("items[0].openFindings.fatal"));
        assertEquals(1, item.getInt("items[0].openFindings.unexplainedWarnings"));
        assertEquals(1, item.getInt("items[0].openFindings.explainedWarnings"));
        assertEquals(1, item.getInt("items[0].openFindings.info"));
        assertEquals(2, item.getInt("items[0].openFindings.open"));
        assertEquals("DRAFT", item.getString("items[0].status"));
    }

    @Test
    void aStatusOrCompletenessThatIsNotOneIsABadRequest() {
        given().get("/api/v1/disclosures?status=COMPLETE").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        given().get("/api/v1/disclosures?completeness=PUBLISHED").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("completeness"));
    }

    static List<String> units(JsonPath page) {
        return page.getList("items.unitCode");
    }
}
