package org.fiscaldisclosure.performance.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fiscaldisclosure.contracts.part.performance.IndicatorLevel1;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.performance.figures.Evaluation;
import org.fiscaldisclosure.performance.scoring.ProjectScore;
import org.fiscaldisclosure.performance.scoring.Weights;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;

/** The 分值 of 预算执行率 and of each 一级指标 against the profile's defaults (10/50/30/10 by default). */
final class WeightRules {

    private WeightRules() {
    }

    static void register(RuleCatalogue<Evaluation> c) {
        c.register("PF-WGT-001", WeightRules::defaults);
    }

    private static List<Finding> defaults(RuleDefinition rule, Evaluation e) {
        List<Finding> findings = new ArrayList<>();
        Weights expected = e.profile().weights();
        for (ProjectScore s : e.scores().projects()) {
            String who = Locate.who(s.table(), e.part().projects().get(s.table()));
            check(findings, rule, s.table(), "预算执行率", s.weights().execution(), expected.execution(), who, e);
            for (IndicatorLevel1 l : IndicatorLevel1.values()) {
                check(findings, rule, s.table(), l.label(), s.weights().of(l), expected.of(l), who, e);
            }
        }
        return findings;
    }

    private static void check(List<Finding> findings, RuleDefinition rule, int table, String row, BigDecimal provided,
                              BigDecimal expected, String who, Evaluation e) {
        if (provided.compareTo(expected) != 0) {
            findings.add(Locate.compared(rule, Locate.table(table), row, "分值合计", provided, expected,
                    who + " " + row + "分值合计 " + Locate.plain(provided) + "，“" + e.profile().name() + "”为 "
                            + Locate.plain(expected)));
        }
    }
}
