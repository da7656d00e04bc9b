package org.fiscaldisclosure.statements;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/** The published form every revision carries: the tables, 决算说明 and the statement sections of 第三部分. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "statements"))
class PublishedFormTest {

    /** Reads numbers exactly as written, so an amount's two decimals are checked too. */
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    static final Pattern NUMBERED = Pattern.compile("^[一二三四五六七八九十]+、.*");

    static JsonNode put(String unit, String body) throws Exception {
        String answer = given().contentType(ContentType.JSON).body(body).put(FinalAccountsResourceTest.url(unit))
                .then().statusCode(201).extract().asString();
        return JSON.readTree(answer).get("document");
    }

    static JsonNode section(JsonNode document, String id) {
        return stream(document.get("sections")).filter(s -> s.get("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + id));
    }

    static JsonNode table(JsonNode document, String id) {
        JsonNode blocks = section(document, id).get("blocks");
        assertEquals(1, blocks.size(), id + " is one table");
        assertEquals("TABLE", blocks.get(0).get("kind").asText());
        return blocks.get(0).get("table");
    }

    static JsonNode row(JsonNode table, String code) {
        return stream(table.get("rows")).filter(r -> code.equals(r.path("code").asText(null))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + code + " in " + table.get("id")));
    }

    /** The cell of a row under a column key. */
    static JsonNode cell(JsonNode table, String code, String column) {
        List<String> keys = stream(table.get("columns")).map(c -> c.get("key").asText()).toList();
        assertTrue(keys.contains(column), column + " in " + keys);
        return row(table, code).get("cells").get(keys.indexOf(column));
    }

    static BigDecimal amount(JsonNode table, String code, String column) {
        JsonNode c = cell(table, code, column);
        assertEquals("AMOUNT", c.get("kind").asText(), code + "/" + column);
        return c.get("value").decimalValue();
    }

    static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    @Test
    void theSampleCarriesItsTablesExplanationAndPartThreeSectionsInTheOutlinesOrder() throws Exception {
        JsonNode doc = put(FinalAccountsResourceTest.unit(), FinalAccountsResourceTest.sample());
        assertEquals(List.of("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "P2-basic-info", "P2-overall",
                "P2-appropriation", "P2-general-budget", "P2-government-fund", "P2-state-capital", "P2-basic-expenditure",
                "P3-three-public", "P3-office-operating-cost", "P3-assets", "P3-glossary"),
                stream(doc.get("sections")).map(s -> s.get("id").asText()).toList());
        List<String> slots = stream(doc.get("sections")).map(s -> s.get("slot").asText()).toList();
        assertEquals(List.of("STATEMENT_TABLES"), slots.subList(0, 10).stream().distinct().toList());
        assertEquals(List.of("EXPLANATION"), slots.subList(10, 17).stream().distinct().toList());
        assertEquals(List.of("THREE_PUBLIC", "OPERATING_COSTS", "STATE_ASSETS", "TERMS"), slots.subList(17, 21));
        assertEquals(List.of("收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
                "一般公共预算财政拨款基本支出决算表", "政府性基金预算财政拨款收入支出决算表", "政府性基金预算财政拨款基本支出决算表",
                "国有资本经营预算财政拨款支出决算表", "财政拨款“三公”经费支出决算表"),
                stream(doc.get("sections")).limit(10).map(s -> s.get("title").asText()).toList());
        assertEquals("部门/单位基本情况", section(doc, "P2-basic-info").get("title").asText());
        assertEquals("国有资产占用情况", section(doc, "P3-assets").get("title").asText());
        stream(doc.get("sections")).forEach(s ->
                assertFalse(NUMBERED.matcher(s.get("title").asText()).matches(), "numbered title " + s.get("title")));
    }

    @Test
    void tableOneShowsTheSamplesFiguresInYuanWithTotalsComputedAndEmphasised() throws Exception {
        JsonNode t1 = table(put(FinalAccountsResourceTest.unit(), FinalAccountsResourceTest.sample()), "T1");
        assertEquals("收入支出决算总表", t1.get("title").asText());
        assertNull(t1.get("code").textValue(), "the Beijing set prints no form code");
        assertEquals("FUNCTIONAL", t1.get("classification").asText());
        assertEquals(List.of("code", "name", "amount"), stream(t1.get("columns")).map(c -> c.get("key").asText()).toList());
        assertEquals(List.of("编码", "项目", "金额"), stream(t1.get("columns")).map(c -> c.get("label").asText()).toList());
        assertEquals(new BigDecimal("3586400.00"), amount(t1, "incomeTotal", "amount"));
        assertEquals(new BigDecimal("3586400.00"), amount(t1, "generalBudgetAppropriation", "amount"));
        assertEquals(new BigDecimal("0.00"), amount(t1, "superiorSubsidy", "amount"));
        assertEquals(new BigDecimal("3586400.00"), amount(t1, "201", "amount"));
        assertEquals(new BigDecimal("3586400.00"), amount(t1, "grandExpenditureTotal", "amount"));
        assertEquals("本年收入合计", cell(t1, "incomeTotal", "name").get("text").asText());
        assertEquals("EMPTY", cell(t1, "incomeTotal", "code").get("kind").asText());
        assertTrue(row(t1, "incomeTotal").get("emphasis").asBoolean());
        assertFalse(row(t1, "superiorSubsidy").get("emphasis").asBoolean());
        assertEquals("201", cell(t1, "201", "code").get("text").asText());
        assertEquals("一般公共服务支出", cell(t1, "201", "name").get("text").asText());
        assertEquals(1, row(t1, "201").get("level").asInt());
        assertEquals(17, t1.get("rows").size(), "12 income rows, 1 类, 4 expenditure rows");
        // the printed form's two sides: 12 rows of 收入, then 201 and the 4 rows of 支出 (the page shows them side by side)
        assertEquals(Collections.nCopies(12, "收入"), stream(t1.get("rows")).limit(12).map(r -> r.get("side").asText()).toList());
        assertEquals(Collections.nCopies(5, "支出"), stream(t1.get("rows")).skip(12).map(r -> r.get("side").asText()).toList());
        assertEquals(List.of(), stream(t1.get("notes")).toList());
    }

    @Test
    void classificationTablesCarryTheirSchemeLevelsTotalsAndUpperHeaders() throws Exception {
        JsonNode doc = put(FinalAccountsResourceTest.unit(), FinalAccountsResourceTest.sample());
        JsonNode t3 = table(doc, "T3");
        assertEquals("FUNCTIONAL", t3.get("classification").asText());
        assertEquals(List.of("合计", "201", "20139", "2013901", "2013902"),
                stream(t3.get("rows")).map(r -> r.get("code").asText()).toList());
        for (JsonNode r : t3.get("rows")) {
            String code = r.get("code").asText();
            int expected = switch (code.length()) {
                case 3 -> 1;
                case 5 -> 2;
                case 7 -> 3;
                default -> 0;
            };
            assertEquals(expected, r.get("level").asInt(), code);
            assertEquals(code.equals("合计"), r.get("emphasis").asBoolean(), code);
        }
        assertEquals(new BigDecimal("3586400.00"), amount(t3, "合计", "total"));
        assertEquals(new BigDecimal("85200.00"), amount(t3, "合计", "basic"));
        assertEquals(new BigDecimal("3501200.00"), amount(t3, "2013902", "project"));
        assertEquals("行政运行", cell(t3, "2013901", "name").get("text").asText());

        JsonNode t5 = table(doc, "T5");
        assertEquals(List.of("本年支出"), stream(t5.get("columns")).filter(c -> c.get("key").asText().matches("total|basic|project"))
                .map(c -> c.get("group").asText()).distinct().toList());
        assertTrue(stream(t5.get("columns")).filter(c -> c.get("key").asText().equals("name")).allMatch(c -> c.get("group").isNull()));

        JsonNode t6 = table(doc, "T6");
        assertEquals("ECONOMIC", t6.get("classification").asText());
        assertEquals(List.of("302", "30299", "人员经费合计", "公用经费合计"),
                stream(t6.get("rows")).map(r -> r.get("code").asText()).toList());
        assertEquals(List.of(1, 2, 0, 0), stream(t6.get("rows")).map(r -> r.get("level").asInt()).toList());
        assertEquals(List.of("公用经费", "公用经费", "人员经费", "公用经费"),
                stream(t6.get("rows")).map(r -> r.get("side").asText()).toList(), "人员经费 = 301 and 303, 公用经费 the rest");
        assertTrue(stream(t3.get("rows")).allMatch(r -> r.get("side").isNull()), "表3 is one list");
        assertEquals(new BigDecimal("0.00"), amount(t6, "人员经费合计", "amount"));
        assertEquals(new BigDecimal("85200.00"), amount(t6, "公用经费合计", "amount"));

        JsonNode t4 = table(doc, "T4");
        assertEquals("EMPTY", cell(t4, "generalBudget", "total").get("kind").asText(), "an income row has no 支出 columns");
        assertEquals(new BigDecimal("3586400.00"), amount(t4, "201", "generalBudget"));
        assertEquals(new BigDecimal("3586400.00"), amount(t4, "本年支出合计", "total"));
        assertEquals("收入", row(t4, "generalBudget").get("side").asText());
        assertEquals("支出", row(t4, "201").get("side").asText());
        // 表4's computed totals, as the form prints them on both sides (never entered)
        assertEquals(List.of("generalBudget", "governmentFund", "stateCapital", "本年收入合计", "carryOverAtStart.generalBudget",
                        "carryOverAtStart.governmentFund", "carryOverAtStart.stateCapital", "收入总计", "201", "本年支出合计",
                        "carryOverAtEnd.generalBudget", "carryOverAtEnd.governmentFund", "carryOverAtEnd.stateCapital", "支出总计"),
                stream(t4.get("rows")).map(r -> r.get("code").asText()).toList());
        assertEquals(new BigDecimal("3586400.00"), amount(t4, "本年收入合计", "amount"));
        assertEquals(new BigDecimal("3586400.00"), amount(t4, "收入总计", "amount"));
        // 年末结转和结余 and 支出总计 are entered as amount and printed under 合计, as the form prints them
        assertEquals(new BigDecimal("3586400.00"), amount(t4, "支出总计", "total"));
        assertEquals(new BigDecimal("0.00"), amount(t4, "carryOverAtEnd.generalBudget", "total"));
        assertEquals("EMPTY", cell(t4, "carryOverAtEnd.generalBudget", "amount").get("kind").asText());
        assertTrue(row(t4, "收入总计").get("emphasis").asBoolean());
        assertEquals("收入", row(t4, "收入总计").get("side").asText());
        assertEquals("支出", row(t4, "支出总计").get("side").asText());

        JsonNode t10 = table(doc, "T10");
        assertNull(t10.get("classification").textValue());
        assertEquals(List.of("name", "budget", "actual"), stream(t10.get("columns")).map(c -> c.get("key").asText()).toList());
        assertEquals(new BigDecimal("0.00"), amount(t10, "total", "actual"));
    }

    @Test
    void anEmptyFundTableCarriesTheStatementTheNarrativeMakesForIt() throws Exception {
        String unit = FinalAccountsResourceTest.unit();
        JsonNode doc = put(unit, FinalAccountsResourceTest.sample());
        for (String id : List.of("T7", "T8", "T9")) {
            assertEquals(List.of("本单位不涉及。"), stream(table(doc, id).get("notes")).map(JsonNode::asText).toList(), id);
            assertEquals(0, table(doc, id).get("rows").size(), id);
        }
        for (String id : List.of("T1", "T5", "T6", "T10")) {
            assertEquals(0, table(doc, id).get("notes").size(), id);
        }

        ObjectNode zero = (ObjectNode) JSON.readTree(FinalAccountsResourceTest.sample());
        zero.with("unit").put("emptyWording", "ZERO");
        String other = FinalAccountsResourceTest.unit();
        JsonNode zeroDoc = put(other, JSON.writeValueAsString(zero));
        String t7 = table(zeroDoc, "T7").get("notes").get(0).asText();
        assertEquals("2024年度政府性基金预算财政拨款支出0万元。", t7);
        assertEquals(t7, narrative(other).get("sections").get(4).get("paragraphs").get(0).get("text").asText());
        assertEquals("2024年度国有资本经营预算财政拨款收入总计0万元，国有资本经营预算财政拨款支出总计0万元。",
                table(zeroDoc, "T9").get("notes").get(0).asText());
    }

    static JsonNode narrative(String unit) throws Exception {
        return JSON.readTree(given().get(FinalAccountsResourceTest.url(unit) + "/narrative").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void theExplanationAndPartThreeAreTheNarrativeWithItsChartsAndSubHeadings() throws Exception {
        String unit = FinalAccountsResourceTest.unit();
        JsonNode doc = put(unit, FinalAccountsResourceTest.sample());
        JsonNode narrative = narrative(unit);
        List<JsonNode> textSections = stream(doc.get("sections")).filter(s -> s.get("id").asText().startsWith("P")).toList();
        assertEquals(narrative.get("sections").size(), textSections.size());
        int charts = 0;
        int headings = 0;
        for (int i = 0; i < textSections.size(); i++) {
            JsonNode expected = narrative.get("sections").get(i);
            JsonNode actual = textSections.get(i);
            assertEquals("P" + expected.get("part").asInt() + "-" + expected.get("id").asText(), actual.get("id").asText());
            assertTrue(expected.get("title").asText().endsWith("、" + actual.get("title").asText()), actual.get("title").asText());
            assertEquals(expected.get("paragraphs").size(), actual.get("blocks").size(), actual.get("id").asText());
            for (int j = 0; j < actual.get("blocks").size(); j++) {
                JsonNode p = expected.get("paragraphs").get(j);
                JsonNode b = actual.get("blocks").get(j);
                switch (p.get("kind").asText()) {
                    case "text" -> {
                        assertEquals("PARAGRAPH", b.get("kind").asText());
                        assertEquals(p.get("text").asText(), b.get("text").asText());
                    }
                    case "heading" -> {
                        assertEquals("HEADING", b.get("kind").asText());
                        assertEquals(p.get("text").asText(), b.get("text").asText());
                        headings++;
                    }
                    default -> {
                        assertEquals("CHART", b.get("kind").asText());
                        assertEquals(p.get("chart").asText(), b.at("/chart/id").asText());
                        assertEquals(p.get("text").asText(), b.at("/chart/caption").asText());
                        String svg = b.at("/chart/svg").asText();
                        assertTrue(svg.startsWith("<svg"), svg);
                        assertEquals(given().get(FinalAccountsResourceTest.url(unit) + "/charts/" + p.get("chart").asText() + ".svg")
                                .then().statusCode(200).extract().asString(), svg);
                        charts++;
                    }
                }
            }
        }
        assertEquals(3, charts, "收入, 支出 and 一般公共预算 by 类");
        assertEquals(List.of("机构设置、职责", "（一）收入决算说明", "（二）支出决算说明", "（一）一般公共预算财政拨款支出决算总体情况",
                "（二）一般公共预算财政拨款支出决算具体情况"), stream(doc.get("sections")).flatMap(s -> stream(s.get("blocks")))
                .filter(b -> b.get("kind").asText().equals("HEADING")).map(b -> b.get("text").asText()).toList());
        assertEquals(5, headings);
        JsonNode overall = section(doc, "P2-overall").get("blocks");
        assertEquals("图1：收入决算", overall.get(9).at("/chart/caption").asText());
        assertTrue(overall.get(11).get("text").asText().contains("基本支出8.52万元，占支出合计的2.38%"));
    }

    @Test
    void aPartOnThe2023SetIsPublishedWithThatYearsElevenTables() throws Exception {
        ObjectNode p = (ObjectNode) JSON.readTree(FinalAccountsResourceTest.clean());
        p.put("tableSet", "beijing-2023");
        JsonNode doc = put(FinalAccountsResourceTest.unit(), JSON.writeValueAsString(p));
        List<String> tables = new ArrayList<>();
        stream(doc.get("sections")).filter(s -> s.get("slot").asText().equals("STATEMENT_TABLES"))
                .forEach(s -> tables.add(s.get("id").asText() + " " + s.get("title").asText()));
        assertEquals(List.of("T1 收入支出决算总表", "T2 收入决算表", "T3 支出决算表", "T4 财政拨款收入支出决算总表",
                "T5 一般公共预算财政拨款收入支出决算表", "T6 一般公共预算财政拨款支出决算表", "T7 一般公共预算财政拨款基本支出决算表",
                "T8 政府性基金预算财政拨款收入支出决算表", "T9 政府性基金预算财政拨款基本支出决算表", "T10 国有资本经营预算财政拨款支出决算表",
                "T11 财政拨款“三公”经费支出决算表"), tables);
        JsonNode t6 = table(doc, "T6");
        assertEquals(new BigDecimal("3586400.00"), amount(t6, "合计", "total"));
        assertEquals(3, row(t6, "2013101").get("level").asInt());
        assertEquals("FUNCTIONAL", table(doc, "T5").get("classification").asText());
        assertEquals(List.of("本单位不涉及。"), stream(table(doc, "T8").get("notes")).map(JsonNode::asText).toList());
    }
}
