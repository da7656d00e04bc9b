package org.fiscaldisclosure.performance;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the catalogue, fired by one change to the clean fixture and kept quiet by a near miss. Each case is
 * PUT through the REST API and judged by the findings stored with the revision.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "performance"))
class PerformanceRulesTest {

    private static final String P0 = "/projects/0";
    private static final String FUNDS = P0 + "/funds";
    private static final String DEPT = "/department/budgetExecution";

    @FunctionalInterface
    interface Change {
        void apply(ObjectNode part) throws Exception;
    }

    static String ind(int level1, int group, int index) {
        return P0 + "/indicators/" + level1 + "/groups/" + group + "/indicators/" + index;
    }

    static ObjectNode at(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    static ArrayNode array(ObjectNode root, String pointer) {
        return (ArrayNode) root.at(pointer);
    }

    static ObjectNode measure(String json) throws Exception {
        return (ObjectNode) Parts.JSON.readTree(json);
    }

    static Arguments fires(String rule, String why, Change change, String table, String row, String column) {
        return Arguments.of(rule, why, change, table, row, column);
    }

    static Arguments quiet(String rule, String why, Change change) {
        return Arguments.of(rule, why, change);
    }

    static Stream<Arguments> firing() {
        return Stream.of(
                fires("PF-PRJ-001", "a table published twice", p -> array(p, "/projects").add(p.at(P0).deepCopy()),
                        "/projects/2", "项目名称", "项目编码"),
                fires("PF-PRJ-002", "a second copy with another 偏差原因", p -> {
                    ObjectNode copy = p.at(P0).deepCopy();
                    at(copy, "/indicators/1/groups/0/indicators/0").put("deviation", "另一种说法");
                    array(p, "/projects").add(copy);
                }, "/projects/2", "效益指标/社会效益指标/指标：补充社区力量", "偏差原因分析及改进措施"),
                fires("PF-DEP-001", "全年预算数 off by a 分", p -> at(p, DEPT + "/budget").put("total", 300000.01),
                        "/department", "当年预算执行情况/全年预算数", "金额"),
                fires("PF-DEP-002", "资金总体支出 off by a 元", p -> at(p, DEPT + "/expenditure").put("total", 299999.00),
                        "/department", "当年预算执行情况/资金总体支出", "金额"),
                fires("PF-DEP-003", "99% for a full execution", p -> at(p, DEPT).put("executionRate", "99%"),
                        "/department", "当年预算执行情况", "预算执行率"),
                fires("PF-DEP-004", "a score of 101", p -> at(p, "/department").put("score", 101),
                        "/department", "总体评价结论/评价得分", "得分"),
                fires("PF-DEP-005", "良 for 92", p -> at(p, "/department").put("grade", "良"),
                        "/department", "总体评价结论/评价等级", "等级"),
                fires("PF-DEP-006", "evaluated projects above the project spending", p -> {
                    for (String b : List.of("/budget", "/expenditure")) {
                        at(p, DEPT + b).put("total", 150000.00).put("project", 100000.00);
                    }
                }, "/department", "当年预算执行情况/资金总体支出/项目支出", "金额"),
                fires("PF-DEP-007", "a 部门整体 score without its 自评表", p -> at(p, "/department").remove("selfEvaluationTablePublished"),
                        "/department", "总体评价结论/评价得分", "得分"),
                fires("PF-FND-001", "当年财政拨款 below the 年度资金总额", p -> at(p, FUNDS + "/currentYearAppropriation").put("annualBudget", 90000.00),
                        "/projects/0", "项目资金/年度资金总额", "全年预算数"),
                fires("PF-EXE-001", "执行率 and 得分 without 全年执行数", p -> {
                    for (String row : List.of("total", "currentYearAppropriation", "carriedOver", "otherFunds")) {
                        at(p, FUNDS + "/" + row).remove("execution");
                    }
                }, "/projects/0", "项目资金/年度资金总额", "全年执行数"),
                fires("PF-EXE-002", "90% for a full execution", p -> at(p, FUNDS + "/total").put("executionRate", "90%"),
                        "/projects/0", "项目资金/年度资金总额", "执行率"),
                fires("PF-EXE-003", "8 points for 100%", p -> at(p, FUNDS).put("points", 8),
                        "/projects/0", "项目资金/年度资金总额", "得分"),
                fires("PF-EXE-004", "a bare 100", p -> at(p, FUNDS + "/total").put("executionRate", "100"),
                        "/projects/0", "项目资金/年度资金总额", "执行率"),
                fires("PF-TOT-001", "总分 97 for rows adding to 98", p -> at(p, P0 + "/total").put("points", 97),
                        "/projects/0", "总分", "得分"),
                fires("PF-TOT-002", "总分 101 of 100", p -> at(p, P0 + "/total").put("points", 101),
                        "/projects/0", "总分", "得分"),
                fires("PF-TOT-003", "分值 adding to 101", p -> at(p, ind(1, 1, 0)).put("maxPoints", 16),
                        "/projects/0", "总分", "分值"),
                fires("PF-SCR-001", "21 of 20", p -> at(p, ind(0, 0, 0)).put("points", 21),
                        "/projects/0", "产出指标/数量指标/指标1：招录人数", "得分"),
                fires("PF-IND-001", "13 of 15 without a reason", p -> at(p, ind(1, 0, 0)).remove("deviation"),
                        "/projects/0", "效益指标/社会效益指标/指标：补充社区力量", "偏差原因分析及改进措施"),
                fires("PF-IND-002", "no 满意度指标", p -> array(p, P0 + "/indicators").remove(2),
                        "/projects/0", "满意度指标", "一级指标"),
                fires("PF-IND-003", "社会效益 under 产出", p -> array(p, P0 + "/indicators/0/groups")
                                .add(array(p, P0 + "/indicators/1/groups").remove(0)),
                        "/projects/0", "产出指标/社会效益指标", "二级指标"),
                fires("PF-IND-004", "指标1 twice", p -> at(p, ind(0, 0, 1)).put("name", "指标1：考试场次"),
                        "/projects/0", "产出指标/数量指标/指标1：考试场次", "三级指标"),
                fires("PF-IND-005", "完成 against ≥100人", p -> at(p, ind(0, 0, 0)).set("actual", measure("{\"text\": \"完成\"}")),
                        "/projects/0", "产出指标/数量指标/指标1：招录人数", "实际完成值"),
                fires("PF-IND-006", "full marks for 80 of 100", p -> at(p, ind(0, 0, 0))
                                .set("actual", measure("{\"text\": \"80人\", \"value\": 80, \"unit\": \"人\"}")),
                        "/projects/0", "产出指标/数量指标/指标1：招录人数", "得分"),
                fires("PF-IND-007", "≥100 without a unit", p -> at(p, ind(0, 0, 0))
                                .set("target", measure("{\"text\": \"≥100\", \"operator\": \"≥\", \"value\": 100}")),
                        "/projects/0", "产出指标/数量指标/指标1：招录人数", "年度指标值"),
                fires("PF-IND-008", "the target repeats the indicator", p -> at(p, ind(0, 2, 0))
                                .set("target", measure("{\"text\": \"按期完成\"}")),
                        "/projects/0", "产出指标/时效指标/指标：按期完成", "年度指标值"),
                fires("PF-WGT-001", "产出 55, 效益 25", p -> {
                    at(p, ind(0, 0, 0)).put("maxPoints", 25).put("points", 25);
                    at(p, ind(1, 0, 0)).put("maxPoints", 10).put("points", 8);
                }, "/projects/0", "产出指标", "分值合计"),
                fires("PF-GOL-001", "实际完成情况 = 预期目标", p -> at(p, P0 + "/goal").put("actual", "招聘100名社区工作者"),
                        "/projects/0", "年度总体目标", "实际完成情况"),
                fires("PF-RPT-001", "the report names the project otherwise", p -> at(p, "/reports/0/funds/0").put("projectName", "招聘经费"),
                        "/reports/0", "资金投入和使用情况/招聘经费", "项目名称"),
                fires("PF-RPT-002", "差额 1 for equal amounts", p -> at(p, "/reports/0/funds/0").put("difference", 1),
                        "/reports/0", "资金投入和使用情况/社区工作者招聘经费", "差额"),
                fires("PF-RPT-003", "the report's 预算 above the table's", p -> at(p, "/reports/0/funds/0")
                                .put("budget", 100001.00).put("expenditure", 100001.00),
                        "/reports/0", "资金投入和使用情况/合计", "预算"));
    }

    static Stream<Arguments> quietCases() {
        return Stream.of(
                quiet("PF-PRJ-001", "a similar name, another project", p -> at(p, "/projects/1").put("name", "社区工作者招聘经费（二期）")),
                quiet("PF-PRJ-002", "an exact second copy", p -> array(p, "/projects").add(p.at(P0).deepCopy())),
                quiet("PF-DEP-001", "no stated total", p -> at(p, DEPT + "/budget").remove("total")),
                quiet("PF-DEP-002", "no stated total", p -> at(p, DEPT + "/expenditure").remove("total")),
                quiet("PF-DEP-003", "99.997% printed as 100%", p -> at(p, DEPT + "/expenditure").put("total", 299990.00).put("basic", 49990.00)),
                quiet("PF-DEP-004", "a score of exactly 100", p -> at(p, "/department").put("score", 100)),
                quiet("PF-DEP-005", "no stated grade", p -> at(p, "/department").remove("grade")),
                quiet("PF-DEP-006", "evaluated projects equal to the project spending", p -> {
                    for (String b : List.of("/budget", "/expenditure")) {
                        at(p, DEPT + b).put("total", 200000.00).put("project", 150000.00);
                    }
                }),
                quiet("PF-DEP-007", "the 部门整体 自评表 published with the score", p -> at(p, "/department").put("selfEvaluationTablePublished", true)),
                quiet("PF-FND-001", "no rows by source", p -> {
                    for (String row : List.of("currentYearAppropriation", "carriedOver", "otherFunds")) {
                        at(p, FUNDS).remove(row);
                    }
                }),
                quiet("PF-EXE-001", "neither 执行率 nor 得分 stated", p -> {
                    for (String row : List.of("total", "currentYearAppropriation", "carriedOver", "otherFunds")) {
                        at(p, FUNDS + "/" + row).remove("execution");
                    }
                    at(p, FUNDS + "/total").remove("executionRate");
                    at(p, FUNDS).remove("points");
                }),
                quiet("PF-EXE-002", "99.999% printed as 100.0%", p -> {
                    at(p, FUNDS + "/total").put("execution", 99999.00).put("executionRate", "100.0%");
                    at(p, FUNDS + "/currentYearAppropriation").put("execution", 99999.00);
                }),
                quiet("PF-EXE-003", "9.5 points for 95%", p -> {
                    at(p, FUNDS + "/total").put("execution", 95000.00).put("executionRate", "95%");
                    at(p, FUNDS + "/currentYearAppropriation").put("execution", 95000.00);
                    at(p, FUNDS).put("points", 9.5);
                    at(p, P0 + "/total").put("points", 97.5);
                }),
                quiet("PF-EXE-004", "100.00%", p -> at(p, FUNDS + "/total").put("executionRate", "100.00%")),
                quiet("PF-TOT-001", "14 of 15 and a total of 99", p -> {
                    at(p, ind(1, 0, 0)).put("points", 14);
                    at(p, P0 + "/total").put("points", 99);
                }),
                quiet("PF-TOT-002", "full marks", p -> {
                    at(p, ind(1, 0, 0)).put("points", 15);
                    at(p, P0 + "/total").put("points", 100);
                }),
                quiet("PF-TOT-003", "分值 moved between 一级, still 100", p -> {
                    at(p, "/projects/1/indicators/0/groups/0/indicators/0").put("maxPoints", 45).put("points", 45);
                    at(p, "/projects/1/indicators/2/groups/0/indicators/0").put("maxPoints", 15).put("points", 15);
                }),
                quiet("PF-SCR-001", "15 of 15", p -> {
                    at(p, ind(1, 0, 0)).put("points", 15);
                    at(p, P0 + "/total").put("points", 100);
                }),
                quiet("PF-IND-001", "full marks need no reason", p -> {
                    at(p, ind(1, 0, 0)).put("points", 15).remove("deviation");
                    at(p, P0 + "/total").put("points", 100);
                }),
                quiet("PF-IND-002", "the three 一级 in another order", p -> array(p, P0 + "/indicators")
                        .insert(0, array(p, P0 + "/indicators").remove(2))),
                quiet("PF-IND-003", "二级 of 效益 in another order", p -> array(p, P0 + "/indicators/1/groups")
                        .add(array(p, P0 + "/indicators/1/groups").remove(0))),
                quiet("PF-IND-004", "unnumbered indicators", p -> {
                    at(p, ind(0, 0, 0)).put("name", "指标：招录人数");
                    at(p, ind(0, 0, 1)).put("name", "指标：考试场次");
                }),
                quiet("PF-IND-005", "已完成 for a qualitative target", p -> at(p, ind(0, 2, 0)).set("actual", measure("{\"text\": \"已完成\"}"))),
                quiet("PF-IND-006", "80 of 100 scored 16", p -> {
                    at(p, ind(0, 0, 0)).put("points", 16).put("deviation", "报名人数不足");
                    at(p, ind(0, 0, 0)).set("actual", measure("{\"text\": \"80人\", \"value\": 80, \"unit\": \"人\"}"));
                    at(p, P0 + "/total").put("points", 94);
                }),
                quiet("PF-IND-007", "a target in percent", p -> {
                    at(p, ind(0, 0, 0)).set("target", measure("{\"text\": \"≥100%\", \"operator\": \"≥\", \"value\": 100, \"unit\": \"%\"}"));
                    at(p, ind(0, 0, 0)).set("actual", measure("{\"text\": \"120%\", \"value\": 120, \"unit\": \"%\"}"));
                }),
                quiet("PF-IND-008", "a target that says more than the name", p -> at(p, ind(0, 2, 0))
                        .set("target", measure("{\"text\": \"10月底前按期完成\"}"))),
                quiet("PF-WGT-001", "分值 moved within 产出", p -> {
                    at(p, ind(0, 0, 0)).put("maxPoints", 25).put("points", 25);
                    at(p, ind(0, 1, 0)).put("maxPoints", 5).put("points", 5);
                }),
                quiet("PF-GOL-001", "an actual that adds what was done", p -> at(p, P0 + "/goal")
                        .put("actual", "招聘100名社区工作者，实际招聘120名")),
                quiet("PF-RPT-001", "the same name with spaces around", p -> at(p, "/reports/0/funds/0").put("projectName", " 社区工作者招聘经费 ")),
                quiet("PF-RPT-002", "no stated 差额", p -> at(p, "/reports/0/funds/0").remove("difference")),
                quiet("PF-RPT-003", "two lines adding up to the table", p -> {
                    ArrayNode lines = array(p, "/reports/0/funds");
                    at(p, "/reports/0/funds/0").put("budget", 60000.00).put("expenditure", 60000.00);
                    lines.add(lines.get(0).deepCopy());
                    at(p, "/reports/0/funds/1").put("budget", 40000.00).put("expenditure", 40000.00);
                }));
    }

    private static List<Map<String, Object>> findingsAfter(Change change) throws Exception {
        ObjectNode part = Parts.clean();
        change.apply(part);
        return Parts.putNew(Parts.unit(), part.toString()).getList("validation.findings");
    }

    @Test
    void theCleanFixtureRaisesNoFinding() throws Exception {
        assertEquals(List.of(), findingsAfter(p -> { }));
    }

    static Stream<Arguments> unusualUnits() {
        return Stream.of(
                Arguments.of("没有开展项目绩效自评的单位", (Change) p -> {
                    p.putArray("projects");
                    p.putArray("reports");
                }),
                Arguments.of("没有项目支出、只有基本支出的单位", (Change) p -> {
                    p.putArray("projects");
                    p.putArray("reports");
                    for (String b : List.of("/budget", "/expenditure")) {
                        at(p, DEPT + b).put("total", at(p, DEPT + b).get("basic").decimalValue()).put("project", 0);
                    }
                }),
                Arguments.of("未填当年预算执行情况的单位", (Change) p -> at(p, "/department").remove("budgetExecution")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusualUnits")
    void everyRuleStaysQuietOnALegitimatelyEmptyUnit(String unit, Change change) throws Exception {
        assertEquals(List.of(), findingsAfter(change), unit);
    }

    @ParameterizedTest(name = "{0} fires: {1}")
    @MethodSource("firing")
    void theRuleFires(String rule, String why, Change change, String table, String row, String column) throws Exception {
        List<Map<String, Object>> mine = findingsAfter(change).stream().filter(f -> rule.equals(f.get("ruleId"))).toList();
        assertFalse(mine.isEmpty(), rule + " did not fire for " + why);
        Map<String, Object> f = mine.get(0);
        assertEquals(table, f.get("table"));
        assertEquals(row, f.get("row"));
        assertEquals(column, f.get("column"));
        assertEquals("performance", f.get("part"));
        assertTrue(((String) f.get("message")).length() > 10);
    }

    @ParameterizedTest(name = "{0} stays quiet: {1}")
    @MethodSource("quietCases")
    void theRuleStaysQuiet(String rule, String why, Change change) throws Exception {
        List<Object> ids = findingsAfter(change).stream().map(f -> f.get("ruleId")).toList();
        assertFalse(ids.contains(rule), rule + " fired for " + why + ": " + ids);
    }

    @Test
    void everyRuleOfTheCatalogueHasAFiringAndAQuietCase() {
        Set<String> catalogue = new TreeSet<>(given().get("/api/v1/performance/rules").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class));
        assertEquals(catalogue, firing().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(catalogue, quietCases().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void findingsWithNumbersCarryProvidedExpectedAndDifference() throws Exception {
        Map<String, Object> f = findingsAfter(p -> at(p, ind(0, 0, 0))
                .set("actual", measure("{\"text\": \"80人\", \"value\": 80, \"unit\": \"人\"}"))).stream()
                .filter(x -> "PF-IND-006".equals(x.get("ruleId"))).findFirst().orElseThrow();
        assertEquals(20, f.get("provided"));
        assertEquals(16, f.get("expected"));
        assertEquals(4, f.get("difference"));
    }
}
