package org.fiscaldisclosure.performance.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.fiscaldisclosure.contracts.part.performance.FundsRow;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.contracts.part.performance.ProjectFunds;
import org.fiscaldisclosure.contracts.part.performance.StatedRate;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.contracts.value.Rounding;
import org.fiscaldisclosure.performance.figures.Evaluation;
import org.fiscaldisclosure.performance.figures.FundsLine;
import org.fiscaldisclosure.performance.scoring.ExecutionScore;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;

/** The 项目资金 block and the 预算执行率 row of each 自评表. */
final class FundsRules {

    private static final String FUNDS = "项目资金/";

    private FundsRules() {
    }

    static void register(RuleCatalogue<Evaluation> c) {
        c.register("PF-FND-001", FundsRules::sources)
                .register("PF-EXE-001", FundsRules::executionPresent)
                .register("PF-EXE-002", FundsRules::rateHolds)
                .register("PF-EXE-003", FundsRules::executionPoints)
                .register("PF-EXE-004", FundsRules::rateUnit);
    }

    private enum Column {
        INITIAL("年初预算数", FundsRow::initialBudget),
        ANNUAL("全年预算数", FundsRow::annualBudget),
        EXECUTION("全年执行数", FundsRow::execution);

        final String label;
        final Function<FundsRow, Amount> of;

        Column(String label, Function<FundsRow, Amount> of) {
            this.label = label;
            this.of = of;
        }
    }

    private static List<Finding> sources(RuleDefinition rule, Evaluation e) {
        List<Finding> findings = new ArrayList<>();
        List<ProjectEvaluation> projects = e.part().projects();
        for (int i = 0; i < projects.size(); i++) {
            List<FundsLine> rows = FundsLine.of(projects.get(i).funds());
            if (rows.size() == 1) {
                continue;
            }
            for (Column column : Column.values()) {
                Amount total = column.of.apply(rows.get(0).row());
                List<Amount> parts = rows.subList(1, rows.size()).stream().map(r -> column.of.apply(r.row())).toList();
                boolean anyPart = parts.stream().anyMatch(a -> a != null);
                if (total == null && !anyPart) {
                    continue;
                }
                Amount sum = Amount.sum(parts);
                if (total == null) {
                    findings.add(Locate.stated(rule, Locate.table(i), FUNDS + "年度资金总额", column.label,
                            Locate.who(i, projects.get(i)) + " 年度资金总额空白，分项合计 " + sum + " 元"));
                } else if (!total.equals(sum)) {
                    findings.add(Locate.compared(rule, Locate.table(i), FUNDS + "年度资金总额", column.label,
                            total.yuan(), sum.yuan(), Locate.who(i, projects.get(i)) + " " + column.label + "（元）"));
                }
            }
        }
        return findings;
    }

    private static List<Finding> executionPresent(RuleDefinition rule, Evaluation e) {
        List<Finding> findings = new ArrayList<>();
        List<ProjectEvaluation> projects = e.part().projects();
        for (int i = 0; i < projects.size(); i++) {
            ProjectFunds f = projects.get(i).funds();
            for (FundsLine r : FundsLine.of(f)) {
                boolean pointsStated = r.total() && f.points() != null;
                if (r.row().execution() == null && (r.row().executionRate() != null || pointsStated)) {
                    String stated = (r.row().executionRate() != null ? "执行率 " + r.row().executionRate().text() : "")
                            + (r.row().executionRate() != null && pointsStated ? "、" : "")
                            + (pointsStated ? "得分 " + f.points() : "");
                    findings.add(Locate.stated(rule, Locate.table(i), FUNDS + r.label(), "全年执行数",
                            Locate.who(i, projects.get(i)) + " " + r.label() + "填了" + stated + "，全年执行数空白"));
                }
            }
        }
        return findings;
    }

    private static List<Finding> rateHolds(RuleDefinition rule, Evaluation e) {
        List<Finding> findings = new ArrayList<>();
        List<ProjectEvaluation> projects = e.part().projects();
        for (int i = 0; i < projects.size(); i++) {
            for (FundsLine r : FundsLine.of(projects.get(i).funds())) {
                StatedRate stated = r.row().executionRate();
                if (stated == null) {
                    continue;
                }
                BigDecimal computed = atStatedPrecision(r.row().execution(), r.row().annualBudget(), stated);
                if (computed != null && stated.percent().compareTo(computed) != 0) {
                    findings.add(Locate.compared(rule, Locate.table(i), FUNDS + r.label(), "执行率", stated.percent(),
                            computed, Locate.who(i, projects.get(i)) + " " + r.label() + "（%）"));
                }
            }
        }
        return findings;
    }

    /** part / whole in percent, rounded (HALF_UP) to as many decimals as the stated rate prints; null if unknown. */
    static BigDecimal atStatedPrecision(Amount part, Amount whole, StatedRate stated) {
        if (part == null || whole == null || whole.isZero()) {
            return null;
        }
        int scale = Math.max(0, stated.percent().scale());
        return part.yuan().multiply(BigDecimal.valueOf(100)).divide(whole.yuan(), scale, Rounding.MODE);
    }

    private static List<Finding> executionPoints(RuleDefinition rule, Evaluation e) {
        List<Finding> findings = new ArrayList<>();
        List<ProjectEvaluation> projects = e.part().projects();
        for (int i = 0; i < projects.size(); i++) {
            ExecutionScore s = e.scores().projects().get(i).execution();
            if (s.computedPoints() != null && s.statedPoints() != null && s.statedPoints().compareTo(s.computedPoints()) != 0) {
                findings.add(Locate.compared(rule, Locate.table(i), FUNDS + "年度资金总额", "得分", s.statedPoints(),
                        s.computedPoints(), Locate.who(i, projects.get(i)) + " 执行率 " + s.ratePercent()
                                + "%，按“" + e.profile().name() + "”应得 " + Locate.plain(s.computedPoints()) + " 分"));
            }
        }
        return findings;
    }

    private static List<Finding> rateUnit(RuleDefinition rule, Evaluation e) {
        List<Finding> findings = new ArrayList<>();
        var budget = e.part().department().budgetExecution();
        if (budget != null && budget.executionRate() != null && !budget.executionRate().hasUnit()) {
            findings.add(Locate.stated(rule, Locate.DEPARTMENT, "当年预算执行情况", "预算执行率",
                    "部门整体绩效评价预算执行率写作“" + budget.executionRate().text() + "”，未写 %"));
        }
        List<ProjectEvaluation> projects = e.part().projects();
        for (int i = 0; i < projects.size(); i++) {
            for (FundsLine r : FundsLine.of(projects.get(i).funds())) {
                StatedRate stated = r.row().executionRate();
                if (stated != null && !stated.hasUnit()) {
                    findings.add(Locate.stated(rule, Locate.table(i), FUNDS + r.label(), "执行率",
                            Locate.who(i, projects.get(i)) + " " + r.label() + "执行率写作“" + stated.text() + "”，未写 %"));
                }
            }
        }
        return findings;
    }
}
