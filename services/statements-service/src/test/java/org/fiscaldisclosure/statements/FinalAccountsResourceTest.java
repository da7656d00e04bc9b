package org.fiscaldisclosure.statements;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.fiscaldisclosure.contracts.event.Topics;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.infra.TestKafka;
import org.fiscaldisclosure.platform.messaging.Segments;
import org.fiscaldisclosure.platform.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "statements"))
class FinalAccountsResourceTest {

    static String sample() throws Exception {
        return Files.readString(Path.of("../../sample/110102-SWD/2024/final-accounts.json"), StandardCharsets.UTF_8);
    }

    static String url(String unit) {
        return "/api/v1/final-accounts/" + unit + "/2024";
    }

    static String unit() {
        return "110102-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace("-", "");
    }

    static String clean() throws Exception {
        return new String(FinalAccountsResourceTest.class.getResourceAsStream("/clean-final-accounts.json").readAllBytes(),
                StandardCharsets.UTF_8);
    }

    @Test
    void firstPutStoresRevisionOneWithEtagAndHeadline() throws Exception {
        String unit = unit();
        given().contentType(ContentType.JSON).body(clean()).put(url(unit))
                .then().statusCode(201)
                .header("ETag", "\"1\"")
                .header("Location", containsString(url(unit)))
                .body("unitCode", equalTo(unit))
                .body("fiscalYear", equalTo(2024))
                .body("revision", equalTo(1))
                .body("part.unit.name", equalTo("中共北京市西城区委社会工作部"))
                .body("headline.grandIncomeTotal", equalTo(3586400.00f))
                .body("headline.basicExpenditure", equalTo(85200.00f))
                .body("headline.projectExpenditure", equalTo(3501200.00f))
                .body("validation.findings", hasSize(0));

        given().get(url(unit)).then().statusCode(200).header("ETag", "\"1\"")
                .body("part.tables.expenditure.rows[0].code", equalTo("201"));
    }

