package org.fiscaldisclosure.performance.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.performance.figures.Evaluation;
import org.fiscaldisclosure.performance.scoring.IndicatorRow;
import org.fiscaldisclosure.performance.scoring.ProjectScore;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;

/** The 总分 of each 自评表 and the range of every 得分. */
final class TotalRules {


    private TotalRules() {
    }

    static void register(RuleCatalogue<Evaluation> c) {
        c.register("PF-TOT-001", TotalRules::totalIsSum)
                .register("PF-TOT-002", TotalRules::totalInRange)
                .register("PF-TOT-003", TotalRules::maxPointsAddUp)
                .register("PF-SCR-001", TotalRules::pointsWithinMax);
    }

    private static List<Finding> totalIsSum(RuleDefinition rule, Evaluation e) {
        List<Finding> findings = new ArrayList<>();
        for (ProjectScore s : e.scores().projects()) {
            if (s.statedTotal().compareTo(s.rowsTotal()) != 0) {
                findings.add(Locate.compared(rule, Locate.table(s.table()), "总分", "得分", s.statedTotal(), s.rowsTotal(),
                        who(e, s) + " 所填总分 " + Locate.plain(s.statedTotal()) + "，各行得分之和 " + Locate.plain(s.rowsTotal())));
            }
        }
        return findings;
    }

    private static List<Finding> totalInRange(RuleDefinition rule, Evaluation e) {
        List<Finding> findings = new ArrayList<>();
        for (ProjectScore s : e.scores().projects()) {
            if (s.statedTotal().compareTo(s.maxTotal()) > 0) {
                findings.add(Locate.compared(rule, Locate.table(s.table()), "总分", "得分", s.statedTotal(), s.maxTotal(),
                        who(e, s) + " 总分 " + Locate.plain(s.statedTotal()) + " 超过分值 " + Locate.plain(s.maxTotal())));
            }
        }
        return findings;
    }

    private static List<Finding> maxPointsAddUp(RuleDefinition rule, Evaluation e) {
        List<Finding> findings = new ArrayList<>();
        for (ProjectScore s : e.scores().projects()) {
            BigDecimal sum = s.weights().total();
            if (sum.compareTo(s.maxTotal()) != 0) {
                findings.add(Locate.compared(rule, Locate.table(s.table()), "总分", "分值", sum, s.maxTotal(),
                        who(e, s) + " 各行分值之和 " + Locate.plain(sum) + "，总分分值 " + Locate.plain(s.maxTotal())));
            }
        }
        return findings;
    }

    private static List<Finding> pointsWithinMax(RuleDefinition rule, Evaluation e) {
        List<Finding> findings = new ArrayList<>();
        List<ProjectEvaluation> projects = e.part().projects();
        for (int i = 0; i < projects.size(); i++) {
            ProjectEvaluation p = projects.get(i);
            if (p.funds().points() != null && p.funds().points().compareTo(p.funds().maxPoints()) > 0) {
                findings.add(Locate.compared(rule, Locate.table(i), "项目资金/年度资金总额", "得分", p.funds().points().points(),
                        p.funds().maxPoints().points(), Locate.who(i, p) + " 预算执行率得分超过分值"));
            }
            for (IndicatorRow row : IndicatorRow.of(p)) {
                var ind = row.indicator();
                if (ind.points().compareTo(ind.maxPoints()) > 0) {
                    findings.add(Locate.compared(rule, Locate.table(i), row.path(), "得分", ind.points().points(),
                            ind.maxPoints().points(), Locate.who(i, p) + " 得分 " + ind.points() + " 超过分值 " + ind.maxPoints()));
                }
            }
        }
        return findings;
    }

    private static String who(Evaluation e, ProjectScore s) {
        return Locate.who(s.table(), e.part().projects().get(s.table()));
    }
}
