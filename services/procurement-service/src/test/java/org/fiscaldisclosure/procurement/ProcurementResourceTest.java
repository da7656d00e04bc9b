package org.fiscaldisclosure.procurement;

import static io.restassured.RestAssured.given;
import static org.fiscaldisclosure.procurement.Parts.put;
import static org.fiscaldisclosure.procurement.Parts.sampleText;
import static org.fiscaldisclosure.procurement.Parts.unit;
import static org.fiscaldisclosure.procurement.Parts.url;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.platform.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class ProcurementResourceTest {

    @Test
    void theSeedsProcurementIsStoredWithItsTotalsAndTheFindingsTheSeedDeserves() throws Exception {
        String unit = unit();
        given().contentType(ContentType.JSON).body(sampleText()).put(url(unit)).then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("headline.procurementTotal", equalTo(195300.00f))
                .body("headline.smeAwards", equalTo(195300.00f))
                .body("headline.smallMicroAwards", equalTo(195300.00f))
                .body("headline.purchasedServicesTotal", equalTo(216650.00f))
                .body("headline.procurementServices", equalTo(195300.00f))
                .body("headline.smeSharePercent", equalTo(100.00f))
                .body("validation.fatal", equalTo(0))
                .body("validation.findings.ruleId", equalTo(List.of("PR-T12-002", "PR-T12-002", "PR-T12-004")))
                .body("validation.findings.column", equalTo(List.of("承接主体", "项目编码", "金额")))
                .body("validation.findings[2].provided", equalTo(216650.00f))
                .body("validation.findings[2].expected", equalTo(195300.00f))
                .body("part.purchasedServices.items[0].project", equalTo("西城区2024年度街道系统绩效管理考评咨询服务"));
        assertEquals(1, OutboxEvent.count("subject = ?1 and type = ?2", unit + "/2024", "fiscal.procurement.part.revised.v1"));
    }

    @Test
    void figuresLeftOutAreDerivedFromTheContractsAndItems() throws Exception {
        ObjectNode part = Parts.clean();
        for (String f : List.of("goods", "works", "services", "statedTotal", "smeAwards", "smallMicroAwards",
                "statedSmeShare", "statedSmallMicroShare")) {
            Parts.procurement(part).remove(f);
        }
        Parts.purchased(part).remove("total");
        String unit = unit();
        put(unit, part).statusCode(201)
                .body("headline.procurementTotal", equalTo(315312.50f))
                .body("headline.procurementGoods", equalTo(120000.00f))
                .body("headline.smeAwards", equalTo(315312.50f))
                .body("headline.smallMicroAwards", equalTo(195312.50f))
                .body("headline.smallMicroSharePercent", equalTo(61.94f))
                .body("headline.purchasedServicesTotal", equalTo(150000.00f))
                .body("validation.findings", hasSize(0))
                .body("part.procurement.goods", nullValue());
        given().get(url(unit) + "/tables").then().statusCode(200)
                .body("table11.total.yuan", equalTo(315312.50f))
                .body("table11.total.wanYuan", equalTo(31.53f))
                .body("table11.total.source", equalTo("DERIVED"))
                .body("table11.contracts.supplierSize", equalTo(List.of("MEDIUM", "SMALL")))
                .body("table12.total.source", equalTo("DERIVED"))
                .body("table12.rows[0].wanYuan", equalTo(15.00f));
    }

    @Test
    void theTablesAsDataSayWhichFiguresWereStated() throws Exception {
        String unit = unit();
        put(unit, sampleText()).statusCode(201);
        given().get(url(unit) + "/tables").then().statusCode(200)
                .body("revision", equalTo(1))
                .body("table11.title", equalTo("政府采购情况表"))
                .body("table11.services.wanYuan", equalTo(19.53f))
                .body("table11.services.source", equalTo("STATED"))
                .body("table11.smeShare", equalTo(100.00f))
                .body("table12.title", equalTo("政府购买服务决算公开情况表"))
                .body("table12.total.wanYuan", equalTo(21.67f))
                .body("table12.rows[0].wanYuan", equalTo(21.67f))
                .body("table12.rows[0].yuan", equalTo(216650.00f));
        given().get(url(unit()) + "/tables").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aFigureNeitherStatedNorDerivableIsRefusedAtItsFieldAndNothingIsStored() throws Exception {
        String unit = unit();
        ObjectNode part = Parts.sample();
        Parts.procurement(part).remove("works");
        Parts.purchased(part).remove("total");
        Parts.purchased(part).remove("items");
        put(unit, part).statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("/procurement/works", "/purchasedServices/total"));
        given().get(url(unit)).then().statusCode(404);
        assertEquals(0, OutboxEvent.count("subject", unit + "/2024"));
    }

    @Test
    void aNegativeOrMissingAmountIsRefusedAndNothingIsStored() throws Exception {
        String unit = unit();
        put(unit, sampleText().replace("\"goods\": 0", "\"goods\": -5")).statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("/procurement/goods"));
        put(unit, "{\"procurement\": {\"goods\": 0}}").statusCode(422)
                .body("errors.field", hasItem("/purchasedServices"))
                .body("errors.field", hasItem("/procurement/works"));
        given().get(url(unit)).then().statusCode(404);
        assertEquals(0, OutboxEvent.count("subject", unit + "/2024"));
    }

    @Test
    void badContractsItemsAndSharesAreRefusedAtTheirFields() throws Exception {
        ObjectNode part = Parts.clean();
        ObjectNode contract = (ObjectNode) Parts.contracts(part).get(1);
        contract.put("category", "FURNITURE");
        String unit = unit();
        put(unit, part).statusCode(422).body("errors.field", hasItem("/procurement/contracts/1/category"));
        part = Parts.clean();
        ((ObjectNode) Parts.contracts(part).get(0)).put("signedOn", "2024-13-40");
        put(unit, part).statusCode(422).body("errors.field", hasItem("/procurement/contracts/0/signedOn"));
        part = Parts.clean();
        ((ObjectNode) Parts.contracts(part).get(0)).put("supplier", " ");
        ((ObjectNode) Parts.contracts(part).get(1)).remove("signedOn");
        Parts.procurement(part).put("statedSmeShare", 100.001);
        ((ObjectNode) Parts.items(part).get(0)).remove("fundingSource");
        put(unit, part).statusCode(422).body("errors.field", hasItems("/procurement/contracts/0/supplier",
                "/procurement/contracts/1/signedOn", "/procurement/statedSmeShare", "/purchasedServices/items/0/fundingSource"));
        given().get(url(unit)).then().statusCode(404);
        assertEquals(0, OutboxEvent.count("subject", unit + "/2024"));
    }

    @Test
    void theRuleCatalogueIsPublished() {
        given().get("/api/v1/procurement/rules").then().statusCode(200)
                .body("id", equalTo(List.of("PR-T11-001", "PR-T11-002", "PR-T11-003", "PR-T11-004", "PR-T11-005",
                        "PR-T11-006", "PR-T11-007", "PR-T12-001", "PR-T12-002", "PR-T12-003", "PR-T12-004", "PR-RND-001")))
                .body("[0].severity", equalTo("FATAL"))
                .body("find { it.id == 'PR-T12-004' }.severity", equalTo("WARNING"))
                .body("find { it.id == 'PR-T12-002' }.severity", equalTo("INFO"));
    }

    @Test
    void theFindingsAreServedAsJsonAndCsv() throws Exception {
        String unit = unit();
        put(unit, sampleText()).statusCode(201);
        given().get(url(unit) + "/findings").then().statusCode(200).body("warning", equalTo(1)).body("info", equalTo(2));
        String csv = given().accept("text/csv").get(url(unit) + "/findings").then().statusCode(200).extract().asString();
        assertEquals("PR-T12-004,WARNING,procurement,T12,政府购买服务决算,金额,216650.00,195300.00,21350.00,"
                + "政府购买服务决算高于政府采购服务支出，请说明（采购限额以下的购买服务不属于政府采购）", csv.split("\r\n")[3]);
    }
}
