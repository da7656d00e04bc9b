package org.fiscaldisclosure.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.validation.Severity;
import org.fiscaldisclosure.disclosure.rules.CrossPartRules;
import org.fiscaldisclosure.disclosure.rules.DisclosureParts;
import org.fiscaldisclosure.disclosure.rules.PartHeadlines;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cross-part rules on headline figures fire on a change made for them, stay quiet on consistent headlines and on
 * missing keys (the rules on detailed figures: {@link CrossPartDetailRulesTest}).
 */
class CrossPartRulesTest {

    static final RuleCatalogue<DisclosureParts> RULES = CrossPartRules.catalogue();

    /** The seed's headline figures, consistent across parts. */
    static Map<PartKind, Map<String, BigDecimal>> consistent() {
        Map<PartKind, Map<String, BigDecimal>> h = new EnumMap<>(PartKind.class);
        h.put(PartKind.STATEMENTS, new HashMap<>(Map.of("expenditureTotal", yuan("3586400.00"),
                "projectExpenditure", yuan("3501200.00"))));
        h.put(PartKind.PROCUREMENT, new HashMap<>(Map.of("procurementTotal", yuan("195300.00"),
                "procurementServices", yuan("195300.00"), "purchasedServicesTotal", yuan("195300.00"))));
        h.put(PartKind.PERFORMANCE, new HashMap<>(Map.of("evaluatedProjectAmount", yuan("1180801.00"))));
        return h;
    }

    static BigDecimal yuan(String s) {
        return new BigDecimal(s);
    }

    static List<Finding> check(Consumer<Map<PartKind, Map<String, BigDecimal>>> change) {
        Map<PartKind, Map<String, BigDecimal>> h = consistent();
        change.accept(h);
        return RULES.check(DisclosureParts.headlinesOnly(new PartHeadlines(h)));
    }

    @Test
    void consistentHeadlinesGiveNoFinding() {
        assertEquals(List.of(), check(h -> { }));
    }

    @Test
    void theCatalogueHasEveryRuleWithItsSeverity() {
        Map<String, Severity> bySeverity = new HashMap<>();
        for (RuleDefinition d : RULES.definitions()) {
            bySeverity.put(d.id(), d.severity());
            assertTrue(d.message().length() > 5, d.id());
        }
        assertEquals(Map.of("DS-PART-001", Severity.FATAL, "DS-T11-001", Severity.FATAL, "DS-T12-001", Severity.WARNING,
                "DS-P4-001", Severity.FATAL, "DS-P4-002", Severity.FATAL, "DS-P4-003", Severity.FATAL,
                "DS-P4-004", Severity.WARNING, "DS-P4-005", Severity.FATAL, "DS-T12-002", Severity.WARNING), bySeverity);
    }

    @Test
    void aMissingPartIsFatalOncePerPart() {
        List<Finding> f = check(h -> {
            h.remove(PartKind.PROCUREMENT);
            h.remove(PartKind.PERFORMANCE);
        });
        assertEquals(List.of("DS-PART-001", "DS-PART-001"), f.stream().map(Finding::ruleId).toList());
        assertEquals(List.of("procurement", "performance"), f.stream().map(Finding::part).toList());
        assertEquals(Severity.FATAL, f.get(0).severity());
    }

    @Test
    void procurementOverTheYearsExpenditureFires() {
        List<Finding> f = check(h -> h.get(PartKind.PROCUREMENT).put("procurementTotal", yuan("3586400.01")));
        assertEquals(1, f.size());
        Finding x = f.get(0);
        assertEquals("DS-T11-001", x.ruleId());
        assertEquals(Severity.FATAL, x.severity());
        assertEquals("procurement", x.part());
        assertEquals(yuan("3586400.01"), x.provided());
        assertEquals(yuan("3586400.00"), x.expected());
        assertEquals(yuan("0.01"), x.difference());
    }

    @Test
    void procurementEqualToTheYearsExpenditureIsQuiet() {
        assertEquals(List.of(), check(h -> h.get(PartKind.PROCUREMENT).put("procurementTotal", yuan("3586400.00"))));
    }

