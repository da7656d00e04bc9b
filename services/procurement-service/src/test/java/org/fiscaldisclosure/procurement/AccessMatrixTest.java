package org.fiscaldisclosure.procurement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.platform.xlsx.Xlsx;
import org.fiscaldisclosure.testsupport.AccessMatrix;
import org.fiscaldisclosure.testsupport.ExplicitTokens;
import org.fiscaldisclosure.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Who gets 2xx, 401 and 403 on every endpoint of the procurement-service (docs/security.md). */
@QuarkusTest
@ExplicitTokens
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class AccessMatrixTest {

    static final int OK = 200;

    @Test
    void everyEndpointAnswersEachRoleAsTheMatrixSays() throws Exception {
        String unit = Parts.unit();
        String part = Parts.url(unit);
        String json = Parts.clean().toString();
        given().header("Authorization", "Bearer " + TestTokens.preparer(unit)).contentType(ContentType.JSON).body(json)
                .put(part).then().statusCode(201);
        byte[] workbook = given().header("Authorization", "Bearer " + TestTokens.admin()).get(part + "/tables.xlsx")
                .then().statusCode(OK).extract().asByteArray();
        //                                                   anonymous preparer other-unit reviewer publisher admin
        new AccessMatrix(unit)
                .row("GET", part, 401, OK, 403, OK, OK, OK)
                .row("GET", part, () -> given().accept(Xlsx.MEDIA_TYPE), 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/revisions/1", 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/findings", 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/findings", () -> given().accept("text/csv"), 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/tables", 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/tables", () -> given().accept(Xlsx.MEDIA_TYPE), 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/tables.xlsx", 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/narrative", 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/narrative", () -> given().accept("text/plain"), 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/audit", 401, OK, 403, OK, OK, OK)
                .row("GET", "/api/v1/procurement?year=2024", 401, 403, 403, OK, OK, OK)
                .row("PUT", part, () -> given().contentType(ContentType.JSON).body(json), 401, OK, 403, 403, 403, 403)
                .row("PUT", part, () -> given().contentType(Xlsx.MEDIA_TYPE).body(workbook), 401, OK, 403, 403, 403, 403)
                .row("GET", "/api/v1/procurement/rules", OK, OK, OK, OK, OK, OK)
                .row("GET", "/q/health", OK, OK, OK, OK, OK, OK)
                .verify();
    }

    @Test
    void theAuditShowsEachPreparerAndWhatTheyChanged() throws Exception {
        String unit = Parts.unit();
        var body = Parts.clean();
        given().header("Authorization", "Bearer " + TestTokens.namedPreparer("u-a", "甲", unit)).contentType(ContentType.JSON)
                .body(body.toString()).put(Parts.url(unit)).then().statusCode(201);
        Parts.purchased(body).put("total", new java.math.BigDecimal("160000.00"));
        given().header("Authorization", "Bearer " + TestTokens.namedPreparer("u-b", "乙", "110102-*"))
                .contentType(ContentType.JSON).body(body.toString()).put(Parts.url(unit)).then().statusCode(200);
        given().header("Authorization", "Bearer " + TestTokens.publisher()).get(Parts.url(unit) + "/audit").then()
                .statusCode(OK)
                .body("actor.name", equalTo(java.util.List.of("甲", "乙")))
                .body("[1].summary.changes[0].path", equalTo("/purchasedServices/total"))
                .body("[1].summary.changes[0].to", equalTo(160000.00f))
                .body("[1].summary.changedCells", equalTo(1));
    }
}
