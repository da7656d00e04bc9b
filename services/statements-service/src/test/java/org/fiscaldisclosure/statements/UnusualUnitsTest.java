package org.fiscaldisclosure.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.statements.figures.PriorFigures;
import org.fiscaldisclosure.statements.figures.StatementFigures;
import org.fiscaldisclosure.statements.figures.StatementsContext;
import org.fiscaldisclosure.statements.narrative.NarrativeWriter;
import org.fiscaldisclosure.statements.narrative.StatementsNarrative;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Units that are legitimately empty or unusual: every statements rule stays quiet on them, and their narrative never
 * ends a sentence in “，。” or quotes a figure that is missing. Each case starts from the consistent fixture and makes
 * it the unit described.
 */
class UnusualUnitsTest {

    static ObjectNode clean() throws Exception {
        return RuleCatalogueTest.clean();
    }

    /** The prior-year figures equal to this year's (so no change needs a reason), as a unit without the previous part gives them. */
    static void priorEqualToCurrent(ObjectNode p, List<String> keys) throws Exception {
        FinalAccounts part = RuleCatalogueTest.JSON.treeToValue(p, FinalAccounts.class);
        StatementFigures f = new StatementFigures(part, RuleCatalogueTest.SETS.get(part.tableSet()).orElseThrow());
        ObjectNode figures = p.with("priorYear").with("figures");
        for (String key : keys) {
            figures.put(key, PriorFigures.of(f, key).yuan());
        }
    }

    static void established(ObjectNode p) {
        p.with("unit").put("newlyEstablished", false);
    }

    static Stream<Arguments> units() {
        return Stream.of(
                unit("行政单位，本年新增", p -> { }),
                unit("行政单位，非新增，上年数齐全", p -> {
                    established(p);
                    priorEqualToCurrent(p, PriorFigures.KEYS);
                }),
                unit("事业单位，机关运行经费“本单位不涉及”，无上年机关运行经费", p -> {
                    established(p);
                    p.with("unit").put("kind", "PUBLIC_INSTITUTION");
                    p.with("other").put("officeOperatingCost", 0);
                    priorEqualToCurrent(p, PriorFigures.KEYS.stream().filter(k -> !k.equals("officeOperatingCost")).toList());
                }),
                unit("“三公”经费预算与决算均为0，无车辆，无大型设备", p -> {
                    // the fixture has no 三公 and no assets: zero budgets give no 完成年初预算% and no share
                }),
                unit("被撤并单位：上年数来自上年部分之外，本年支出与上年持平", p -> {
                    established(p);
                    priorEqualToCurrent(p, PriorFigures.KEYS);
                    p.with("unit").put("duties", "本单位已于年内撤销，职能并入其他单位。");
                }),
                unit("只有经营收入、没有财政拨款的事业单位", p -> {
                    established(p);
                    p.with("unit").put("kind", "PUBLIC_INSTITUTION");
                    p.with("other").put("officeOperatingCost", 0);
                    operatingOnly(p);
                    priorEqualToCurrent(p, PriorFigures.KEYS.stream().filter(k -> !k.equals("officeOperatingCost")).toList());
                }));
    }

    /** 经营收入 100,000 元 spent as 经营支出 under 2013150 事业运行; no 财政拨款 table has a row. */
    static void operatingOnly(ObjectNode p) {
        ObjectNode tables = p.putObject("tables");
        ObjectNode summary = tables.putObject("summary");
        var rows = summary.putArray("rows");
        rows.addObject().put("code", "operatingIncome").putObject("values").put("amount", 100000);
        rows.addObject().put("code", "incomeTotal").putObject("values").put("amount", 100000);
        rows.addObject().put("code", "grandIncomeTotal").putObject("values").put("amount", 100000);
        rows.addObject().put("code", "201").putObject("values").put("amount", 100000);
        rows.addObject().put("code", "expenditureTotal").putObject("values").put("amount", 100000);
        rows.addObject().put("code", "grandExpenditureTotal").putObject("values").put("amount", 100000);
        tables.putObject("income").putArray("rows").addObject().put("code", "2013150").putObject("values")
                .put("total", 100000).put("operatingIncome", 100000);
        tables.putObject("expenditure").putArray("rows").addObject().put("code", "2013150").putObject("values")
                .put("total", 100000).put("operating", 100000);
        p.putArray("initialBudget");
        p.with("other").putObject("itemExplanations").put("2013150", "反映事业单位的基本支出。");
    }

    interface Change {
        void apply(ObjectNode p) throws Exception;
    }

    static Arguments unit(String name, Change change) {
        return Arguments.of(name, change);
    }

    static StatementsContext context(JsonNode json) throws Exception {
        FinalAccounts part = RuleCatalogueTest.JSON.treeToValue(json, FinalAccounts.class);
        StatementFigures figures = new StatementFigures(part, RuleCatalogueTest.SETS.get(part.tableSet()).orElseThrow());
        return new StatementsContext(2024, figures, RuleCatalogueTest.SHIPPED, Optional.empty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    void everyRuleStaysQuiet(String unit, Change change) throws Exception {
        ObjectNode p = clean();
        change.apply(p);
        List<Finding> findings = RuleCatalogueTest.RULES.check(context(p));
        assertEquals(List.of(), findings.stream().filter(f -> !f.ruleId().equals("ST-CAT-002")).toList(), unit);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    void theNarrativeHasNoDanglingCommaNorMissingFigure(String unit, Change change) throws Exception {
        ObjectNode p = clean();
        change.apply(p);
        String text = NarrativeWriter.write("110102-T", 1, context(p)).toPlainText();
        assertFalse(text.contains("，。"), unit + ": " + text);
        assertFalse(text.contains("null"), unit + ": " + text);
        assertFalse(text.contains("上年为万元"), unit + ": " + text);
        assertTrue(text.contains("万元"), unit);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    void anEstablishedUnitWithoutPriorFiguresIsToldOnlyOfTheFiguresItsNarrativeCompares(String unit, Change change) throws Exception {
        ObjectNode p = clean();
        change.apply(p);
        p.with("priorYear").putObject("figures");
        p.with("priorYear").putObject("reasons");
        established(p);
        List<String> missing = RuleCatalogueTest.RULES.check(context(p)).stream().filter(f -> f.ruleId().equals("ST-N-007"))
                .map(Finding::row).toList();
        boolean administrative = "ADMINISTRATIVE".equals(p.with("unit").get("kind").asText());
        assertEquals(administrative, missing.contains("officeOperatingCost"), unit + ": " + missing);
        assertTrue(missing.contains("grandTotal"), unit + ": " + missing);
    }
}
