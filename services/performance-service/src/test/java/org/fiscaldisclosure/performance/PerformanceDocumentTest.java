package org.fiscaldisclosure.performance;

import static io.restassured.RestAssured.given;
import static org.fiscaldisclosure.performance.Parts.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/** 第四部分 as published: the department's evaluation and one section per 自评表, scores as the part states them. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "performance"))
class PerformanceDocumentTest {

    private static final Pattern NUMBERED = Pattern.compile("^[一二三四五六七八九十百]+、.*");

    static JsonNode putAndReadDocument(String body) throws Exception {
        String answer = given().contentType(ContentType.JSON).body(body).put(Parts.url(Parts.unit())).then()
                .statusCode(201).extract().asString();
        return JSON.readTree(answer).get("document");
    }

    static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    static JsonNode section(JsonNode doc, String id) {
        return stream(doc.get("sections")).filter(s -> s.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    static List<String> texts(JsonNode section, String kind) {
        return stream(section.get("blocks")).filter(b -> b.get("kind").asText().equals(kind))
                .map(b -> b.get("text").asText()).toList();
    }

    static JsonNode table(JsonNode section, String id) {
        return stream(section.get("blocks")).filter(b -> b.get("kind").asText().equals("TABLE"))
                .map(b -> b.get("table")).filter(t -> t.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    /** The cell of a row (by its code) under a column (by its key), colspans counted. */
    static JsonNode cell(JsonNode table, String rowCode, String columnKey) {
        List<String> keys = stream(table.get("columns")).map(c -> c.get("key").asText()).toList();
        JsonNode row = stream(table.get("rows")).filter(r -> rowCode.equals(r.get("code").asText())).findFirst().orElseThrow();
        int column = 0;
        for (JsonNode c : row.get("cells")) {
            if (column == keys.indexOf(columnKey)) {
                return c;
            }
            column += c.get("colspan").asInt();
        }
        throw new AssertionError("no cell " + rowCode + "/" + columnKey);
    }

    static void assertValue(String kind, JsonNode expected, JsonNode cell) {
        assertEquals(kind, cell.get("kind").asText(), cell::toString);
        assertEquals(0, expected.decimalValue().compareTo(cell.get("value").decimalValue()),
                () -> "expected " + expected + ", cell " + cell);
    }

    static int indicatorCount(JsonNode project) {
        return stream(project.get("indicators")).flatMap(l -> stream(l.get("groups")))
                .mapToInt(g -> g.get("indicators").size()).sum();
    }

    @Test
    void theDepartmentComesFirstThenOneSectionPerSelfEvaluationTableAsEntered() throws Exception {
        JsonNode sample = JSON.readTree(Parts.sample());
        JsonNode doc = putAndReadDocument(Parts.sample());
        JsonNode sections = doc.get("sections");
        int projects = sample.get("projects").size();
        assertEquals(1 + projects, sections.size());
        List<String> slots = new ArrayList<>(List.of("DEPARTMENT_EVALUATION"));
        List<String> titles = new ArrayList<>(List.of("部门整体绩效评价情况"));
        for (JsonNode p : sample.get("projects")) {
            slots.add("PROJECT_EVALUATIONS");
            titles.add(p.get("name").asText());
        }
        assertEquals(slots, stream(sections).map(s -> s.get("slot").asText()).toList());
        assertEquals(titles, stream(sections).map(s -> s.get("title").asText()).toList());
        assertEquals(List.of("P4-department", "P4-project-P01", "P4-project-P01-2", "P4-project-P02", "P4-project-P03",
                        "P4-project-P04", "P4-project-P05", "P4-project-P06", "P4-project-P07", "P4-project-P08"),
                stream(sections).map(s -> s.get("id").asText()).toList(), "the table published twice keeps both places");
        List<String> allTitles = new ArrayList<>(titles);
        stream(sections).flatMap(s -> stream(s.get("blocks"))).filter(b -> b.get("kind").asText().equals("TABLE"))
                .forEach(b -> allTitles.add(b.get("table").get("title").asText()));
        allTitles.forEach(t -> assertFalse(NUMBERED.matcher(t).matches(), t + " carries its number"));
    }

    @Test
    void headingsLeftOutForLackOfContentTakeNoNumber() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode part = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(Parts.sample());
        com.fasterxml.jackson.databind.node.ObjectNode d = (com.fasterxml.jackson.databind.node.ObjectNode) part.get("department");
        d.putArray("outputs");
        d.putArray("effects");
        d.putArray("budgetManagement");
        d.remove("problems");
        List<String> headings = texts(section(putAndReadDocument(part.toString()), "P4-department"), "HEADING");
        assertEquals(List.of("一、部门概况", "二、当年预算执行情况", "三、总体评价结论"),
                headings.stream().filter(h -> NUMBERED.matcher(h).matches()).toList());
        assertTrue(headings.containsAll(List.of("（一）评价得分情况", "（二）措施建议")), headings.toString());
    }

    @Test
    void theDepartmentHasTheTemplatesHeadingsTheEnteredTextAndItsTables() throws Exception {
        JsonNode d = JSON.readTree(Parts.sample()).get("department");
        JsonNode dept = section(putAndReadDocument(Parts.sample()), "P4-department");
        List<String> headings = texts(dept, "HEADING");
        List<String> top = headings.stream().filter(h -> NUMBERED.matcher(h).matches()).toList();
        assertEquals(List.of("一、部门概况", "二、当年预算执行情况", "三、整体绩效目标实现情况", "四、预算管理情况分析", "五、总体评价结论"), top);
        assertTrue(headings.containsAll(List.of("（一）财务管理", "1.财务管理制度健全性", "（4） 资产管理", "1.产出数量")),
                "entered headings as entered: " + headings);
        List<String> paragraphs = texts(dept, "PARAGRAPH");
        assertEquals(d.get("overview").asText().lines().toList(), paragraphs.subList(0, 2));
        assertTrue(paragraphs.contains(d.get("problems").asText()));
        assertEquals(d.get("measures").asText(), paragraphs.get(paragraphs.size() - 1));

        JsonNode budget = table(dept, "P4-department-budget");
        JsonNode b = d.get("budgetExecution");
        assertValue("AMOUNT", b.get("budget").get("total"), cell(budget, "当年预算执行情况/全年预算数", "total"));
        assertValue("AMOUNT", b.get("budget").get("basic"), cell(budget, "当年预算执行情况/全年预算数", "basic"));
        assertValue("AMOUNT", b.get("expenditure").get("project"), cell(budget, "当年预算执行情况/资金总体支出", "project"));
        assertValue("PERCENT", JSON.readTree("100"), cell(budget, "当年预算执行情况/预算执行率", "total"));
        // 评价得分情况 is the sentence the template prints, not a table of one cell
        assertEquals(List.of("P4-department-budget"), stream(dept.get("blocks")).filter(block -> block.get("kind").asText().equals("TABLE"))
                .map(block -> block.at("/table/id").asText()).toList());
        assertTrue(paragraphs.contains("2024年度评价得分为" + d.get("score").asText() + "分。"), paragraphs.toString());
    }

    @Test
    void theDepartmentsSentencesAreGeneratedFromItsFiguresAndReadAsTheSeedPrintsThem() throws Exception {
        JsonNode dept = section(putAndReadDocument(Parts.sample()), "P4-department");
        List<String> paragraphs = texts(dept, "PARAGRAPH");
        // the seed's own sentences (第四部分 二、当年预算执行情况 and （一）评价得分情况), now written from the figures and the score
        assertTrue(paragraphs.contains("2024年全年预算数358.64万元，其中，基本支出预算数8.52万元，项目支出预算数350.12万元，"
                + "其他支出预算数0万元。资金总体支出358.64万元，其中，基本支出8.52万元，项目支出350.12万元，其他支出0万元。"
                + "预算执行率为100%。"), paragraphs.toString());
        assertTrue(paragraphs.contains("2024年度评价得分为98分。"), paragraphs.toString());

        // a change of a figure changes the sentence: 资金总体支出 lower by 1,000.50 元 → 358.54 万元, 99.97%
        ObjectNode changed = (ObjectNode) JSON.readTree(Parts.sample());
        ObjectNode spent = (ObjectNode) changed.with("department").with("budgetExecution").with("expenditure");
        spent.put("total", new java.math.BigDecimal("3585399.50")).put("project", new java.math.BigDecimal("3500199.50"));
        changed.with("department").put("score", 95.5).put("grade", "优");
        List<String> after = texts(section(putAndReadDocument(changed.toString()), "P4-department"), "PARAGRAPH");
        assertTrue(after.contains("2024年全年预算数358.64万元，其中，基本支出预算数8.52万元，项目支出预算数350.12万元，"
                + "其他支出预算数0万元。资金总体支出358.54万元，其中，基本支出8.52万元，项目支出350.02万元，其他支出0万元。"
                + "预算执行率为99.97%。"), after.toString());
        assertTrue(after.contains("2024年度评价得分为95.5分，评价等级为优。"), after.toString());
    }

    @Test
    void eachSelfEvaluationTableShowsItsFundsGoalIndicatorsAndTheStatedTotal() throws Exception {
        JsonNode sample = JSON.readTree(Parts.sample());
        JsonNode doc = putAndReadDocument(Parts.sample());
        JsonNode p05 = stream(sample.get("projects")).filter(p -> p.get("projectCode").asText().equals("P05"))
                .findFirst().orElseThrow();
        JsonNode section = section(doc, "P4-project-P05");
        assertEquals(List.of("项目支出绩效自评表"), texts(section, "HEADING"), "P05 has no report");

        JsonNode indicators = table(section, "P4-project-P05-indicators");
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
                stream(indicators.get("columns")).map(c -> c.get("label").asText()).toList());
        assertEquals(indicatorCount(p05) + 1, indicators.get("rows").size(), "every 三级指标 and the 总分 row");
        assertValue("NUMBER", p05.get("total").get("points"), cell(indicators, "总分", "points"));
        assertValue("NUMBER", p05.get("total").get("maxPoints"), cell(indicators, "总分", "maxPoints"));
        JsonNode first = p05.get("indicators").get(0).get("groups").get(0).get("indicators").get(0);
        JsonNode firstRow = indicators.get("rows").get(0);
        assertEquals("TEXT", firstRow.get("cells").get(2).get("kind").asText());
        assertEquals(first.get("name").asText().strip(), firstRow.get("cells").get(2).get("text").asText());
        assertValue("NUMBER", first.get("points"), firstRow.get("cells").get(6));

        JsonNode funds = table(section, "P4-project-P05-funds");
        JsonNode total = p05.get("funds").get("total");
        assertValue("AMOUNT", total.get("initialBudget"), cell(funds, "项目资金/年度资金总额", "initialBudget"));
        assertValue("AMOUNT", total.get("annualBudget"), cell(funds, "项目资金/年度资金总额", "annualBudget"));
        assertValue("AMOUNT", total.get("execution"), cell(funds, "项目资金/年度资金总额", "execution"));
        assertValue("NUMBER", p05.get("funds").get("maxPoints"), cell(funds, "项目资金/年度资金总额", "maxPoints"));
        assertValue("PERCENT", JSON.readTree("100"), cell(funds, "项目资金/年度资金总额", "executionRate"));
        assertValue("NUMBER", p05.get("funds").get("points"), cell(funds, "项目资金/年度资金总额", "points"));
        assertEquals("—", cell(funds, "项目资金/上年结转资金", "points").get("text").asText());
        assertEquals("其中：当年财政拨款", cell(funds, "项目资金/当年财政拨款", "item").get("text").asText());

        JsonNode goal = table(section, "P4-project-P05-goal");
        assertEquals(p05.get("goal").get("expected").asText().strip(), cell(goal, "年度总体目标", "expected").get("text").asText());
    }

    @Test
    void theSeedsDefectsArePublishedAsEnteredNotAsComputed() throws Exception {
        JsonNode doc = putAndReadDocument(Parts.sample());
        JsonNode p07 = section(doc, "P4-project-P07");
        assertValue("NUMBER", JSON.readTree("990"), cell(table(p07, "P4-project-P07-indicators"), "总分", "points"));
        assertEquals("EMPTY", cell(table(p07, "P4-project-P07-funds"), "项目资金/年度资金总额", "execution").get("kind").asText(),
                "the blank 全年执行数 stays blank");
        JsonNode p02Rate = cell(table(section(doc, "P4-project-P02"), "P4-project-P02-funds"), "项目资金/年度资金总额",
                "executionRate");
        assertEquals("TEXT", p02Rate.get("kind").asText(), "an 执行率 printed without % is shown as printed");
        assertEquals("100", p02Rate.get("text").asText());
    }

    @Test
    void theReportGoesWithTheFirstTableOfItsProjectWithItsFundsAfterTheOverview() throws Exception {
        JsonNode sample = JSON.readTree(Parts.sample());
        JsonNode doc = putAndReadDocument(Parts.sample());
        JsonNode first = section(doc, "P4-project-P01");
        List<String> headings = texts(first, "HEADING");
        assertEquals("项目支出绩效评价报告", headings.get(0));
        assertEquals(List.of("项目支出绩效评价报告", "一、基本情况", "（一）项目概况", "1.项目背景"), headings.subList(0, 4));
        assertEquals("项目支出绩效自评表", headings.get(headings.size() - 1));
        List<String> kinds = stream(first.get("blocks")).map(b -> b.get("kind").asText()
                + (b.has("text") && !b.get("text").isNull() ? ":" + b.get("text").asText() : "")).toList();
        int funds = kinds.indexOf("TABLE");
        assertEquals("HEADING:（二）项目绩效目标", kinds.get(funds + 1), "项目预算支出明细 closes 项目概况");
        // under the template's heading, numbered after the last one of 项目概况 (3.实施情况)
        assertEquals("HEADING:4.资金投入和使用情况", kinds.get(funds - 1), kinds.toString());
        assertTrue(kinds.subList(0, funds - 1).contains("HEADING:3.实施情况"), kinds.toString());
        JsonNode line = sample.get("reports").get(0).get("funds").get(0);
        JsonNode reportFunds = table(first, "P4-project-P01-report-funds");
        String row = "资金投入和使用情况/" + line.get("projectName").asText();
        assertValue("AMOUNT", line.get("budget"), cell(reportFunds, row, "budget"));
        assertValue("AMOUNT", line.get("difference"), cell(reportFunds, row, "difference"));

        assertEquals(List.of("项目支出绩效自评表"), texts(section(doc, "P4-project-P01-2"), "HEADING"),
                "the table published again has no report");
    }

    @Test
    void aReportWithoutItsTableIsPublishedOnItsOwn() throws Exception {
        ObjectNode part = (ObjectNode) JSON.readTree(Parts.sample());
        ((ObjectNode) part.get("reports").get(0)).put("projectCode", "P99");
        JsonNode doc = putAndReadDocument(part.toString());
        JsonNode last = doc.get("sections").get(doc.get("sections").size() - 1);
        assertEquals("P4-report-P99", last.get("id").asText());
        assertEquals("项目支出绩效评价报告", last.get("title").asText());
        assertEquals(List.of("项目支出绩效自评表"), texts(section(doc, "P4-project-P01"), "HEADING"));
    }
}