    @Test
    void theSeedsOwnGapsSurfaceAsFindingsOnTheSample() throws Exception {
        String unit = unit();
        given().contentType(ContentType.JSON).body(sample()).put(url(unit)).then().statusCode(201)
                .body("validation.fatal", equalTo(0));
        given().get(url(unit) + "/findings").then().statusCode(200)
                .body("findings.findAll { it.ruleId == 'ST-N-003' }.row", equalTo(List.of("2013902")))
                .body("findings.findAll { it.ruleId == 'ST-N-006' }.row", equalTo(List.of("2013901", "2013902")))
                .body("findings.findAll { it.ruleId == 'ST-CAT-002' }.row", org.hamcrest.Matchers.hasItem("20139"))
                // the finding names the entry; the catalogue's working notes are not part of a public message
                .body("findings.findAll { it.ruleId == 'ST-CAT-002' }.message", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.matchesPattern("[^A-Za-z]*")));
    }

    @Test
    void everyPutIsANewRevisionAndStaleIfMatchIsRefusedWithoutChange() throws Exception {
        String unit = unit();
        given().contentType(ContentType.JSON).body(clean()).put(url(unit)).then().statusCode(201);
        String changed = clean().replace("负责新兴领域党的建设", "负责新兴领域和新就业群体党的建设");
        org.junit.jupiter.api.Assertions.assertNotEquals(clean(), changed);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(changed).put(url(unit))
                .then().statusCode(200).header("ETag", "\"2\"").body("revision", equalTo(2));

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(clean()).put(url(unit))
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("status", equalTo(412))
                .body("errors[0].field", equalTo("If-Match"));

        given().get(url(unit)).then().statusCode(200).body("revision", equalTo(2));
        given().get(url(unit) + "/revisions/1").then().statusCode(200).body("revision", equalTo(1));
        assertEquals(2, OutboxEvent.count("subject", unit + "/2024"));
    }

    @Test
    void oneChangedCellYieldsFindingsNamingThatCellWithTheExpectedValue() throws Exception {
        String unit = unit();
        String wrong = clean().replaceFirst("\"incomeTotal\",\\s*\"values\": \\{\\s*\"amount\": 3586400.0",
                "\"incomeTotal\", \"values\": { \"amount\": 3596400.0");
        given().contentType(ContentType.JSON).body(wrong).put(url(unit))
                .then().statusCode(201)
                .body("validation.fatal", equalTo(1))
                .body("validation.findings[0].ruleId", equalTo("ST-T1-001"));

        given().get(url(unit) + "/findings").then().statusCode(200)
                .body("findings[0].ruleId", equalTo("ST-T1-001"))
                .body("findings[0].severity", equalTo("FATAL"))
                .body("findings[0].table", equalTo("T1"))
                .body("findings[0].row", equalTo("incomeTotal"))
                .body("findings[0].column", equalTo("amount"))
                .body("findings[0].provided", equalTo(3596400.00f))
                .body("findings[0].expected", equalTo(3586400.00f))
                .body("findings[0].difference", equalTo(10000.00f));

        String csv = given().accept("text/csv").get(url(unit) + "/findings").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith("rule_id,severity,part,table,row,column,provided,expected,difference,message"), csv);
        assertTrue(csv.contains("ST-T1-001,FATAL,final-accounts,T1,incomeTotal,amount,3596400.00,3586400.00,10000.00,"), csv);
    }

    @Test
    void theNarrativeAndItsChartsAreServedFromTheStoredFigures() throws Exception {
        String unit = unit();
        given().contentType(ContentType.JSON).body(sample()).put(url(unit)).then().statusCode(201);
        given().get(url(unit) + "/narrative").then().statusCode(200)
                .body("revision", equalTo(1))
                .body("sections.id", equalTo(List.of("basic-info", "overall", "appropriation", "general-budget",
                        "government-fund", "state-capital", "basic-expenditure", "three-public", "office-operating-cost",
                        "assets", "glossary")))
                .body("sections[1].paragraphs[1].text", equalTo("（一）收入决算说明"));
        String text = given().accept("text/plain").get(url(unit) + "/narrative").then().statusCode(200)
                .contentType(startsWith("text/plain")).extract().asString();
        assertTrue(text.contains("2024年度本年支出合计358.64万元，其中：基本支出8.52万元，占支出合计的2.38%；"), text);
        String svg = given().get(url(unit) + "/charts/expenditure-by-use.svg").then().statusCode(200)
                .contentType(startsWith("image/svg+xml")).extract().asString();
        assertTrue(svg.startsWith("<svg") && svg.contains("基本支出 8.52万元（2.38%）") && svg.contains("项目支出 350.12万元（97.62%）"), svg);
        assertTrue(!svg.contains("上缴上级支出"), "categories without an amount are left out: " + svg);
        given().get(url(unit) + "/charts/nope.svg").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void priorYearFiguresComeFromThePreviousYearsPartWhenTheSuiteHoldsIt() throws Exception {
        String unit = unit();
        String previous = clean().replace("\"amount\": 3586400.0", "\"amount\": 3000000.0");
        given().contentType(ContentType.JSON).body(previous).put("/api/v1/final-accounts/" + unit + "/2023").then().statusCode(201);
        String established = clean().replace("\"newlyEstablished\": true", "\"newlyEstablished\": false")
                .replace("\"reasons\": {}", "\"reasons\": {\"grandTotal\": \"新增社区工作者招聘项目\"}");
        given().contentType(ContentType.JSON).body(established).put(url(unit)).then().statusCode(201)
                .body("validation.findings.ruleId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("ST-N-007")));
        String text = given().accept("text/plain").get(url(unit) + "/narrative").then().statusCode(200).extract().asString();
        assertTrue(text.contains("2024年度收、支总计358.64万元，比上年增加58.64万元，增长19.55%，主要原因是新增社区工作者招聘项目。"), text);
    }

    @Test
    void theCatalogueTheTableSetsAndTheRulesAreServed() {
        given().queryParam("year", 2024).queryParam("scheme", "func").get("/api/v1/classifications").then().statusCode(200)
                .body("find { it.code == '20139' }.verified", equalTo(false))
                .body("find { it.code == '201' }.name", equalTo("一般公共服务支出"));
        given().get("/api/v1/classifications/func/2013101").then().statusCode(200).body("level", equalTo("项"));
        given().get("/api/v1/classifications/func/9999999").then().statusCode(404);
        given().queryParam("scheme", "nope").get("/api/v1/classifications").then().statusCode(400)
                .body("errors[0].field", equalTo("scheme"));
        given().get("/api/v1/table-sets/beijing-2024").then().statusCode(200)
                .body("tables.size()", equalTo(10)).body("tables[2].title", equalTo("支出决算表"));
        given().get("/api/v1/table-sets/beijing-2023").then().statusCode(200).body("tables.size()", equalTo(11))
                .body("tables[4].title", equalTo("一般公共预算财政拨款收入支出决算表"));
        given().get("/api/v1/final-accounts/rules").then().statusCode(200).body("size()", equalTo(36));
    }

    @Test
    void listingFiltersByYearAndRegion() throws Exception {
        String unit = unit();
        given().contentType(ContentType.JSON).body(clean()).put(url(unit)).then().statusCode(201);
        given().queryParam("year", 2024).queryParam("region", "110102").queryParam("size", 500)
                .get("/api/v1/final-accounts").then().statusCode(200)
                .body("items.unitCode", org.hamcrest.Matchers.hasItem(unit));
        given().queryParam("region", "310101").get("/api/v1/final-accounts").then().statusCode(200)
                .body("items.unitCode", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(unit)));
        given().queryParam("region", "11").get("/api/v1/final-accounts").then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
    }

    @Test
    void anAcceptedPutReachesKafkaAsABinaryModeCloudEventKeyedByUnitAndYear() throws Exception {
        String unit = unit();
        given().contentType(ContentType.JSON).body(sample()).put(url(unit)).then().statusCode(201);

        Map<String, Object> cfg = TestKafka.testClient();
        cfg.put("group.id", "test-" + UUID.randomUUID());
        cfg.put("auto.offset.reset", "earliest");
        List<ConsumerRecord<String, String>> mine = new ArrayList<>();
        Map<String, ConsumerRecord<String, String>> segments = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(cfg, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.STATEMENTS));
            long deadline = System.currentTimeMillis() + 30_000;
            while (mine.isEmpty() && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    if (r.key().equals(unit + ":2024")) {
                        mine.add(r);
                    } else if (r.key().startsWith(unit + ":2024/")) {
                        segments.put(r.key().substring(r.key().indexOf('/') + 1), r);
                    }
                }
            }
        }
        assertEquals(1, mine.size());
        ConsumerRecord<String, String> r = mine.get(0);
        // the big pieces travel as segments before the revision, in its partition (platform.messaging.Segments)
        assertTrue(!segments.isEmpty(), "the tables travel as segments");
        for (ConsumerRecord<String, String> s : segments.values()) {
            assertEquals(Segments.EVENT_TYPE, header(s, "ce_type"));
            assertEquals(r.partition(), s.partition());
            assertTrue(s.offset() < r.offset(), "a segment comes before the revision that refers to it");
            assertEquals(s.key().substring(s.key().indexOf('/') + 1), Segments.sha256(s.value().getBytes(StandardCharsets.UTF_8)),
                    "a segment is sent exactly as hashed");
        }
        String joined = new String(Segments.join(r.value().getBytes(StandardCharsets.UTF_8),
                h -> segments.containsKey(h) ? segments.get(h).value().getBytes(StandardCharsets.UTF_8) : null), StandardCharsets.UTF_8);
        assertEquals("fiscal.statements.part.revised.v1", header(r, "ce_type"));
        assertEquals("/statements-service", header(r, "ce_source"));
        assertEquals("1.0", header(r, "ce_specversion"));
        assertEquals(unit + "/2024", header(r, "ce_subject"));
        assertEquals("application/json", header(r, "content-type"));
        com.fasterxml.jackson.databind.JsonNode payload = new com.fasterxml.jackson.databind.ObjectMapper().readTree(joined);
        assertEquals(1, payload.get("revision").asInt());
        assertEquals(unit, payload.get("unitCode").asText());
        assertEquals(2024, payload.get("fiscalYear").asInt());
        assertEquals("中共北京市西城区委社会工作部", payload.at("/part/unit/name").asText());
        assertEquals("T1", payload.at("/document/sections/0/id").asText());
        assertEquals("收入支出决算总表", payload.at("/document/sections/0/blocks/0/table/title").asText());
        String answer = given().get(url(unit)).then().statusCode(200).extract().asString();
        assertEquals(new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer).get("document"), payload.get("document"),
                "the event carries the revision's published form");
        assertTrue(OutboxEvent.count("subject = ?1 and sentAt is not null", unit + "/2024") == 1);
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
