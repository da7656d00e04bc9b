package org.fiscaldisclosure.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;
import org.fiscaldisclosure.statements.classification.CatalogueView;
import org.fiscaldisclosure.statements.classification.ClassificationCatalogue;
import org.fiscaldisclosure.statements.figures.StatementFigures;
import org.fiscaldisclosure.statements.figures.StatementsContext;
import org.fiscaldisclosure.statements.rules.FinalAccountsRules;
import org.fiscaldisclosure.statements.tableset.TableSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the catalogue fires on a change made for it, and none fires on a consistent part (the clean
 * fixture: the seed's figures under verified codes, with every 名词解释 and 年初预算 line).
 */
class RuleCatalogueTest {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    static final TableSets SETS = TableSets.load();
    static final ClassificationCatalogue CATALOGUE = ClassificationCatalogue.load();
    /** The shipped entries, not complete: an unknown code is a note. */
    static final CatalogueView SHIPPED = CATALOGUE.view(2024);
    /** The shipped entries marked complete: an unknown code is a WARNING. */
    static final CatalogueView COMPLETE = CatalogueView.of(2024, CATALOGUE.entries(), true);
    /** The rules that need the year's catalogue marked complete to fire. */
    static final java.util.Set<String> WITH_COMPLETE_CATALOGUE = java.util.Set.of("ST-CAT-001", "ST-CAT-003");
    static final RuleCatalogue<StatementsContext> RULES = FinalAccountsRules.catalogue();

    static ObjectNode clean() throws Exception {
        try (InputStream in = RuleCatalogueTest.class.getResourceAsStream("/clean-final-accounts.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    static List<Finding> check(JsonNode json) throws Exception {
        return check(json, SHIPPED);
    }

    static List<Finding> check(JsonNode json, CatalogueView catalogue) throws Exception {
        FinalAccounts part = JSON.treeToValue(json, FinalAccounts.class);
        StatementFigures figures = new StatementFigures(part, SETS.get(part.tableSet()).orElseThrow());
        return RULES.check(new StatementsContext(2024, figures, catalogue, Optional.empty()));
    }

    /** The values object of a row of a table. */
    static ObjectNode cell(ObjectNode part, String table, String code) {
        for (JsonNode row : part.with("tables").with(table).withArray("rows")) {
            if (row.get("code").asText().equals(code)) {
                return (ObjectNode) row.get("values");
            }
        }
        throw new AssertionError("no row " + code + " in " + table);
    }

    static void addRow(ObjectNode part, String table, String code, Map<String, Integer> values) {
        ObjectNode row = part.with("tables").with(table).withArray("rows").addObject();
        row.put("code", code);
        ObjectNode v = row.putObject("values");
        values.forEach(v::put);
    }

    static Map<String, Consumer<ObjectNode>> mutations() {
        Map<String, Consumer<ObjectNode>> m = new LinkedHashMap<>();
        m.put("ST-T1-001", p -> cell(p, "summary", "incomeTotal").put("amount", 3586500));
        m.put("ST-T1-002", p -> cell(p, "summary", "expenditureTotal").put("amount", 3586500));
        m.put("ST-T1-003", p -> cell(p, "summary", "grandIncomeTotal").put("amount", 3586500));
        m.put("ST-T1-004", p -> cell(p, "summary", "grandExpenditureTotal").put("amount", 3586500));
        m.put("ST-T1-005", p -> cell(p, "summary", "carryOverAtEnd").put("amount", 10));
        m.put("ST-T1-006", p -> cell(p, "summary", "201").put("amount", 3586500));
        m.put("ST-T2-001", p -> cell(p, "income", "2013101").put("total", 85300));
        m.put("ST-T2-002", p -> cell(p, "summary", "otherIncome").put("amount", 100));
        m.put("ST-T3-001", p -> cell(p, "expenditure", "2013101").put("basic", 85100));
        m.put("ST-T3-002", p -> cell(p, "expenditure", "201").put("total", 3586500).put("basic", 85300));
        m.put("ST-T4-001", p -> cell(p, "appropriation", "generalBudget").put("amount", 3586500));
        m.put("ST-T4-002", p -> cell(p, "appropriation", "carryOverAtEnd.generalBudget").put("amount", 100));
        m.put("ST-T4-003", p -> cell(p, "appropriation", "201").put("total", 3586500));
        m.put("ST-T4-004", p -> cell(p, "appropriation", "201").put("generalBudget", 3586500));
        m.put("ST-T4-005", p -> cell(p, "appropriation", "201").put("total", 3600000).put("generalBudget", 3600000));
        m.put("ST-T5-001", p -> cell(p, "generalBudget", "2013101").put("total", 85300));
        m.put("ST-T5-002", p -> {
            cell(p, "generalBudgetBasic", "302").put("amount", 85000);
            cell(p, "generalBudgetBasic", "30299").put("amount", 85000);
        });
        m.put("ST-T6-001", p -> p.with("other").put("officeOperatingCost", 90000));
        m.put("ST-T7-001", p -> addRow(p, "governmentFund", "2120801",
                Map.of("carryOverAtStart", 0, "income", 100, "total", 50, "basic", 50, "carryOverAtEnd", 0)));
        m.put("ST-T7-002", p -> addRow(p, "governmentFund", "2120801",
                Map.of("carryOverAtStart", 0, "income", 100, "total", 100, "basic", 100, "carryOverAtEnd", 0)));
        m.put("ST-T9-001", p -> addRow(p, "stateCapital", "2230101", Map.of("total", 100, "basic", 50)));
        m.put("ST-HIER-001", p -> cell(p, "income", "20131").put("total", 3586500).put("appropriation", 3586500));
        m.put("ST-HIER-002", p -> cell(p, "generalBudgetBasic", "302").put("amount", 85300));
        m.put("ST-T10-001", p -> cell(p, "threePublic", "total").put("actual", 100));
        m.put("ST-CAT-001", p -> addRow(p, "expenditure", "2013198", Map.of("total", 0)));
        m.put("ST-CAT-002", p -> addRow(p, "expenditure", "20139", Map.of("total", 0)));
        m.put("ST-CAT-003", p -> ((ObjectNode) p.with("tables").with("expenditure").withArray("rows").get(0)).put("name", "一般公共服务"));
        m.put("ST-CAT-004", p -> addRow(p, "expenditure", "2013198", Map.of("total", 0)));
        m.put("ST-CAT-005", p -> ((ObjectNode) p.with("tables").with("expenditure").withArray("rows").get(0)).put("name", "一般公共服务"));
        m.put("ST-N-001", p -> {
            p.with("unit").put("newlyEstablished", false);
            ObjectNode figures = p.with("priorYear").with("figures");
            for (String key : List.of("grandTotal", "incomeTotal", "expenditureTotal", "appropriationGrandTotal",
                    "generalBudgetExpenditure", "generalBudgetBasic", "threePublic", "officeOperatingCost")) {
                figures.put(key, 0);
            }
            figures.put("grandTotal", 3000000).put("incomeTotal", 3586400).put("expenditureTotal", 3586400)
                    .put("appropriationGrandTotal", 3586400).put("generalBudgetExpenditure", 3586400)
                    .put("generalBudgetBasic", 85200).put("officeOperatingCost", 85200);
        });
        m.put("ST-N-002", p -> ((ObjectNode) p.withArray("initialBudget").get(0)).put("initialBudget", 3000000));
        m.put("ST-N-003", p -> p.with("other").with("itemExplanations").remove("2013102"));
        m.put("ST-N-004", p -> {
            cell(p, "summary", "carryOverAtStart").put("amount", 100);
        });
        m.put("ST-N-005", p -> p.with("unit").put("duties", "职责。（此处插入图表，用上述收入金额制作饼状图）"));
        m.put("ST-N-006", p -> ((ArrayNode) p.withArray("initialBudget")).remove(3));
        m.put("ST-N-007", p -> p.with("unit").put("newlyEstablished", false));
        return m;
    }

    static Stream<Arguments> everyRule() {
        return mutations().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void aConsistentPartKeepsEveryRuleQuiet() throws Exception {
        assertEquals(List.of(), check(clean()));
        assertEquals(List.of(), check(clean(), COMPLETE));
    }

    @Test
    void everyRuleOfTheCatalogueHasAChangeThatFiresIt() {
        assertEquals(RULES.definitions().stream().map(RuleDefinition::id).sorted().toList(),
                mutations().keySet().stream().sorted().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRule")
    void theRuleFiresOnTheChangeMadeForIt(String ruleId, Consumer<ObjectNode> mutation) throws Exception {
        ObjectNode part = clean();
        mutation.accept(part);
        List<Finding> findings = check(part, WITH_COMPLETE_CATALOGUE.contains(ruleId) ? COMPLETE : SHIPPED);
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals(ruleId)), ruleId + " did not fire: " + findings);
    }

    @Test
    void aChangedCellIsNamedWithTheExpectedValueAndTheDifference() throws Exception {
        ObjectNode part = clean();
        cell(part, "expenditure", "2013101").put("basic", 85100);
        Finding f = check(part).stream().filter(x -> x.ruleId().equals("ST-T3-001")).findFirst().orElseThrow();
        assertEquals("T3", f.table());
        assertEquals("2013101", f.row());
        assertEquals("total", f.column());
        assertEquals(0, f.provided().compareTo(new BigDecimal("85200")));
        assertEquals(0, f.expected().compareTo(new BigDecimal("85100")));
        assertEquals(0, f.difference().compareTo(new BigDecimal("100")));
    }

    @Test
    void aGapWithinTheRoundingOfWanYuanFiguresIsOnlyAWarning() throws Exception {
        ObjectNode part = clean();
        // 8 rounded 万元 sources may miss their rounded total by up to 8 × 50 元
        cell(part, "summary", "incomeTotal").put("amount", 3586500);
        Finding f = check(part).stream().filter(x -> x.ruleId().equals("ST-T1-001")).findFirst().orElseThrow();
        assertEquals("WARNING", f.severity().name());
        cell(part, "summary", "incomeTotal").put("amount", 3587400);
        Finding g = check(part).stream().filter(x -> x.ruleId().equals("ST-T1-001")).findFirst().orElseThrow();
        assertEquals("FATAL", g.severity().name());
    }
}