    @Test
    void purchasedServicesOverProcuredServicesIsAWarning() {
        // the seed: 政府购买服务 21.67 万元 against 政府采购服务支出 19.53 万元
        List<Finding> f = check(h -> h.get(PartKind.PROCUREMENT).put("purchasedServicesTotal", yuan("216650.00")));
        assertEquals(1, f.size());
        assertEquals("DS-T12-001", f.get(0).ruleId());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals(yuan("21350.00"), f.get(0).difference());
    }

    @Test
    void purchasedServicesWithinProcuredServicesIsQuiet() {
        assertEquals(List.of(), check(h -> h.get(PartKind.PROCUREMENT).put("purchasedServicesTotal", yuan("100000.00"))));
    }

    @Test
    void evaluatedProjectsOverProjectExpenditureFire() {
        List<Finding> f = check(h -> h.get(PartKind.PERFORMANCE).put("evaluatedProjectAmount", yuan("3501200.50")));
        assertEquals(List.of("DS-P4-001"), f.stream().map(Finding::ruleId).toList());
        assertEquals("performance", f.get(0).part());
        assertEquals(yuan("0.50"), f.get(0).difference());
    }

    @Test
    void evaluatedProjectsWithinProjectExpenditureAreQuiet() {
        assertEquals(List.of(), check(h -> h.get(PartKind.PERFORMANCE).put("evaluatedProjectAmount", yuan("3501200.00"))));
    }

    /** A rule whose figure is not among the headlines does not run: no finding, whatever the other figure. */
    @ParameterizedTest
    @ValueSource(strings = {"procurementTotal", "expenditureTotal"})
    void procurementAgainstExpenditureNeedsBothFigures(String absent) {
        assertEquals(List.of(), check(h -> {
            h.get(PartKind.STATEMENTS).put("expenditureTotal", yuan("1.00"));
            h.get(PartKind.STATEMENTS).remove(absent);
            h.get(PartKind.PROCUREMENT).remove(absent);
        }));
    }

    @Test
    void withoutAProcuredServicesFigureTheServicesWarningIsSkipped() {
        assertEquals(List.of(), check(h -> {
            h.get(PartKind.PROCUREMENT).put("purchasedServicesTotal", yuan("216650.00"));
            h.get(PartKind.PROCUREMENT).remove("procurementServices");
        }));
    }

    @Test
    void evaluatedProjectsWithoutProjectExpenditureAreNotChecked() {
        assertEquals(List.of(), check(h -> {
            h.get(PartKind.PERFORMANCE).put("evaluatedProjectAmount", yuan("9999999.00"));
            h.get(PartKind.STATEMENTS).remove("projectExpenditure");
        }));
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> unusualUnits() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("没有政府采购、没有政府购买服务", (Consumer<Map<PartKind, Map<String, BigDecimal>>>) h -> {
                    h.get(PartKind.PROCUREMENT).replaceAll((k, v) -> BigDecimal.ZERO);
                }),
                org.junit.jupiter.params.provider.Arguments.of("没有开展项目绩效自评", (Consumer<Map<PartKind, Map<String, BigDecimal>>>) h ->
                        h.get(PartKind.PERFORMANCE).put("evaluatedProjectAmount", BigDecimal.ZERO)),
                org.junit.jupiter.params.provider.Arguments.of("只有经营支出、没有项目支出的事业单位", (Consumer<Map<PartKind, Map<String, BigDecimal>>>) h -> {
                    h.get(PartKind.STATEMENTS).put("projectExpenditure", BigDecimal.ZERO);
                    h.get(PartKind.PERFORMANCE).put("evaluatedProjectAmount", BigDecimal.ZERO);
                    h.get(PartKind.PROCUREMENT).replaceAll((k, v) -> BigDecimal.ZERO);
                }),
                org.junit.jupiter.params.provider.Arguments.of("本年新设、尚无收支的单位", (Consumer<Map<PartKind, Map<String, BigDecimal>>>) h -> {
                    h.values().forEach(m -> m.replaceAll((k, v) -> BigDecimal.ZERO));
                }));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("unusualUnits")
    void theHeadlineRulesStayQuietOnLegitimatelyEmptyUnits(String unit, Consumer<Map<PartKind, Map<String, BigDecimal>>> change) {
        assertEquals(List.of(), check(change), unit);
    }
}
