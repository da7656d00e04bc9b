package org.fiscaldisclosure.statements;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.fiscaldisclosure.contracts.event.Topics;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/**
 * Years that arrive in any order, an identical re-PUT, and catalogues loaded by an administrator (CSV) and by the
 * budget platform (Kafka) grading the findings of the parts already stored. Each test uses a year of its own for
 * catalogues, so that the editions it loads do not grade the other tests' parts.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "statements"))
class YearsAndCataloguesTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static String unit() {
        return "110102-Y" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace("-", "");
    }

    static ObjectNode clean() throws Exception {
        return (ObjectNode) JSON.readTree(YearsAndCataloguesTest.class.getResourceAsStream("/clean-final-accounts.json"));
    }

    static String url(String unit, int year) {
        return "/api/v1/final-accounts/" + unit + "/" + year;
    }

    static JsonPath put(String unit, int year, Object body, int status, String etag) {
        return given().contentType(ContentType.JSON).body(body.toString()).put(url(unit, year))
                .then().statusCode(status).header("ETag", "\"" + etag + "\"").extract().jsonPath();
    }

    static List<String> rules(String unit, int year) {
        return given().get(url(unit, year) + "/findings").then().statusCode(200).extract().jsonPath().getList("findings.ruleId");
    }

    @Test
    void aYearPutBeforeItsPreviousYearReadsCorrectlyOnceThePreviousYearArrivesWithoutANewRevision() throws Exception {
        String unit = unit();
        ObjectNode y2024 = clean();
        y2024.with("unit").put("newlyEstablished", false);
        put(unit, 2024, y2024, 201, "1");
        assertTrue(rules(unit, 2024).contains("ST-N-007"), "no prior year yet");
        String before = given().accept("text/plain").get(url(unit, 2024) + "/narrative").then().statusCode(200).extract().asString();
        assertFalse(before.contains("，。"), before);

        ObjectNode y2023 = clean();
        y2023.with("unit").put("newlyEstablished", true);
        put(unit, 2023, y2023, 201, "1");

        JsonPath after = given().get(url(unit, 2024)).then().statusCode(200).header("ETag", "\"1\"").extract().jsonPath();
        assertEquals(1, after.getInt("revision"));
        assertEquals(1, after.getInt("derivation"));
        assertFalse(after.getList("validation.findings.ruleId").contains("ST-N-007"));
        String text = after.getList("document.sections.blocks.text").toString();
        assertTrue(text.contains("与上年持平"), text);
        assertFalse(text.contains("，。"), text);

        List<Map<String, Object>> audit = given().get(url(unit, 2024) + "/audit").then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> last = audit.get(audit.size() - 1);
        assertEquals("REEVALUATED", last.get("action"));
        assertEquals("SYSTEM", ((Map<?, ?>) last.get("actor")).get("kind"));
        assertTrue(String.valueOf(((Map<?, ?>) last.get("summary")).get("reason")).contains("2023年"), last.toString());

        // the previous year PUT again unchanged: nothing stored, nothing derived again
        put(unit, 2023, y2023, 200, "1");
        assertEquals(1, given().get(url(unit, 2024)).then().extract().jsonPath().getInt("derivation"));
    }

    @Test
    void aPutIdenticalToTheLatestRevisionIsAnsweredWithThatRevision() throws Exception {
        String unit = unit();
        put(unit, 2024, clean(), 201, "1");
        int audited = given().get(url(unit, 2024) + "/audit").then().extract().jsonPath().getList("$").size();
        JsonPath again = put(unit, 2024, clean(), 200, "1");
        assertEquals(1, again.getInt("revision"));
        assertEquals(audited, given().get(url(unit, 2024) + "/audit").then().extract().jsonPath().getList("$").size());
        ObjectNode changed = clean();
        changed.with("unit").put("duties", "职责有变。");
        put(unit, 2024, changed, 200, "2");
    }

    /** The part with a real 项 code the shipped entries lack, used in three tables. */
    static ObjectNode withUnknownItem() throws Exception {
        ObjectNode p = clean();
        for (String table : List.of("income", "expenditure", "generalBudget")) {
            ObjectNode row = p.with("tables").with(table).withArray("rows").addObject();
            row.put("code", "2013401");
            row.putObject("values").put("total", 0);
        }
        p.with("other").with("itemExplanations").put("2013401", "反映行政单位（包括实行公务员管理的事业单位）的基本支出。");
        return p;
    }

    /** A complete 支出功能分类 catalogue in the official layout: every func code of the part, with or without 2013401. */
    static String catalogueCsv(ObjectNode part, boolean withItem) {
        TreeSet<String> codes = new TreeSet<>();
        for (String table : List.of("summary", "income", "expenditure", "appropriation", "generalBudget")) {
            for (JsonNode row : part.with("tables").with(table).withArray("rows")) {
                String c = row.get("code").asText();
                if (c.matches("[0-9]{3}|[0-9]{5}|[0-9]{7}")) {
                    codes.add(c);
                    codes.add(c.substring(0, 3));
                    if (c.length() == 7) {
                        codes.add(c.substring(0, 5));
                    }
                }
            }
        }
        if (!withItem) {
            codes.remove("2013401");
            codes.remove("20134");
        }
        Map<String, String> names = Map.of("201", "一般公共服务支出", "20131", "党委办公厅（室）及相关机构事务",
                "2013101", "行政运行", "2013102", "一般行政管理事务", "20134", "统战事务", "2013401", "行政运行");
        StringBuilder csv = new StringBuilder("科目编码,科目名称\n");
        codes.forEach(c -> csv.append(c).append(',').append(names.getOrDefault(c, "科目" + c)).append('\n'));
        return csv.toString();
    }

    static void load(int year, String csv, boolean complete) {
        given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("complete", complete).queryParam("source", "测试用完整目录")
                .post("/api/v1/classifications/" + year + "/func/editions").then().statusCode(201);
    }

    static List<Map<String, Object>> catalogueFindings(String unit, int year) {
        return given().get(url(unit, year) + "/findings").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("findings").stream().filter(f -> String.valueOf(f.get("ruleId")).startsWith("ST-CAT")).toList();
    }

    @Test
    void anUnknownItemIsOneNoteUntilACompleteCatalogueHasItAndAWarningWhenACompleteCatalogueLacksIt() throws Exception {
        int year = 2031;
        String unit = unit();
        ObjectNode part = withUnknownItem();
        put(unit, year, part, 201, "1");
        List<Map<String, Object>> notes = catalogueFindings(unit, year);
        assertEquals(1, notes.size(), notes.toString());
        assertEquals("ST-CAT-004", notes.get(0).get("ruleId"));
        assertEquals("INFO", notes.get(0).get("severity"));
        assertEquals("2013401", notes.get(0).get("row"));
        assertTrue(String.valueOf(notes.get(0).get("message")).contains("表2、表3、表5"), notes.toString());

        load(year, catalogueCsv(part, true), true);
        assertEquals(List.of(), catalogueFindings(unit, year));
        given().get(url(unit, year)).then().header("ETag", "\"1\"");
        given().get("/api/v1/classifications/status?year=" + year).then().statusCode(200)
                .body("find { it.scheme == 'func' }.complete", equalTo(true));

        load(year, catalogueCsv(part, false), true);
        List<Map<String, Object>> warnings = catalogueFindings(unit, year);
        assertEquals(1, warnings.size(), warnings.toString()); // 2013401 once (20134 is only implied by it, not entered)
        assertTrue(warnings.stream().allMatch(f -> f.get("ruleId").equals("ST-CAT-001") && f.get("severity").equals("WARNING")));
    }

    @Test
    void aMalformedCatalogueFileIsRefusedAtItsLineAndLoadsNothing() {
        String csv = "科目编码,科目名称\n201,一般公共服务支出\n20X01,人大事务\n2010101,\n20101,人大事务\n20101,人大事务\n";
        given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("complete", true).queryParam("source", "测试")
                .post("/api/v1/classifications/2033/func/editions").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("第3行/科目编码"))
                .body("errors.field", hasItem("第4行/科目名称"))
                .body("errors.field", hasItem("第6行/科目编码"));
        given().contentType("text/csv").body("科目编码,科目名称\n201,一般公共服务支出\n".getBytes(StandardCharsets.UTF_8))
                .queryParam("source", "测试").post("/api/v1/classifications/2033/func/editions").then().statusCode(400)
                .body("errors.field", hasItem("complete"));
        given().get("/api/v1/classifications/2033/func/editions").then().statusCode(200).body("size()", equalTo(0));
    }

    static void send(String key, String type, String id, String body) throws Exception {
        // as a budget platform: the broker lets platforms write the catalogue topic
        Map<String, Object> cfg = org.fiscaldisclosure.infra.TestKafka.as(org.fiscaldisclosure.infra.KafkaAccess.BUDGET_PLATFORM);
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(cfg, new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> r = new ProducerRecord<>(Topics.CATALOGUES, key, body.getBytes(StandardCharsets.UTF_8));
            r.headers().add("ce_specversion", "1.0".getBytes()).add("ce_id", id.getBytes()).add("ce_source", "/budget-platform".getBytes())
                    .add("ce_type", type.getBytes()).add("content-type", "application/json".getBytes());
            p.send(r).get();
        }
    }

    @Test
    void thePlatformLoadsAnEditionOverKafkaAndABadRecordIsParkedWithoutBlockingIt() throws Exception {
        int year = 2032;
        String unit = unit();
        ObjectNode part = withUnknownItem();
        put(unit, year, part, 201, "1");
        assertEquals("ST-CAT-004", catalogueFindings(unit, year).get(0).get("ruleId"));

        String bad = UUID.randomUUID().toString();
        send(year + ":func", Topics.CATALOGUE_EDITION, bad, "{\"fiscalYear\": " + year + ", \"scheme\": \"func\", \"complete\": true}");
        ObjectNode edition = JSON.createObjectNode().put("fiscalYear", year).put("scheme", "func").put("complete", true)
                .put("source", "预算管理一体化系统（测试）");
        var entries = edition.putArray("entries");
        for (String line : catalogueCsv(part, true).split("\n")) {
            if (!line.startsWith("科目")) {
                entries.addObject().put("code", line.split(",")[0]).put("name", line.split(",")[1]);
            }
        }
        send(year + ":func", Topics.CATALOGUE_EDITION, UUID.randomUUID().toString(), edition.toString());

        long deadline = System.currentTimeMillis() + 60_000;
        while (!catalogueFindings(unit, year).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(300);
        }
        assertEquals(List.of(), catalogueFindings(unit, year));
        given().get("/api/v1/classifications/parked-events").then().statusCode(200).body("ceId", hasItem(bad));
        given().get("/api/v1/classifications/" + year + "/func/editions").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].origin", equalTo("platform:/budget-platform"))
                .body("[0].complete", equalTo(true)).body("source", not(hasItem("")));
    }
}
