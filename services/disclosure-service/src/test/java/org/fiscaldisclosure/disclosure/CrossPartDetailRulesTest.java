package org.fiscaldisclosure.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.Severity;
import org.fiscaldisclosure.disclosure.document.ExactJson;
import org.fiscaldisclosure.disclosure.rules.PartContents;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The cross-part rules on detailed figures, run on the sample's three parts (the seed) read through the contract
 * types: the sample is quiet on every one of them; a change made for a rule makes it fire, located, with provided,
 * expected and difference in 元; a missing or unreadable part silences them.
 */
class CrossPartDetailRulesTest {

    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    static final PartContents CONTENTS = new PartContents(new ExactJson(MAPPER),
            Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory().getValidator());

    /** The sample's parts, to be changed by a test. */
    record Parts(ObjectNode statements, ObjectNode procurement, ObjectNode performance) {

        ObjectNode department() {
            return (ObjectNode) performance.at("/department/budgetExecution");
        }

        ObjectNode project(int index) {
            return (ObjectNode) performance.at("/projects/" + index + "/funds/total");
        }

        ObjectNode item() {
            return (ObjectNode) procurement.at("/purchasedServices/items/0");
        }
    }

    static Parts sample() throws Exception {
        return new Parts(read(PartKind.STATEMENTS), read(PartKind.PROCUREMENT), read(PartKind.PERFORMANCE));
    }

    static ObjectNode read(PartKind kind) throws Exception {
        return (ObjectNode) MAPPER.readTree(Files.readString(Path.of(PartEvents.sampleFile(kind))));
    }

    /** The findings of the rules on detailed figures (headline-only rules see consistent headlines and stay quiet). */
    static List<Finding> check(Consumer<Parts> change) throws Exception {
        Parts p = sample();
        change.accept(p);
        Map<PartKind, JsonNode> contents = new EnumMap<>(PartKind.class);
        contents.put(PartKind.STATEMENTS, p.statements());
        contents.put(PartKind.PROCUREMENT, p.procurement());
        contents.put(PartKind.PERFORMANCE, p.performance());
        return checkParts(contents);
    }

    static List<Finding> checkParts(Map<PartKind, JsonNode> contents) {
        Map<PartKind, Map<String, BigDecimal>> headlines = CrossPartRulesTest.consistent();
        Map<String, JsonNode> parts = new LinkedHashMap<>();
        contents.forEach((kind, part) -> {
            ObjectNode payload = MAPPER.createObjectNode();
            payload.set("part", part);
            ObjectNode h = payload.putObject("headline");
            headlines.get(kind).forEach(h::put);
            parts.put(kind.key(), payload);
        });
        return CrossPartRulesTest.RULES.check(CONTENTS.read(parts));
    }

    static BigDecimal yuan(String s) {
        return new BigDecimal(s);
    }

    static void assertFinding(Finding f, String ruleId, Severity severity, String location, String provided,
                              String expected, String difference) {
        assertEquals(ruleId, f.ruleId());
        assertEquals(severity, f.severity());
        assertEquals(location, f.part() + "/" + f.table() + "/" + f.row() + "/" + f.column());
        assertEquals(0, yuan(provided).compareTo(f.provided()), "provided " + f.provided());
        assertEquals(0, yuan(expected).compareTo(f.expected()), "expected " + f.expected());
        assertEquals(0, yuan(difference).compareTo(f.difference()), "difference " + f.difference());
    }

    @Test
    void theSeedsPartsAreConsistentOnEveryDetailedRule() throws Exception {
        assertEquals(List.of(), check(p -> { }));
    }

    // DS-P4-002 资金总体支出 = 表1 本年支出合计

    @Test
    void departmentExpenditureOtherThanTheYearsExpenditureIsFatal() throws Exception {
        List<Finding> f = check(p -> p.department().with("expenditure").put("total", yuan("3600000.00")));
        assertEquals(1, f.size(), f.toString());
        assertFinding(f.get(0), "DS-P4-002", Severity.FATAL, "performance//department/当年预算执行情况/资金总体支出/合计",
                "3600000.00", "3586400.00", "13600.00");
    }

    @Test
    void departmentExpenditureWithinRoundingIsAWarning() throws Exception {
        // 358.65 万元 against 358.64: one rounded figure on each side, 100 元 ≤ 2 × 50 元
        List<Finding> f = check(p -> p.department().with("expenditure").put("total", yuan("3586500.00")));
        assertEquals(1, f.size(), f.toString());
        assertFinding(f.get(0), "DS-P4-002", Severity.WARNING, "performance//department/当年预算执行情况/资金总体支出/合计",
                "3586500.00", "3586400.00", "100.00");
    }

    @Test
    void departmentExpenditureWithoutAStatedTotalIsTheSumOfItsParts() throws Exception {
        assertEquals(List.of(), check(p -> p.department().with("expenditure").remove("total")));
    }

    // DS-P4-003 基本支出 / 项目支出 = 表3

    @Test
    void departmentBasicExpenditureOtherThanTable3Fires() throws Exception {
        List<Finding> f = check(p -> p.department().with("expenditure").put("basic", yuan("95200.00")));
        assertEquals(1, f.size(), f.toString());
        assertFinding(f.get(0), "DS-P4-003", Severity.FATAL, "performance//department/当年预算执行情况/资金总体支出/基本支出",
                "95200.00", "85200.00", "10000.00");
    }

