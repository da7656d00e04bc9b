package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Finding and comparing on the portal and in its JSON, on a region of three units of its own: 甲 published for 2023
 * and for 2024 (version 1, then version 2 with a corrected 收支总计), 乙 (a 事业单位) published for 2024, and 丙 a
 * 2024 draft whose figures must never show. The search with its filters and orders, 甲 across years, the region's
 * units side by side with the chart, the difference of 甲's two 2024 versions in words, and the region-year bundle.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class PortalFindAndCompareTest {

    static final PartEvents events = new PartEvents();
    /** Amounts read as the exact decimals the JSON carries. */
    static final JsonPathConfig EXACT = JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);
    static String region;
    static String a;
    static String b;
    static String c;
    static String nameA;
    static String nameB;
    static String nameC;

    @BeforeEach
    void disclosures() throws Exception {
        if (region != null) {
            return;
        }
        String r = Drafts.region();
        a = Drafts.unitIn(r);
        b = Drafts.unitIn(r);
        c = Drafts.unitIn(r);
        nameA = "甲<单位>" + r;
        nameB = "乙事业单位" + r;
        nameC = "丙单位" + r;
        parts(a, 2023, 1, nameA, "ADMINISTRATIVE", Map.of("grandIncomeTotal", "3000000.00", "basicExpenditure", "1000000.00",
                "threePublicActual", "40000.00"));
        publish(a, 2023, null);
        parts(a, 2024, 1, nameA, "ADMINISTRATIVE", Map.of("grandIncomeTotal", "3586400.00", "basicExpenditure", "85200.00",
                "threePublicActual", "50000.00"));
        publish(a, 2024, null);
        PartPayload.consistent(PartKind.STATEMENTS, a, 2).content(statements(nameA, "ADMINISTRATIVE"))
                .figure("grandIncomeTotal", "3600000.00").figure("basicExpenditure", "85200.00").figure("threePublicActual", "50000.00")
                .sendWith(events);
        Await.revision(a, "statements", 2);
        publish(a, 2024, "更正收支总计");
        parts(b, 2024, 1, nameB, "PUBLIC_INSTITUTION", Map.of("grandIncomeTotal", "5000000.00", "basicExpenditure", "2000000.00",
                "threePublicActual", "0.00"));
        publish(b, 2024, null);
        parts(c, 2024, 1, nameC, "ADMINISTRATIVE", Map.of("grandIncomeTotal", "216650.00"));
        region = r;
    }

    static ObjectNode statements(String name, String kind) throws Exception {
        ObjectNode statements = PartEvents.sample(PartKind.STATEMENTS);
        statements.with("unit").put("name", name).put("kind", kind);
        return statements;
    }

    /** The three parts of a unit's year, consistent, with the statements' figures given (元). */
    static void parts(String unit, int year, long revision, String name, String kind, Map<String, String> figures) throws Exception {
        PartPayload statements = PartPayload.consistent(PartKind.STATEMENTS, unit, revision).year(year).content(statements(name, kind));
        figures.forEach(statements::figure);
        statements.sendWith(events);
        PartPayload.consistent(PartKind.PROCUREMENT, unit, revision).year(year).sendWith(events);
        PartPayload.consistent(PartKind.PERFORMANCE, unit, revision).year(year).sendWith(events);
        Await.get("/api/v1/disclosures/" + unit + "/" + year, j -> "COMPLETE".equals(j.getString("completeness")));
    }

    /** Approves and publishes the current content of a unit's year, then waits until every file of the version is READY. */
    static void publish(String unit, int year, String note) throws Exception {
        String base = "/api/v1/disclosures/" + unit + "/" + year;
        String hash = given().get(base + "/publication").then().statusCode(200).extract().path("contentHash");
        given().contentType(ContentType.JSON).body(PublicationFlowTest.approval(hash)).post(base + "/approvals").then().statusCode(201);
        // publishing answers once the version's files are rendered: on a loaded machine longer than the default 30 s read timeout
        int version = given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 300_000))).contentType(ContentType.JSON)
                .body(PublicationFlowTest.publish(hash, note)).post(base + "/versions")
                .then().statusCode(201).extract().path("version");
        Await.get(base + "/versions/" + version, j -> j.getList("files.state").stream().allMatch("READY"::equals));
    }

    // ---------------------------------------------------------------- search

    @Test
    void theSearchFindsAUnitByPartOfItsNameOrCodeWithFiguresOfItsNewestPublishedVersionOnly() {
        JsonPath byName = given().queryParam("q", "甲<单位>" + region).get("/api/v1/units").then().statusCode(200).extract().jsonPath().using(EXACT);
        assertEquals(2, byName.getInt("total"));
        assertEquals("元", byName.getString("amountUnit"));
        assertEquals("CNY", byName.getString("currency"));
        assertEquals(List.of(2024, 2023), byName.getList("items.fiscalYear"));
        assertEquals(List.of(a, a), byName.getList("items.unitCode"));
        assertEquals(List.of(2, 1), byName.getList("items.latestVersion"));
        assertEquals(new BigDecimal("3600000.00"), exact(byName, "items[0].grandTotal"));
        assertEquals("ADMINISTRATIVE", byName.getString("items[0].kind"));
        assertEquals("PUBLISHED", byName.getString("items[0].status"));
        assertEquals("/portal/disclosures/" + a + "/2024", byName.getString("items[0].portalHref"));

        // by code, whatever its case
        given().queryParam("q", b.toLowerCase()).get("/api/v1/units").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].unitCode", equalTo(b));
        // a draft: found, its status only
        given().queryParam("q", nameC).get("/api/v1/units").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].status", equalTo("DRAFT"))
                .body("items[0].grandTotal", nullValue()).body("items[0].kind", nullValue()).body("items[0].latestVersion", nullValue());
    }

    @Test
    void theSearchFiltersByYearStatusAndKindAndSorts() {
        given().queryParam("region", region).queryParam("year", "2023").get("/api/v1/units").then().statusCode(200)
                .body("items.unitCode", equalTo(List.of(a)));
        given().queryParam("region", region).queryParam("kind", "public_institution").get("/api/v1/units").then().statusCode(200)
                .body("items.unitCode", equalTo(List.of(b)));
        given().queryParam("region", region).queryParam("status", "DRAFT").get("/api/v1/units").then().statusCode(200)
                .body("items.unitCode", equalTo(List.of(c)));
        given().queryParam("region", region).queryParam("year", "2024").queryParam("sort", "TOTAL").get("/api/v1/units").then()
                .statusCode(200).body("items.unitCode", equalTo(List.of(b, a, c)));
        given().queryParam("region", region).queryParam("sort", "code").queryParam("size", "2").queryParam("page", "1")
                .get("/api/v1/units").then().statusCode(200).body("total", equalTo(4)).body("items.size()", equalTo(2));
    }

    @Test
    void badSearchParametersAreProblemsNamingEachOne() {
        given().queryParam("year", "20x4").queryParam("status", "GONE").queryParam("kind", "PRIVATE").queryParam("sort", "SIZE")
                .get("/api/v1/units").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("year", "status", "kind", "sort"));
        given().queryParam("q", "甲".repeat(101)).get("/portal/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("figure", "departmentScore").queryParam("year", "2024").get("/api/v1/regions/" + region + "/units")
                .then().statusCode(400).body("errors[0].field", equalTo("figure"));
        given().get("/api/v1/regions/" + region + "/units").then().statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void theSearchPageListsWhatIsFoundEscapedWithItsFormAndNothingOfADraftsFigures() throws Exception {
        String html = PortalPagesTest.page("/portal/search?q=" + java.net.URLEncoder.encode(region, StandardCharsets.UTF_8) + "&sort=TOTAL");
        assertTrue(html.contains("找到 4 个部门决算公开"), html);
        assertTrue(html.contains("<a href=\"/portal/disclosures/" + a + "/2024\">甲&lt;单位&gt;" + region + "</a>"), html);
        assertFalse(html.contains("甲<单位>"), "escaped");
        assertTrue(html.contains("<option value=\"TOTAL\" selected>"), html);
        assertTrue(html.contains("<label for=\"q\">单位名称或代码</label><input id=\"q\" name=\"q\" type=\"search\" value=\"" + region + "\""), html);
        assertTrue(PortalPagesTest.row(html, nameB).contains("<td class=\"num\">500.00</td>"));
        assertTrue(PortalPagesTest.row(html, nameB).contains("事业单位"));
        String draft = PortalPagesTest.row(html, nameC);
        assertTrue(draft.contains("草稿"), draft);
        assertFalse(draft.contains("21.67"), draft);
        assertTrue(html.indexOf(nameB) < html.indexOf(nameA.replace("<", "&lt;").replace(">", "&gt;")), "the larger 收支总计 first");
    }

    // ---------------------------------------------------------------- a unit across years

    @Test
    void aUnitAcrossYearsGivesEachYearsNewestVersionAndTheChangesWithTheirPercentage() {
        JsonPath j = given().get("/api/v1/units/" + a + "/years").then().statusCode(200).extract().jsonPath().using(EXACT);
        assertEquals("元", j.getString("amountUnit"));
        assertEquals(List.of(2023, 2024), j.getList("years.fiscalYear"));
        assertEquals(List.of(1, 2), j.getList("years.version"));
        assertEquals(new BigDecimal("3600000.00"), exact(j, "years[1].figures.grandIncomeTotal"));
        Map<String, Object> total = change(j, "grandIncomeTotal");
        assertEquals(new BigDecimal("600000.00"), new BigDecimal(total.get("difference").toString()).setScale(2));
        assertEquals(new BigDecimal("20.00"), new BigDecimal(total.get("percent").toString()));
        Map<String, Object> basic = change(j, "basicExpenditure");
        assertEquals(new BigDecimal("-91.48"), new BigDecimal(basic.get("percent").toString()));
        assertEquals("收支总计", j.getString("figures[0].label"));
        assertEquals("元", j.getString("figures[0].unit"));

        given().get("/api/v1/units/" + c + "/years").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/units/nonsense/years").then().statusCode(400).body("errors[0].field", equalTo("unitCode"));
    }

    @Test
    void aUnitAcrossYearsPageSaysEachChangeInFiguresAndWords() throws Exception {
        String html = PortalPagesTest.page("/portal/units/" + a);
        assertTrue(html.contains("<title>甲&lt;单位&gt;" + region + "历年部门决算比较</title>"), html);
        assertTrue(html.contains("2024年度收支总计 360.00 万元，比2023年度（300.00 万元）增加 60.00 万元，增长 20.00%。"), html);
        assertTrue(html.contains("2024年度基本支出 8.52 万元，比2023年度（100.00 万元）减少 91.48 万元，下降 91.48%。"), html);
        assertTrue(PortalPagesTest.row(html, "<th scope=\"row\">收支总计</th><td>").contains("<td class=\"num\">+20.00%</td>"), html);
        assertTrue(html.contains("href=\"/portal/disclosures/" + a + "/2023\">2023年度（第1版）</a>"), html);
        given().accept(ContentType.HTML).get("/portal/units/" + c).then().statusCode(404).body(containsString("未找到"));
        // the disclosure's page links it
        assertTrue(PortalPagesTest.page("/portal/disclosures/" + a + "/2024").contains("href=\"/portal/units/" + a + "\">本单位历年比较</a>"));
    }

    // ---------------------------------------------------------------- a region's units

    @Test
    void aRegionsUnitsSideBySideListThePublishedOnesOrderedByTheFigureWithTheirTotals() {
        JsonPath j = given().queryParam("year", "2024").get("/api/v1/regions/" + region + "/units").then().statusCode(200)
                .extract().jsonPath().using(EXACT);
        assertEquals(3, j.getInt("disclosures"));
        assertEquals(List.of(b, a), j.getList("units.unitCode"), "the draft is not compared; the larger 收支总计 first");
        assertEquals(new BigDecimal("8600000.00"), exact(j, "totals.grandIncomeTotal"));
        assertEquals("PUBLIC_INSTITUTION", j.getString("units[0].kind"));
        assertEquals("元", j.getString("amountUnit"));
        // by name as a Chinese reader orders them (甲 jiǎ before 乙 yǐ, though 乙 comes first by code point), by code
        given().queryParam("year", "2024").queryParam("sort", "name").get("/api/v1/regions/" + region + "/units").then()
                .statusCode(200).body("units.unitCode", equalTo(List.of(a, b)));
        given().queryParam("year", "2024").queryParam("sort", "code").get("/api/v1/regions/" + region + "/units").then()
                .statusCode(200).body("units.unitCode", equalTo(a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a)));
        given().queryParam("year", "2022").get("/api/v1/regions/" + region + "/units").then().statusCode(404);
    }

    @Test
    void aRegionsComparisonPageDrawsTheChartWithATextAlternativeAndTheTable() throws Exception {
        String html = PortalPagesTest.page("/portal/regions/" + region + "/2024/units");
        assertTrue(html.contains("role=\"img\" aria-labelledby=\"chart-title chart-desc\""), html);
        assertTrue(html.contains("2024年度各单位收支总计（万元）</title>"), html);
        // bars proportional to the exact amounts: 乙 5,000,000 元 the longest (380), 甲 3,600,000 元 → 274
        assertTrue(html.contains("width=\"380\" height=\"20\""), html);
        assertTrue(html.contains("width=\"274\" height=\"20\""), html);
        assertTrue(html.contains(">360.00 万元</text>"), html);
        assertTrue(html.contains("共 2 个已公开单位；收支总计最大的是" + nameB + "，500.00 万元；合计 860.00 万元。"), html);
        assertTrue(PortalPagesTest.row(html, "<th scope=\"row\">合计</th>").contains("<td class=\"num\">860.00</td>"), html);
        assertFalse(html.contains(nameC), "the draft is not compared");
        assertFalse(html.contains("21.67"));
        assertTrue(html.contains("href=\"/api/v1/regions/" + region + "/bundle?year=2024\""));
        // another figure orders and draws by it
        String threePublic = PortalPagesTest.page("/portal/regions/" + region + "/2024/units?figure=threePublicActual");
        assertTrue(threePublic.contains("2024年度各单位“三公”经费（万元）</title>"), threePublic);
        assertTrue(threePublic.contains("<option value=\"threePublicActual\" selected>"), threePublic);
        // reachable from the index, the region-year page and the summary page
        assertTrue(PortalPagesTest.page("/portal").contains("href=\"/portal/regions/" + region + "/2024/units\""));
        assertTrue(PortalPagesTest.page("/portal/" + region + "/2024").contains("href=\"/portal/regions/" + region + "/2024/units\""));
    }

    // ---------------------------------------------------------------- the difference between two versions

    @Test
    void theDiffPageSaysWhatChangedBetweenTwoVersionsInWordsAndFigures() throws Exception {
        String html = PortalPagesTest.page("/portal/disclosures/" + a + "/2024/versions/1/diff/2");
        assertTrue(html.contains("更正收支总计"), html);
        assertTrue(html.contains("决算报表：由第 1 次修订更新为第 2 次修订"), html);
        assertTrue(html.contains("第2版收入总计 360.00 万元，比第1版（358.64 万元）增加 1.36 万元，增长 0.38%。"), html);
        assertTrue(PortalPagesTest.row(html, "<th scope=\"row\">收入总计</th>")
                .contains("<td class=\"num\">358.64</td><td class=\"num\">360.00</td><td class=\"num\">+1.36</td><td class=\"num\">+0.38%</td>"), html);
        assertTrue(html.contains("href=\"/api/v1/disclosures/" + a + "/2024/versions/1/diff/2\""), "its JSON");
        // the disclosure's page links the readable diff
        assertTrue(PortalPagesTest.page("/portal/disclosures/" + a + "/2024")
                .contains("href=\"/portal/disclosures/" + a + "/2024/versions/1/diff/2\">与第1版比较</a>"));
        given().accept(ContentType.HTML).get("/portal/disclosures/" + a + "/2024/versions/1/diff/3").then().statusCode(404)
                .body(containsString("未找到"));
        given().get("/portal/disclosures/" + a + "/2024/versions/0/diff/2").then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
    }

    // ---------------------------------------------------------------- the region-year bundle

    @Test
    void theRegionYearBundleHoldsEveryPublishedDisclosuresFilesAsStoredWithAnIndex() throws Exception {
        byte[] zip = given().queryParam("year", "2024").get("/api/v1/regions/" + region + "/bundle").then().statusCode(200)
                .contentType("application/zip").header("Content-Disposition", containsString(region + "-2024-disclosures.zip"))
                .extract().asByteArray();
        Map<String, byte[]> entries = unzip(zip);
        for (String unit : List.of(a, b)) {
            int version = unit.equals(a) ? 2 : 1;
            for (String file : List.of("-v" + version + ".html", "-v" + version + ".pdf", "-v" + version + ".xlsx",
                    "-v" + version + ".json", "-v" + version + "-datapackage.zip")) {
                assertTrue(entries.containsKey(unit + "/" + unit + "-2024" + file), unit + file + " in " + entries.keySet());
            }
        }
        assertEquals(11, entries.size(), "ten files and the index: " + entries.keySet());
        assertFalse(entries.keySet().stream().anyMatch(k -> k.startsWith(c)), "the draft has no file");
        byte[] html = given().get("/api/v1/disclosures/" + a + "/2024/versions/2?format=html").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(html, entries.get(a + "/" + a + "-2024-v2.html"), "the file as stored");
        String index = new String(entries.get("index.csv"), StandardCharsets.UTF_8);
        assertTrue(index.startsWith("\uFEFF单位代码,单位名称,年度,版本"), index);
        assertTrue(index.contains(a + "," + nameA + ",2024,2,"), index);
        assertTrue(index.lines().filter(l -> l.contains("已收入")).count() == 10, index);

        Map<String, byte[]> some = unzip(given().queryParam("year", "2024").queryParam("formats", "json,pdf")
                .get("/api/v1/regions/" + region + "/bundle").then().statusCode(200).extract().asByteArray());
        assertEquals(5, some.size(), some.keySet().toString());
        given().queryParam("year", "2024").queryParam("formats", "doc").get("/api/v1/regions/" + region + "/bundle").then()
                .statusCode(400).body("errors[0].field", equalTo("formats"));
        given().queryParam("year", "2022").get("/api/v1/regions/" + region + "/bundle").then().statusCode(404)
                .contentType("application/problem+json");
    }

    // ---------------------------------------------------------------- public pages name no setting

    @Test
    void theRegionSummaryPageStatesTheDeadlineRuleInWordsWithoutASettingsName() throws Exception {
        String html = PortalPagesTest.page("/portal/regions/" + region + "/2024");
        assertTrue(html.contains("第1版在决算年度次年9月30日（含当日，按北京时间计）或之前公开的为按时公开"), html);
        assertFalse(html.contains("fiscal."), html);
        given().queryParam("year", "2024").get("/api/v1/regions/" + region + "/summary").then().statusCode(200)
                .body("onTime.rule", not(containsString("fiscal.")));
    }

    static Map<String, Object> change(JsonPath j, String key) {
        List<Map<String, Object>> changes = j.getList("changes");
        return changes.stream().filter(m -> key.equals(m.get("key"))).findFirst().orElseThrow();
    }

    /** The amount at the path, compared by value (its scale as the JSON writes it). */
    static BigDecimal exact(JsonPath j, String path) {
        return new BigDecimal(j.getString(path)).setScale(2);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
