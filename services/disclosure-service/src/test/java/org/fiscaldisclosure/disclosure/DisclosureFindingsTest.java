package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/** The findings of the whole disclosure: the parts' own, as their events carried them, and the cross-part rules'. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class DisclosureFindingsTest {

    static final PartEvents events = new PartEvents();

    static JsonPath findings(String unit) {
        return given().get("/api/v1/disclosures/" + unit + "/2024/findings").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    @Test
    void aDisclosureWithPartsMissingHasAFatalFindingForEach() throws Exception {
        String unit = Await.unit();
        PartPayload.consistent(PartKind.STATEMENTS, unit, 1).sendWith(events);
        Await.revision(unit, "statements", 1);
        JsonPath f = findings(unit);
        assertEquals(List.of("DS-PART-001", "DS-PART-001"), f.getList("findings.ruleId"));
        assertEquals(List.of("procurement", "performance"), f.getList("findings.part"));
        assertEquals(2, f.getInt("fatal"));
        assertEquals(List.of("disclosure", "disclosure"), f.getList("findings.origin"));
    }

    @Test
    void theWholeDisclosureCarriesThePartsOwnFindingsAndTheCrossPartOnes() throws Exception {
        String unit = Await.unit();
        PartPayload.consistent(PartKind.STATEMENTS, unit, 1)
                .finding("ST-T1-002", "FATAL", "T1", "expenditureTotal", "本年支出合计应等于各项支出之和").sendWith(events);
        PartPayload.consistent(PartKind.PROCUREMENT, unit, 1)
                .figure("procurementTotal", "3600000.00") // over 本年支出合计 3586400.00
                .figure("purchasedServicesTotal", "216650.00") // over 政府采购服务支出 195300.00
                .sendWith(events);
        PartPayload.consistent(PartKind.PERFORMANCE, unit, 1)
                .figure("evaluatedProjectAmount", "3600000.00") // over 项目支出 3501200.00
                .finding("PF-PRJ-001", "WARNING", "P", "项目 5", "同一项目的自评表公开了两次").sendWith(events);
        Await.revision(unit, "performance", 1);
        Await.revision(unit, "procurement", 1);

        JsonPath f = findings(unit);
        assertEquals(List.of("ST-T1-002", "PF-PRJ-001", "DS-T11-001", "DS-T12-001", "DS-P4-001"), f.getList("findings.ruleId"));
        assertEquals(List.of("statements", "performance", "disclosure", "disclosure", "disclosure"), f.getList("findings.origin"));
        assertEquals(3, f.getInt("fatal"));
        assertEquals(2, f.getInt("warning"));
        assertEquals(2, f.getInt("unexplainedWarnings"));
        assertEquals("procurement/T11/政府采购支出总额/procurementTotal", f.getString("findings[2].location"));
        assertEquals(3600000.00f, f.getFloat("findings[2].provided"));
        assertEquals(3586400.00f, f.getFloat("findings[2].expected"));
        assertEquals(13600.00f, f.getFloat("findings[2].difference"));
        assertEquals("procurement/T12/政府购买服务支出/purchasedServicesTotal", f.getString("findings[3].location"));
        assertEquals("performance/P/绩效评价项目金额合计/evaluatedProjectAmount", f.getString("findings[4].location"));
        assertEquals("performance/P/项目 5/-", f.getString("findings[1].location"));
    }

    @Test
    void aConsistentDisclosureHasNoFindingAndAnUnknownOneIs404() throws Exception {
        String unit = Await.unit();
        for (PartKind k : PartKind.values()) {
            PartPayload.consistent(k, unit, 1).sendWith(events);
        }
        Await.get("/api/v1/disclosures/" + unit + "/2024", j -> "COMPLETE".equals(j.getString("completeness")));
        JsonPath f = findings(unit);
        assertEquals(List.of(), f.getList("findings"));
        assertEquals(0, f.getInt("fatal") + f.getInt("warning") + f.getInt("info"));
        given().get("/api/v1/disclosures/110102-NOSUCH/2024/findings").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/disclosures/x/2024/findings").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("unitCode"));
    }

    @Test
    void findingsAreAlsoServedAsCsvWithExactAmounts() throws Exception {
        String unit = Await.unit();
        PartPayload.consistent(PartKind.STATEMENTS, unit, 1).sendWith(events);
        // beyond a double's 15-16 significant digits: must come back exactly as sent
        PartPayload.consistent(PartKind.PROCUREMENT, unit, 1).figure("procurementTotal", "98765432101234.56").sendWith(events);
        Await.revision(unit, "procurement", 1);
        Await.revision(unit, "statements", 1);
        String csv = given().accept("text/csv").get("/api/v1/disclosures/" + unit + "/2024/findings").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals("rule_id,severity,part,table,row,column,provided,expected,difference,message", lines[0]);
        assertEquals(3, lines.length, csv);
        assertTrue(lines[1].startsWith("DS-PART-001,FATAL,performance,,,,,,,"), lines[1]);
        assertTrue(lines[2].startsWith("DS-T11-001,FATAL,procurement,T11,政府采购支出总额,procurementTotal,98765432101234.56,3586400.00,98765428514834.56,"), lines[2]);
    }

    @Test
    void theCrossPartCatalogueIsServed() {
        given().get("/api/v1/disclosures/rules").then().statusCode(200)
                .body("id", hasItems("DS-PART-001", "DS-T11-001", "DS-T12-001", "DS-P4-001"))
                .body("find { it.id == 'DS-T12-001' }.severity", equalTo("WARNING"));
    }
}