    @Test
    void statementsEnteredAtItemLevelOnlyGiveTheSameTotals() throws Exception {
        // 类 and 款 rows left out: they are the sums of their 项 (the statements' own reading)
        assertEquals(List.of(), check(p -> {
            for (String table : List.of("expenditure", "summary")) {
                ArrayNode rows = (ArrayNode) p.statements().at("/tables/" + table + "/rows");
                for (int i = rows.size() - 1; i >= 0; i--) {
                    String code = rows.get(i).get("code").asText();
                    if (code.equals("201") || code.equals("20139")) {
                        if (table.equals("summary")) {
                            ((ObjectNode) rows.get(i)).put("code", "2013901");
                            ((ObjectNode) rows.get(i).get("values")).put("amount", yuan("85200.00"));
                            rows.addObject().put("code", "2013902").putObject("values").put("amount", yuan("3501200.00"));
                        } else {
                            rows.remove(i);
                        }
                    }
                }
            }
        }));
    }

    // DS-P4-004 全年预算数 = 表1 收入总计

    @Test
    void departmentBudgetOtherThanTheYearsFundsIsAWarning() throws Exception {
        List<Finding> f = check(p -> p.department().with("budget").put("total", yuan("3700000.00")));
        assertEquals(1, f.size(), f.toString());
        assertFinding(f.get(0), "DS-P4-004", Severity.WARNING, "performance//department/当年预算执行情况/全年预算数/合计",
                "3700000.00", "3586400.00", "113600.00");
    }

    @Test
    void departmentBudgetEqualToTheYearsFundsIsQuiet() throws Exception {
        assertEquals(List.of(), check(p -> p.department().with("budget").put("total", yuan("3586400"))));
    }

    // DS-P4-005 each project's 全年执行数 ≤ 表3 项目支出

    @Test
    void aProjectSpendingMoreThanTheProjectExpenditureFires() throws Exception {
        List<Finding> f = check(p -> p.project(6).put("execution", yuan("3600000.00")));
        assertEquals(1, f.size(), f.toString());
        assertFinding(f.get(0), "DS-P4-005", Severity.FATAL, "performance//projects/6/项目资金/年度资金总额/全年执行数",
                "3600000.00", "3501200.00", "98800.00");
    }

    @Test
    void aTablePublishedTwiceIsCheckedOnceAndAProjectAtTheCeilingIsQuiet() throws Exception {
        assertEquals(List.of(), check(p -> {
            p.project(1).put("execution", yuan("9999999.00")); // the second copy of P01
            p.project(6).put("execution", yuan("3501200.00"));
        }));
    }

    // DS-T12-002 a purchased service against the project it names, in 万元 HALF_UP

    @Test
    void aPurchasedServiceOtherThanItsProjectInWanYuanIsAWarning() throws Exception {
        // 21.66 万元 against the project's 21.665 万元 = 21.67 万元 as published
        List<Finding> f = check(p -> p.item().put("amount", yuan("216600.00")));
        assertEquals(1, f.size(), f.toString());
        assertFinding(f.get(0), "DS-T12-002", Severity.WARNING,
                "procurement/T12/西城区2024年度街道系统绩效管理考评咨询服务/决算金额", "216600.00", "216650.00", "-50.00");
    }

    @Test
    void theSeedsPublished2167AgainstTheProjects21665IsQuietBecauseOfHalfUp() throws Exception {
        // 第三部分 prints 21.67 万元 (216,700 元); the project's table 21.665 万元, HALF_UP 21.67 (HALF_EVEN would give 21.66)
        assertEquals(List.of(), check(p -> p.item().put("amount", yuan("216700.00"))));
    }

    @Test
    void anItemNamingAProjectByCodeIsComparedWithThatProject() throws Exception {
        List<Finding> f = check(p -> p.item().put("projectCode", "P06"));
        assertEquals(1, f.size(), f.toString());
        assertFinding(f.get(0), "DS-T12-002", Severity.WARNING,
                "procurement/T12/西城区2024年度街道系统绩效管理考评咨询服务/决算金额", "216650.00", "99000.00", "117650.00");
    }

    @Test
    void anItemNamingNoEvaluatedProjectIsNotChecked() throws Exception {
        assertEquals(List.of(), check(p -> p.item().put("project", "未评价的购买服务项目").put("amount", yuan("1.00"))));
    }

    // a missing or unreadable part silences the rules that need it

    @Test
    void aMissingStatementsPartSilencesTheDetailedRulesButNotTheMissingPartRule() throws Exception {
        Parts p = sample();
        p.department().with("expenditure").put("total", yuan("1.00"));
        Map<PartKind, JsonNode> contents = new EnumMap<>(PartKind.class);
        contents.put(PartKind.PROCUREMENT, p.procurement());
        contents.put(PartKind.PERFORMANCE, p.performance());
        assertEquals(List.of("DS-PART-001"), checkParts(contents).stream().map(Finding::ruleId).toList());
    }

    @Test
    void anUnreadablePerformancePartSilencesTheRulesThatNeedIt() throws Exception {
        assertEquals(List.of(), check(p -> {
            p.department().with("expenditure").put("total", yuan("1.00"));
            p.performance().put("projects", "not a list");
        }));
        assertEquals(List.of(), check(p -> {
            p.department().with("expenditure").put("total", yuan("1.00"));
            p.performance().remove("department"); // required by the contract: invalid, hence unread
        }));
    }
}
