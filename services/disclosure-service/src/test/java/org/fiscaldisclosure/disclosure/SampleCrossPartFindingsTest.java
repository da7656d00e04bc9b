package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/**
 * The sample (the seed, {@code sample/110102-SWD/2024/*.json}) sent as the producers send it: the whole disclosure's
 * cross-part findings are exactly the seed's cross-part inconsistency, 政府购买服务 21.67 万元 over 政府采购服务支出
 * 19.53 万元; every rule on detailed figures runs on the parts and stays quiet (Part 4 = the statements' totals, each
 * project within 项目支出, the purchased service = its project's 21.665 万元 HALF_UP).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class SampleCrossPartFindingsTest {

    static final PartEvents events = new PartEvents();

    /** The sample's parts with the headline figures their producers compute for them (元). */
    static void sendSample(String unit) throws Exception {
        PartPayload.of(PartKind.STATEMENTS, unit, 1).figure("incomeTotal", "3586400.00").figure("expenditureTotal", "3586400.00")
                .figure("grandIncomeTotal", "3586400.00").figure("grandExpenditureTotal", "3586400.00")
                .figure("basicExpenditure", "85200.00").figure("projectExpenditure", "3501200.00")
                .figure("appropriationGrandTotal", "3586400.00").figure("threePublicActual", "0.00").sendWith(events);
        PartPayload.of(PartKind.PROCUREMENT, unit, 1).figure("procurementTotal", "195300.00").figure("smeAwards", "195300.00")
                .figure("smallMicroAwards", "195300.00").figure("purchasedServicesTotal", "216650.00")
                .figure("procurementGoods", "0.00").figure("procurementWorks", "0.00")
                .figure("procurementServices", "195300.00").sendWith(events);
        PartPayload.of(PartKind.PERFORMANCE, unit, 1).figure("departmentScore", "98").figure("evaluatedProjects", "9")
                .figure("evaluatedProjectAmount", "1064451.00").figure("distinctEvaluatedProjects", "8")
                .figure("evaluatedProjectBudget", "1180801.00").sendWith(events);
        Await.get("/api/v1/disclosures/" + unit + "/2024", j -> "COMPLETE".equals(j.getString("completeness")));
    }

    @Test
    void theSamplesCrossPartFindingsAreTheSeedsInconsistency() throws Exception {
        String unit = Await.unit();
        sendSample(unit);
        JsonPath f = given().get("/api/v1/disclosures/" + unit + "/2024/findings").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> crossPart = f.getList("findings.findAll { it.origin == 'disclosure' }");
        assertEquals(1, crossPart.size(), crossPart.toString());
        Map<String, Object> x = crossPart.get(0);
        assertEquals("DS-T12-001", x.get("ruleId"));
        assertEquals("WARNING", x.get("severity"));
        assertEquals("procurement/T12/政府购买服务支出/purchasedServicesTotal", x.get("location"));
        assertEquals(216650.00f, ((Number) x.get("provided")).floatValue());
        assertEquals(195300.00f, ((Number) x.get("expected")).floatValue());
        assertEquals(21350.00f, ((Number) x.get("difference")).floatValue());
        // the exact amounts, as text
        String csv = given().accept("text/csv").get("/api/v1/disclosures/" + unit + "/2024/findings").then()
                .statusCode(200).extract().asString();
        assertEquals(1, csv.lines().filter(l -> l.startsWith("DS-")).count(), csv);
        assertEquals(true, csv.lines().anyMatch(l -> l.startsWith(
                "DS-T12-001,WARNING,procurement,T12,政府购买服务支出,purchasedServicesTotal,216650.00,195300.00,21350.00,")), csv);
    }
}
