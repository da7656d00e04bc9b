package org.fiscaldisclosure.performance.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fiscaldisclosure.contracts.part.performance.BudgetBreakdown;
import org.fiscaldisclosure.contracts.part.performance.DepartmentBudgetExecution;
import org.fiscaldisclosure.contracts.part.performance.DepartmentEvaluation;
import org.fiscaldisclosure.contracts.part.performance.Grade;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.performance.figures.Evaluation;
import org.fiscaldisclosure.performance.scoring.ScoringEngine;
import org.fiscaldisclosure.platform.validation.Checks;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;

/** 部门整体绩效评价: its budget execution, its score and grade, and the projects it evaluated. */
final class DepartmentRules {

    private static final String ROW = "当年预算执行情况";
    private static final String CONCLUSION = "总体评价结论";

    private DepartmentRules() {
    }

    static void register(RuleCatalogue<Evaluation> c) {
        c.register("PF-DEP-001", (rule, e) -> breakdown(rule, e, DepartmentBudgetExecution::budget, "全年预算数"))
                .register("PF-DEP-002", (rule, e) -> breakdown(rule, e, DepartmentBudgetExecution::expenditure, "资金总体支出"))
                .register("PF-DEP-003", DepartmentRules::rateHolds)
                .register("PF-DEP-004", DepartmentRules::scoreInRange)
                .register("PF-DEP-005", DepartmentRules::gradeMatches)
                .register("PF-DEP-006", DepartmentRules::projectsWithinSpending)
                .register("PF-DEP-007", DepartmentRules::scoreHasItsTable);
    }

    private static List<Finding> breakdown(RuleDefinition rule, Evaluation e,
                                           Function<DepartmentBudgetExecution, BudgetBreakdown> which,
                                           String label) {
        DepartmentBudgetExecution b = e.part().department().budgetExecution();
        if (b == null) {
            return List.of();
        }
        BudgetBreakdown bd = which.apply(b);
        return Checks.statedEquals(rule, Locate.PART, ROW + "/" + label, "金额", bd.total(), ScoringEngine.sum(bd))
                .stream().map(f -> relocate(f, label + "（元）所填 " + bd.total() + "，构成之和 " + ScoringEngine.sum(bd)))
                .toList();
    }

    private static Finding relocate(Finding f, String detail) {
        return new Finding(f.ruleId(), f.severity(), f.part(), Locate.DEPARTMENT, f.row(), f.column(), f.provided(),
                f.expected(), f.difference(), f.message() + "：" + detail);
    }

    private static List<Finding> rateHolds(RuleDefinition rule, Evaluation e) {
        DepartmentBudgetExecution b = e.part().department().budgetExecution();
        if (b == null || b.executionRate() == null) {
            return List.of();
        }
        BigDecimal computed = FundsRules.atStatedPrecision(ScoringEngine.total(b.expenditure()),
                ScoringEngine.total(b.budget()), b.executionRate());
        if (computed == null || computed.compareTo(b.executionRate().percent()) == 0) {
            return List.of();
        }
        return List.of(Locate.compared(rule, Locate.DEPARTMENT, ROW, "预算执行率", b.executionRate().percent(), computed,
                "所填 " + b.executionRate().text() + "，资金总体支出/全年预算数为 " + computed + "%"));
    }

    private static List<Finding> scoreInRange(RuleDefinition rule, Evaluation e) {
        BigDecimal score = e.part().department().score().points();
        if (score.compareTo(e.profile().maxTotal()) <= 0) {
            return List.of();
        }
        return List.of(Locate.compared(rule, Locate.DEPARTMENT, "总体评价结论/评价得分", "得分", score,
                e.profile().maxTotal(), "得分 " + Locate.plain(score) + " 超过 " + Locate.plain(e.profile().maxTotal())));
    }

    private static List<Finding> gradeMatches(RuleDefinition rule, Evaluation e) {
        DepartmentEvaluation d = e.part().department();
        Grade expected = e.profile().grade(d.score().points());
        if (d.grade() == null || d.grade() == expected) {
            return List.of();
        }
        return List.of(Locate.stated(rule, Locate.DEPARTMENT, "总体评价结论/评价等级", "等级",
                "得分 " + Locate.plain(d.score().points()) + " 对应“" + expected.label() + "”，所填为“" + d.grade().label() + "”"));
    }

    private static List<Finding> projectsWithinSpending(RuleDefinition rule, Evaluation e) {
        DepartmentBudgetExecution b = e.part().department().budgetExecution();
        if (b == null) {
            return List.of();
        }
        List<ProjectEvaluation> projects = e.part().projects();
        Map<Integer, Integer> copies = ProjectIdentityRules.earlierCopies(projects);
        List<Amount> executions = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            if (!copies.containsKey(i)) {
                executions.add(projects.get(i).funds().total().execution());
            }
        }
        Amount evaluated = Amount.sum(executions);
        Amount spent = b.expenditure().project();
        if (evaluated.compareTo(spent) <= 0) {
            return List.of();
        }
        return List.of(Locate.compared(rule, Locate.DEPARTMENT, ROW + "/资金总体支出/项目支出", "金额", evaluated.yuan(),
                spent.yuan(), "自评项目全年执行数之和 " + evaluated + " 元，部门项目支出 " + spent + " 元"));
    }

    /** A stated 部门整体 score with no 部门整体绩效自评表 published behind it. */
    private static List<Finding> scoreHasItsTable(RuleDefinition rule, Evaluation e) {
        DepartmentEvaluation d = e.part().department();
        if (d == null || d.score() == null || Boolean.TRUE.equals(d.selfEvaluationTablePublished())) {
            return List.of();
        }
        return List.of(new Finding(rule.id(), rule.severity(), Locate.PART, Locate.DEPARTMENT, CONCLUSION + "/评价得分", "得分",
                null, null, null, rule.message()));
    }
}
