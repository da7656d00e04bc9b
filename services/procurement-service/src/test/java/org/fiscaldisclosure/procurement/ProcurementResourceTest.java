package org.fiscaldisclosure.procurement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.support.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class ProcurementResourceTest {

    static String sample() throws Exception {
        return Files.readString(Path.of("../../sample/110102-SWD/2024/procurement.json"));
    }

    static String url(String unit) {
        return "/api/v1/procurement/" + unit + "/2024";
    }

    static String unit() {
        return "110102-P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void theSeedsProcurementIsStoredWithItsTotalsAndNoFindings() throws Exception {
        String unit = unit();
        given().contentType(ContentType.JSON).body(sample()).put(url(unit)).then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("headline.procurementTotal", equalTo(195300.00f))
                .body("headline.smeAwards", equalTo(195300.00f))
                .body("headline.purchasedServicesTotal", equalTo(216650.00f))
                .body("validation.findings", hasSize(0));
        assertEquals(1, OutboxEvent.count("subject = ?1 and type = ?2", unit + "/2024", "fiscal.procurement.part.revised.v1"));
    }

    @Test
    void aStatedTotalThatIsNotGoodsPlusWorksPlusServicesIsAFinding() throws Exception {
        String unit = unit();
        given().contentType(ContentType.JSON).body(sample().replace("\"statedTotal\": 195300.00", "\"statedTotal\": 195000.00"))
                .put(url(unit)).then().statusCode(201)
                .body("validation.findings.ruleId", equalTo(List.of("PR-T11-001")))
                .body("validation.findings[0].expected", equalTo(195300.00f))
                .body("validation.findings[0].difference", equalTo(-300.00f));
    }

    @Test
    void smallAndMicroAwardsAboveSmeAwardsAreAFinding() throws Exception {
        String unit = unit();
        given().contentType(ContentType.JSON).body(sample().replace("\"smeAwards\": 195300.00", "\"smeAwards\": 100000.00"))
                .put(url(unit)).then().statusCode(201)
                .body("validation.findings.ruleId", equalTo(List.of("PR-T11-003")))
                .body("validation.findings[0].provided", equalTo(195300.00f))
                .body("validation.findings[0].expected", equalTo(100000.00f));
    }

    @Test
    void smeAwardsAboveTheTotalAreAFinding() throws Exception {
        String unit = unit();
        given().contentType(ContentType.JSON).body(sample().replace("\"smeAwards\": 195300.00", "\"smeAwards\": 200000.00"))
                .put(url(unit)).then().statusCode(201)
                .body("validation.findings.ruleId", equalTo(List.of("PR-T11-002")));
    }

    @Test
    void aNegativeOrMissingAmountIsRefusedAndNothingIsStored() throws Exception {
        String unit = unit();
        given().contentType(ContentType.JSON).body(sample().replace("\"goods\": 0", "\"goods\": -5"))
                .put(url(unit)).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("/procurement/goods"));
        given().contentType(ContentType.JSON).body("{\"procurement\": {\"goods\": 0}}")
                .put(url(unit)).then().statusCode(422)
                .body("errors.field", hasItem("/purchasedServices"))
                .body("errors.field", hasItem("/procurement/works"));
        given().get(url(unit)).then().statusCode(404);
        assertEquals(0, OutboxEvent.count("subject", unit + "/2024"));
    }

    @Test
    void theRuleCatalogueIsPublished() {
        given().get("/api/v1/procurement/rules").then().statusCode(200)
                .body("id", equalTo(List.of("PR-T11-001", "PR-T11-002", "PR-T11-003")))
                .body("[0].severity", equalTo("FATAL"));
    }
}
