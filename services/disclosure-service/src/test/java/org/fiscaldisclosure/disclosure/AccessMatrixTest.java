package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.testsupport.AccessMatrix;
import org.fiscaldisclosure.testsupport.ExplicitTokens;
import org.fiscaldisclosure.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Who gets 2xx, 401 and 403 on every endpoint of the disclosure-service (docs/security.md), walking one disclosure
 * from draft through an explanation and an approval to a published version; then its audit trail.
 */
@QuarkusTest
@ExplicitTokens
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class AccessMatrixTest {

    static final int OK = 200;
    static final PartEvents events = new PartEvents();

    static JsonPath asSuperUser(String path) {
        return given().header("Authorization", "Bearer " + TestTokens.superUser()).get(path).then().statusCode(OK)
                .extract().jsonPath();
    }

    static JsonPath await(String path, java.util.function.Predicate<JsonPath> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var r = given().header("Authorization", "Bearer " + TestTokens.superUser()).get(path);
            if (r.statusCode() == OK && condition.test(r.jsonPath())) {
                return r.jsonPath();
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " never met the condition");
    }

    @Test
    void everyEndpointAnswersEachRoleAsTheMatrixSaysAndTheAuditNamesWhoActed() throws Exception {
        String unit = Await.unit();
        String base = "/api/v1/disclosures/" + unit + "/2024";
        String region = unit.substring(0, 6);
        PartPayload.consistent(PartKind.STATEMENTS, unit, 1).sendWith(events);
        PartPayload.consistent(PartKind.PROCUREMENT, unit, 1).figure("purchasedServicesTotal", "216650.00").sendWith(events);
        PartPayload.consistent(PartKind.PERFORMANCE, unit, 1).sendWith(events);
        await(base, j -> j.getMap("revisions").size() == 3);
        String location = asSuperUser(base + "/publication").getString("blockingFindings[0].location");

        //                                                   anonymous preparer other-unit reviewer publisher admin
        new AccessMatrix(unit)
                .row("GET", base, 401, OK, 403, OK, OK, OK)
                .row("GET", base + "/findings", 401, OK, 403, OK, OK, OK)
                .row("GET", base + "/findings", () -> given().accept("text/csv"), 401, OK, 403, OK, OK, OK)
                .row("GET", base + "/publication", 401, OK, 403, OK, OK, OK)
                .row("GET", base + "/history", 401, OK, 403, OK, OK, OK)
                .row("GET", base + "/audit", 401, OK, 403, OK, OK, OK)
                .row("GET", "/api/v1/disclosures?year=2024", 401, 403, 403, OK, OK, OK)
                .row("GET", "/api/v1/disclosures/rules", OK, OK, OK, OK, OK, OK)
                .row("GET", "/api/v1/disclosures/parked-events", 401, 403, 403, 403, 403, OK)
                .row("POST", base + "/explanations", () -> given().contentType(ContentType.JSON).body(Map.of(
                        "ruleId", "DS-T12-001", "location", location, "text", "低于集中采购限额的购买服务", "author", "钱财务")),
                        401, 403, 403, 201, 403, 403)
                .row("POST", base + "/approvals", () -> given().contentType(ContentType.JSON).body(Map.of(
                        "contentHash", asSuperUser(base + "/publication").getString("contentHash"), "approver", "王审核",
                        "confidentialityReviewed", true, "confidentialityReviewer", "李保密",
                        "signedOff", true, "signedOffBy", "张部长")),
                        401, 403, 403, 201, 403, 403)
                .row("POST", base + "/versions", () -> given().contentType(ContentType.JSON).body(Map.of(
                        "contentHash", asSuperUser(base + "/publication").getString("contentHash"), "publishedBy", "赵发布")),
                        401, 403, 403, 403, 201, 403)
                .row("GET", base + "/versions", OK, OK, OK, OK, OK, OK)
                .row("GET", base + "/versions/1", OK, OK, OK, OK, OK, OK)
                .row("GET", base + "/versions/1?format=html", OK, OK, OK, OK, OK, OK)
                .row("GET", base + "/versions/1?format=json", OK, OK, OK, OK, OK, OK)
                .row("GET", base + "/versions/1/diff/1", OK, OK, OK, OK, OK, OK)
                .row("GET", base + "/versions/1?format=pdf", OK, OK, OK, OK, OK, OK)
                .row("GET", base + "/versions/1?format=xlsx", OK, OK, OK, OK, OK, OK)
                .row("GET", base + "/versions/1?format=datapackage", OK, OK, OK, OK, OK, OK)
                .row("GET", base + "/versions/1/files/datapackage.json", OK, OK, OK, OK, OK, OK)
                .row("GET", base + "/versions/1/parity", OK, OK, OK, OK, OK, OK)
                .row("GET", "/api/v1/publication-keys", OK, OK, OK, OK, OK, OK)
                .row("GET", "/api/v1/publication-keys/current.pem", OK, OK, OK, OK, OK, OK)
                .row("GET", "/api/v1/regions", OK, OK, OK, OK, OK, OK)
                .row("GET", "/api/v1/regions/" + region + "/summary?year=2024", OK, OK, OK, OK, OK, OK)
                .row("GET", "/portal", OK, OK, OK, OK, OK, OK)
                .row("GET", "/portal/" + region + "/2024", OK, OK, OK, OK, OK, OK)
                .row("GET", "/portal/regions/" + region + "/2024", OK, OK, OK, OK, OK, OK)
                .row("GET", "/portal/disclosures/" + unit + "/2024", OK, OK, OK, OK, OK, OK)
                .row("GET", "/portal/disclosures/" + unit + "/2024/data-quality", OK, OK, OK, OK, OK, OK)
                .row("GET", "/api/v1/quality/disclosures/" + unit + "/2024", OK, OK, OK, OK, OK, OK)
                .row("GET", "/api/v1/quality/regions/" + region + "/2024", OK, OK, OK, OK, OK, OK)
                .row("GET", "/api/v1/feed?regionCode=" + region, OK, OK, OK, OK, OK, OK)
                .row("GET", "/portal/quality/regions/" + region + "/2024", OK, OK, OK, OK, OK, OK)
                .row("GET", "/portal/quality/disclosures/" + unit + "/2024", OK, OK, OK, OK, OK, OK)
                .row("GET", "/portal/search?q=" + unit, OK, OK, OK, OK, OK, OK)
                .row("GET", "/portal/units/" + unit, OK, OK, OK, OK, OK, OK)
                .row("GET", "/portal/regions/" + region + "/2024/units", OK, OK, OK, OK, OK, OK)
                .row("GET", "/portal/disclosures/" + unit + "/2024/versions/1/diff/1", OK, OK, OK, OK, OK, OK)
                .row("GET", "/api/v1/units?q=" + unit, OK, OK, OK, OK, OK, OK)
                .row("GET", "/api/v1/units/" + unit + "/years", OK, OK, OK, OK, OK, OK)
                .row("GET", "/api/v1/regions/" + region + "/units?year=2024", OK, OK, OK, OK, OK, OK)
                .row("GET", "/api/v1/regions/" + region + "/bundle?year=2024&formats=json", OK, OK, OK, OK, OK, OK)
                .row("GET", "/portal/disclosures/" + unit + "/2024/versions/1/verify", OK, OK, OK, OK, OK, OK)
                .row("GET", "/portal/verify.js", OK, OK, OK, OK, OK, OK)
                .row("GET", "/q/health", OK, OK, OK, OK, OK, OK)
                .row("POST", "/api/v1/disclosures/admin/rebuild", 401, 403, 403, 403, 403, 202)
                .verify();
        await(base, j -> j.getMap("revisions").size() == 3); // the rebuild has replayed this disclosure

        // the token's identity beside the name the body stated
        JsonPath audit = asSuperUser(base + "/audit");
        assertEquals(List.of("EXPLAINED", "APPROVED", "PUBLISHED"), audit.getList("action"));
        assertEquals(List.of("test-reviewer", "test-reviewer", "test-publisher"), audit.getList("actor.subject"));
        assertEquals(List.of("测试审核人", "测试审核人", "测试发布人"), audit.getList("actor.name"));
        assertEquals(List.of("钱财务", "王审核", "赵发布"), audit.getList("statedBy"));
        assertEquals(1, audit.getInt("[2].revision"));
        assertEquals("DS-T12-001", audit.getString("[0].summary.ruleId"));
        assertEquals(audit.getString("[1].contentHash"), audit.getString("[2].contentHash"));
        assertEquals("李保密", audit.getString("[1].summary.confidentialityReviewer"));
    }
}
