package org.fiscaldisclosure.statements;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import org.fiscaldisclosure.contracts.event.MessageLimits;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.platform.outbox.OutboxEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bad input gets RFC 9457 problem details with one error per field, and stores nothing and sends nothing. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "statements"))
class BadInputTest {

    static final String UNIT = "110102-BAD";
    static final String URL = "/api/v1/final-accounts/" + UNIT + "/2024";

    @AfterEach
    void nothingWasStoredOrQueued() {
        given().get(URL).then().statusCode(404).contentType("application/problem+json");
        assertEquals(0, OutboxEvent.count("subject", UNIT + "/2024"));
    }

    private ValidatableResponse put(String url, String body) {
        return given().contentType(ContentType.JSON).body(body).put(url).then()
                .contentType("application/problem+json");
    }

    @Test
    void malformedJsonIs400() throws Exception {
        put(URL, "{\"unit\": {").statusCode(400).body("status", equalTo(400)).body("errors[0].field", equalTo(""));
    }

    @Test
    void anEmptyBodyIs400() {
        put(URL, "").statusCode(400);
    }

    @Test
    void aWrongTypeIs422AtItsField() throws Exception {
        String body = FinalAccountsResourceTest.sample().replace("\"amount\": 3586400.0", "\"amount\": \"lots\"");
        put(URL, body).statusCode(422).body("errors[0].field", equalTo("/tables/summary/rows/0/values/amount"));
    }

    @Test
    void everyMissingRequiredFieldIsListed() throws Exception {
        put(URL, "{\"unit\": {\"name\": \"\", \"region\": \"北京市西城区\"}}").statusCode(422)
                .body("errors.field", hasItems("/unit/name", "/unit/newlyEstablished", "/unit/kind", "/tableSet",
                        "/tables", "/initialBudget", "/priorYear", "/other"));
    }

    @Test
    void anUnknownFieldIs422AtItsField() throws Exception {
        String body = FinalAccountsResourceTest.sample().replace("\"tableSet\"", "\"tableSetX\": 1, \"tableSet\"");
        put(URL, body).statusCode(422).body("errors[0].field", equalTo("/tableSetX"));
    }

    @Test
    void aNegativeAmountIs422AtItsField() throws Exception {
        String body = FinalAccountsResourceTest.sample().replace("\"amount\": 3586400.0", "\"amount\": -1");
        put(URL, body).statusCode(422).body("errors[0].field", equalTo("/tables/summary/rows/0/values/amount"))
                .body("errors[0].message", equalTo("金额不能为负数"));
    }

    @Test
    void anAmountFinerThanAFenIs422() throws Exception {
        String body = FinalAccountsResourceTest.sample().replace("\"amount\": 3586400.0", "\"amount\": 3586400.001");
        put(URL, body).statusCode(422).body("errors[0].field", equalTo("/tables/summary/rows/0/values/amount"));
    }

    @Test
    void aTableRowOrColumnTheTableSetLacksIs422AtItsPlace() throws Exception {
        String sample = FinalAccountsResourceTest.sample();
        put(URL, sample.replace("\"tableSet\": \"beijing-2024\"", "\"tableSet\": \"shanghai-2024\"")).statusCode(422)
                .body("errors[0].field", equalTo("/tableSet"));
        put(URL, sample.replace("\"governmentFundBasic\"", "\"governmentFundBasicX\"")).statusCode(422)
                .body("errors[0].field", equalTo("/tables/governmentFundBasicX"));
        put(URL, sample.replace("\"code\": \"carryOverAtStart\"", "\"code\": \"carryOver\"")).statusCode(422)
                .body("errors[0].field", equalTo("/tables/summary/rows/10/code"));
        put(URL, sample.replaceFirst("\"basic\": 85200.0", "\"basicX\": 85200.0")).statusCode(422)
                .body("errors[0].field", equalTo("/tables/expenditure/rows/0/values/basicX"));
        put(URL, sample.replace("\"code\": \"2013901\"", "\"code\": \"20139011\"")).statusCode(422)
                .body("errors.field", hasItem("/tables/income/rows/2/code"));
    }

    @Test
    void aMalformedUnitCodeOrYearIs400NamingBoth() throws Exception {
        put("/api/v1/final-accounts/not-a-unit/24", FinalAccountsResourceTest.sample()).statusCode(400)
                .body("errors.field", hasItems("unitCode", "year"));
        put("/api/v1/final-accounts/" + UNIT + "/1899", FinalAccountsResourceTest.sample()).statusCode(400)
                .body("errors.field", hasItem("year"));
    }

    @Test
    void anOversizedBodyIs413() {
        String huge = "{\"unit\": {\"name\": \"" + "x".repeat(MessageLimits.MAX_REQUEST_BYTES + 1_000) + "\"}}";
        put(URL, huge).statusCode(413).body("errors[0].field", equalTo("body"));
    }

    @Test
    void aWrongContentTypeIs415() {
        given().contentType(ContentType.TEXT).body("hello").put(URL).then().statusCode(415)
                .contentType("application/problem+json");
    }
}
