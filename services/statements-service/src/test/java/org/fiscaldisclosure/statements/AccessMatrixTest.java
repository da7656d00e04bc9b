package org.fiscaldisclosure.statements;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.platform.xlsx.Xlsx;
import org.fiscaldisclosure.testsupport.AccessMatrix;
import org.fiscaldisclosure.testsupport.ExplicitTokens;
import org.fiscaldisclosure.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Who gets 2xx, 401 and 403 on every endpoint of the statements-service (docs/security.md). */
@QuarkusTest
@ExplicitTokens
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "statements"))
class AccessMatrixTest {

    static final int OK = 200;

    static String stored() throws Exception {
        String unit = FinalAccountsResourceTest.unit();
        given().header("Authorization", "Bearer " + TestTokens.preparer(unit)).contentType(ContentType.JSON)
                .body(FinalAccountsResourceTest.clean()).put(FinalAccountsResourceTest.url(unit)).then().statusCode(201);
        return unit;
    }

    @Test
    void everyEndpointAnswersEachRoleAsTheMatrixSays() throws Exception {
        String unit = stored();
        String part = FinalAccountsResourceTest.url(unit);
        byte[] workbook = given().header("Authorization", "Bearer " + TestTokens.reviewer()).accept(Xlsx.MEDIA_TYPE)
                .get(part).then().statusCode(OK).extract().asByteArray();
        String json = FinalAccountsResourceTest.clean();
        //                                                   anonymous preparer other-unit reviewer publisher admin
        new AccessMatrix(unit)
                .row("GET", part, 401, OK, 403, OK, OK, OK)
                .row("GET", part, () -> given().accept(Xlsx.MEDIA_TYPE), 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/revisions/1", 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/findings", 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/findings", () -> given().accept("text/csv"), 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/narrative", 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/narrative", () -> given().accept("text/plain"), 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/charts/income-by-source.svg", 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/tables.xlsx", 401, OK, 403, OK, OK, OK)
                .row("GET", part + "/audit", 401, OK, 403, OK, OK, OK)
                .row("GET", "/api/v1/final-accounts?year=2024", 401, 403, 403, OK, OK, OK)
                .row("PUT", part, () -> given().contentType(ContentType.JSON).body(json), 401, OK, 403, 403, 403, 403)
                .row("PUT", part, () -> given().contentType(Xlsx.MEDIA_TYPE).body(workbook), 401, OK, 403, 403, 403, 403)
                .row("GET", "/api/v1/final-accounts/rules", OK, OK, OK, OK, OK, OK)
                .row("GET", "/api/v1/classifications?year=2024", OK, OK, OK, OK, OK, OK)
                .row("GET", "/api/v1/classifications/func/201", OK, OK, OK, OK, OK, OK)
                .row("GET", "/api/v1/table-sets", OK, OK, OK, OK, OK, OK)
                .row("GET", "/api/v1/table-sets/beijing-2024", OK, OK, OK, OK, OK, OK)
                .row("GET", "/q/health", OK, OK, OK, OK, OK, OK)
                .row("GET", "/q/openapi", OK, OK, OK, OK, OK, OK)
                .verify();
    }

    @Test
    void aPreparerMayBeScopedToARegionOrToEveryUnitButNotToNone() throws Exception {
        String unit = stored();
        String part = FinalAccountsResourceTest.url(unit);
        String json = FinalAccountsResourceTest.clean();
        for (String grant : new String[]{unit, "110102-*", "*"}) {
            given().header("Authorization", "Bearer " + TestTokens.preparer(grant)).contentType(ContentType.JSON).body(json)
                    .put(part).then().statusCode(OK);
        }
        for (String grant : new String[]{"310101-*", "110102", "110102-T", ""}) {
            given().header("Authorization", "Bearer " + TestTokens.preparer(grant)).contentType(ContentType.JSON).body(json)
                    .put(part).then().statusCode(403).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("unitCode"));
        }
        String noUnits = TestTokens.issuer().token("p").name("无单位").roles("preparer").sign();
        given().header("Authorization", "Bearer " + noUnits).get(part).then().statusCode(403);
        // a reviewer whose token narrows it to other units is bound by them too
        String narrowed = TestTokens.issuer().token("r").name("区审核").roles("reviewer").units("310101-*").sign();
        given().header("Authorization", "Bearer " + narrowed).get(part).then().statusCode(403);
    }

    @Test
    void aTokenThatIsNotValidIs401WithABearerChallengeAndChangesNothing() throws Exception {
        String unit = stored();
        String part = FinalAccountsResourceTest.url(unit);
        for (Map.Entry<String, String> forged : TestTokens.forged().entrySet()) {
            given().header("Authorization", "Bearer " + forged.getValue()).contentType(ContentType.JSON)
                    .body(FinalAccountsResourceTest.clean()).put(part)
                    .then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("status", equalTo(401));
        }
        given().header("Authorization", "Basic dXNlcjpwYXNz").get(part).then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().header("Authorization", "Bearer " + TestTokens.forged().get("expired")).get(part).then().statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"));
        given().header("Authorization", "Bearer " + TestTokens.reviewer()).get(part).then().statusCode(OK)
                .body("revision", equalTo(1));
    }
}
