package org.fiscaldisclosure.statements;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.platform.outbox.OutboxEvent;
import org.fiscaldisclosure.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Input that says what it wants: numbers as numbers, flags as flags, each member once, exponents a decimal can hold,
 * only the documented keys (also under priorYear), Chinese messages, the allowed values of an enumeration, an exact
 * Content-Type, and tokens of bounded lifetime with an array of units. Each refusal is a 4xx problem naming the field,
 * and nothing is stored.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "statements"))
class StrictInputTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String UNIT = "110102-STRICT";
    static final String URL = "/api/v1/final-accounts/" + UNIT + "/2024";
    static final String FIRST_AMOUNT = "/tables/summary/rows/0/values/amount";

    @AfterEach
    void nothingWasStoredOrQueued() {
        given().get(URL).then().statusCode(404).contentType("application/problem+json");
        assertEquals(0, OutboxEvent.count("subject", UNIT + "/2024"));
    }

    static String clean() throws Exception {
        return FinalAccountsResourceTest.clean();
    }

    /** The clean part with the raw JSON text {@code raw} in place of the first amount of table 1. */
    static String withFirstAmount(String raw) throws Exception {
        String body = clean();
        String marker = "\"amount\": 3586400.0";
        assertEquals(true, body.contains(marker), "the fixture has the amount");
        return body.replaceFirst(java.util.regex.Pattern.quote(marker), "\"amount\": " + java.util.regex.Matcher.quoteReplacement(raw));
    }

    static void refused(String body, int status, String field) {
        given().contentType(ContentType.JSON).body(body).put(URL).then().statusCode(status)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    @Test
    void exponentsNoDecimalCanHoldAre422AtTheAmountNot500() throws Exception {
        for (String n : List.of("1E2147483648", "1e99999999999", "0E99999999999", "1E-2147483649")) {
            given().contentType(ContentType.JSON).body(withFirstAmount(n)).put(URL).then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(FIRST_AMOUNT))
                    .body("errors[0].message", containsString("超出范围"));
        }
    }

    @Test
    void numbersAndFlagsSentAsTextAre422() throws Exception {
        for (String n : List.of("\"100\"", "\" 100 \"", "\"1E+2\"")) {
            refused(withFirstAmount(n), 422, FIRST_AMOUNT);
        }
        for (String flag : List.of("\"true\"", "\"TRUE\"", "1")) {
            refused(clean().replace("\"newlyEstablished\": true", "\"newlyEstablished\": " + flag), 422, "/unit/newlyEstablished");
        }
    }

    @Test
    void aMemberGivenTwiceIs422() throws Exception {
        String twice = clean().replace("\"name\": \"中共北京市西城区委社会工作部\"",
                "\"name\": \"中共北京市西城区委社会工作部\", \"name\": \"另一个单位\"");
        given().contentType(ContentType.JSON).body(twice).put(URL).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("/unit/name"))
                .body("errors[0].message", equalTo("字段 \"name\" 重复出现"));
    }

    @Test
    void aMisspelledPriorYearKeyIsRefusedAndTheDocumentedOnesAreNot() throws Exception {
        ObjectNode part = (ObjectNode) JSON.readTree(clean());
        part.with("priorYear").with("figures").put("grandTotl", 3000000);
        given().contentType(ContentType.JSON).body(part.toString()).put(URL).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", startsWith("/priorYear/figures"))
                .body("errors[0].message", equalTo("未知字段 \"grandTotl\""));
        ObjectNode reason = (ObjectNode) JSON.readTree(clean());
        reason.with("priorYear").with("reasons").put("grand_total", "原因");
        refused(reason.toString(), 422, "/priorYear/reasons/grand_total");

        String unit = "110102-P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace("-", "");
        ObjectNode ok = (ObjectNode) JSON.readTree(clean());
        ok.with("priorYear").with("figures").put("grandTotal", 3000000).put("officeOperatingCost", 80000);
        ok.with("priorYear").with("reasons").put("grandTotal", "新增社区工作者招聘项目。");
        given().contentType(ContentType.JSON).body(ok.toString()).put(FinalAccountsResourceTest.url(unit)).then().statusCode(201)
                .body("part.priorYear.figures.grandTotal", equalTo(3000000.00f))
                .body("part.priorYear.figures.keySet()", equalTo(new java.util.LinkedHashSet<>(List.of("grandTotal", "officeOperatingCost"))))
                .body("part.priorYear.reasons.grandTotal", equalTo("新增社区工作者招聘项目。"));
    }

    @Test
    void constraintMessagesAreChineseAndEnumerationErrorsListTheAllowedValues() throws Exception {
        ObjectNode part = (ObjectNode) JSON.readTree(clean());
        part.putNull("priorYear");
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(part.toString()).put(URL).then()
                .statusCode(422).body("errors[0].field", equalTo("/priorYear"))
                .body("errors[0].message", equalTo("缺少必填字段（不能为 null）"));
        String kind = clean().replace("\"kind\": \"ADMINISTRATIVE\"", "\"kind\": \"GOVERNMENT\"");
        given().contentType(ContentType.JSON).body(kind).put(URL).then().statusCode(422)
                .body("errors[0].field", equalTo("/unit/kind"))
                .body("errors[0].message", containsString("允许的取值："))
                .body("errors[0].message", containsString("ADMINISTRATIVE"));
    }

    @Test
    void invisibleFormatCharactersFillersAndSeparatorsInTextAre422() throws Exception {
        for (String escape : List.of("\\u2064", "\\u00ad", "\\u180e", "\\u3164", "\\udb40\\udc01", "\\u2028", "\\ue000")) {
            given().contentType(ContentType.JSON).body(HostileInputTest.withName(escape)).put(URL).then().statusCode(422)
                    .body("errors[0].field", equalTo("/unit/name")).body("errors[0].message", startsWith("含有不允许的字符 U+"));
        }
    }

    @Test
    void aWildcardContentTypeIsNotJson() throws Exception {
        for (String type : List.of("*/*", "application/*")) {
            given().contentType(type).body(clean().getBytes(java.nio.charset.StandardCharsets.UTF_8)).put(URL).then().statusCode(415)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("Content-Type"));
        }
    }

    @Test
    void aTokenLivingLongerThanADayOrWithUnitsNotAnArrayIs401() throws Exception {
        String longLived = TestTokens.issuer().token("u-long").name("长期").roles("preparer").units("*")
                .validFor(Duration.between(Instant.now(), Instant.parse("9999-12-31T00:00:00Z"))).sign();
        String stringUnits = TestTokens.issuer().token("u-str").name("字符串").roles("preparer").claim("units", "*").sign();
        for (String token : List.of(longLived, stringUnits)) {
            given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(clean()).put(URL).then()
                    .statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("detail", startsWith("令牌无效："));
        }
        String day = TestTokens.issuer().token("u-day").name("一天").roles("reviewer").validFor(Duration.ofHours(24)).sign();
        given().header("Authorization", "Bearer " + day).get("/api/v1/final-accounts/rules").then().statusCode(200);
    }

    @Test
    void theListingShowsAReviewerOnlyTheUnitsItsTokenGrants() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace("-", "");
        String own = "110108-L" + suffix;
        String other = "110114-L" + suffix;
        for (String unit : List.of(own, other)) {
            given().contentType(ContentType.JSON).body(clean()).put(FinalAccountsResourceTest.url(unit)).then().statusCode(201);
        }
        String scoped = TestTokens.issuer().token("u-rev").name("海淀审核").roles("reviewer").units("110108-*").sign();
        given().header("Authorization", "Bearer " + scoped).get("/api/v1/final-accounts?year=2024&region=110114").then()
                .statusCode(200).body("total", equalTo(0)).body("items", org.hamcrest.Matchers.empty());
        given().header("Authorization", "Bearer " + scoped).get("/api/v1/final-accounts?year=2024&size=500").then()
                .statusCode(200).body("items.unitCode", hasItem(own)).body("items.unitCode", not(hasItem(other)))
                .body("items.regionCode", everyItem(equalTo("110108")));
        String exact = TestTokens.issuer().token("u-rev2").name("单位审核").roles("reviewer").units(other).sign();
        given().header("Authorization", "Bearer " + exact).get("/api/v1/final-accounts?year=2024&size=500").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].unitCode", equalTo(other));
        given().get("/api/v1/final-accounts?year=2024&region=110114&size=500").then().statusCode(200)
                .body("items.unitCode", hasItem(other));
    }
}
