package org.fiscaldisclosure.performance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.testsupport.AccessMatrix;
import org.fiscaldisclosure.testsupport.ExplicitTokens;
import org.fiscaldisclosure.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Who gets 2xx, 401 and 403 on every endpoint of the performance-service (docs/security.md). */
@QuarkusTest
@ExplicitTokens
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "performance"))
class AccessMatrixTest {

    static final int OK = 200;

    @Test
    void everyEndpointAnswersEachRoleAsTheMatrixSays() throws Exception {
        String unit = Parts.unit();
        String part = Parts.url(unit);
        String json = Parts.clean().toString();
        String project = Parts.JSON.writeValueAsString(Parts.clean().get("projects").get(0));
        given().header("Authorization", "Bearer " + TestTokens.preparer(unit)).contentType(ContentType.JSON).body(json)
                .put(part).then().statusCode(201);
        //                                                   anonymous preparer other-unit reviewer publisher admin
        new AccessMatrix(unit)
                .row("GET", part, 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/revisions/1", 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/findings", 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/findings", () -> given().accept("text/csv"), 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/projects/P01", 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/scores", 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/audit", 401, OK, 403, OK, OK, OK)
                .row("GET", "/api/v1/performance?year=2024", 401, 403, 403, OK, OK, OK)
                .row("PUT", part, () -> given().contentType(ContentType.JSON).body(json), 401, OK, 403, 403, 403, 403)
                .row("PUT", part + "/projects/P01", () -> given().contentType(ContentType.JSON).body(project),
                        401, OK, 403, 403, 403, 403)
                .row("GET", "/api/v1/performance/rules", OK, OK, OK, OK, OK, OK)
                .row("GET", "/api/v1/performance/scoring-profiles", OK, OK, OK, OK, OK, OK)
                .row("GET", "/q/health", OK, OK, OK, OK, OK, OK)
                .verify();
    }

    @Test
    void aProjectReplacedByAnotherPreparerIsAuditedAgainstTheRevisionBefore() throws Exception {
        String unit = Parts.unit();
        given().header("Authorization", "Bearer " + TestTokens.namedPreparer("u-a", "甲", unit)).contentType(ContentType.JSON)
                .body(Parts.clean().toString()).put(Parts.url(unit)).then().statusCode(201);
        ObjectNode project = (ObjectNode) Parts.clean().get("projects").get(0);
        project.put("name", "社区工作者招聘经费（调整）");
        given().header("Authorization", "Bearer " + TestTokens.namedPreparer("u-b", "乙", unit)).contentType(ContentType.JSON)
                .body(project.toString()).put(Parts.url(unit) + "/projects/P01").then().statusCode(200);
        given().header("Authorization", "Bearer " + TestTokens.admin()).get(Parts.url(unit) + "/audit").then()
                .statusCode(OK)
                .body("actor.subject", equalTo(java.util.List.of("u-a", "u-b")))
                .body("[1].revision", equalTo(2))
                .body("[1].summary.changedFields", equalTo(1))
                .body("[1].summary.changes[0].path", equalTo("/projects/projectCode=P01/name"));
    }
}
