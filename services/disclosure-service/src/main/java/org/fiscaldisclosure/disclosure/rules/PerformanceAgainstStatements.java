package org.fiscaldisclosure.disclosure.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.part.performance.BudgetBreakdown;
import org.fiscaldisclosure.contracts.part.performance.DepartmentBudgetExecution;
import org.fiscaldisclosure.contracts.part.performance.Performance;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.value.Amount;

/**
 * Part 4 (绩效评价) against the statements (tables 1 and 3), on the detailed figures: the department's 全年预算数 and
 * 资金总体支出 (docs/domain.md RN.7) and each evaluated project's 全年执行数. Findings are located as the performance part
 * locates its own: table {@code /department} or {@code /projects/{i}}, the row as the text labels it, the printed
 * column. A rule whose part is missing or unreadable reports nothing.
 */
final class PerformanceAgainstStatements {

    static final String PART = PartKind.PERFORMANCE.key();
    static final String DEPARTMENT = "/department";
    static final String BUDGET_ROW = "当年预算执行情况/全年预算数";
    static final String SPENT_ROW = "当年预算执行情况/资金总体支出";

    private PerformanceAgainstStatements() {
    }

    /** DS-P4-002: 资金总体支出 = 表1 本年支出合计. */
    static List<Finding> expenditureTotal(RuleDefinition rule, DisclosureParts d) {
        Optional<DepartmentBudgetExecution> execution = execution(d);
        Optional<StatementTotals> statements = d.statementTotals();
        if (execution.isEmpty() || statements.isEmpty()) {
            return List.of();
        }
        Stated spent = Stated.total(execution.get().expenditure());
        StatementTotals.Total total = statements.get().expenditureTotal();
        return Compared.equal(rule, new At(PART, DEPARTMENT, SPENT_ROW, "合计"), spent.amount(), total.amount(),
                spent.addends() + total.addends(),
                "第四部分 资金总体支出 " + Compared.wan(spent.amount()) + "，表1 本年支出合计 " + Compared.wan(total.amount()));
    }

    /** DS-P4-003: 资金总体支出 其中基本支出、项目支出 = 表3 基本支出、项目支出 合计. */
    static List<Finding> expenditureByUse(RuleDefinition rule, DisclosureParts d) {
        Optional<DepartmentBudgetExecution> execution = execution(d);
        Optional<StatementTotals> statements = d.statementTotals();
        if (execution.isEmpty() || statements.isEmpty()) {
            return List.of();
        }
        BudgetBreakdown spent = execution.get().expenditure();
        List<Finding> findings = new ArrayList<>();
        use(rule, "基本支出", spent.basic(), statements.get().use("basic"), findings);
        use(rule, "项目支出", spent.project(), statements.get().use("project"), findings);
        return findings;
    }

    private static void use(RuleDefinition rule, String label, Amount spent, StatementTotals.Total table3, List<Finding> out) {
        out.addAll(Compared.equal(rule, new At(PART, DEPARTMENT, SPENT_ROW, label), spent, table3.amount(),
                1 + table3.addends(),
                "第四部分 " + label + " " + Compared.wan(spent) + "，表3 " + label + " " + Compared.wan(table3.amount())));
    }

    /** DS-P4-004: 全年预算数 = 表1 收入总计 (the year's funds: 本年收入 + 使用非财政拨款结余 + 年初结转和结余). */
    static List<Finding> budgetTotal(RuleDefinition rule, DisclosureParts d) {
        Optional<DepartmentBudgetExecution> execution = execution(d);
        Optional<StatementTotals> statements = d.statementTotals();
        if (execution.isEmpty() || statements.isEmpty()) {
            return List.of();
        }
        Stated budget = Stated.total(execution.get().budget());
        StatementTotals.Total total = statements.get().grandIncomeTotal();
        return Compared.equal(rule, new At(PART, DEPARTMENT, BUDGET_ROW, "合计"), budget.amount(), total.amount(),
                budget.addends() + total.addends(),
                "第四部分 全年预算数 " + Compared.wan(budget.amount()) + "，表1 收入总计 " + Compared.wan(total.amount()));
    }

    /** DS-P4-005: each evaluated project's 全年执行数 ≤ 表3 项目支出 (a table published twice is checked once). */
    static List<Finding> projectWithinProjectExpenditure(RuleDefinition rule, DisclosureParts d) {
        Optional<StatementTotals> statements = d.statementTotals();
        if (d.performance().isEmpty() || statements.isEmpty()) {
            return List.of();
        }
        Amount ceiling = statements.get().use("project").amount();
        List<ProjectEvaluation> projects = d.performance().get().projects();
        Set<String> seen = new HashSet<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            ProjectEvaluation p = projects.get(i);
            Amount spent = p.funds().total().execution();
            if (!seen.add(p.projectCode()) || spent == null) {
                continue;
            }
            findings.addAll(Compared.atMost(rule, new At(PART, "/projects/" + i, "项目资金/年度资金总额", "全年执行数"),
                    spent, ceiling, p.projectCode() + " " + p.name() + "（第" + (i + 1) + "张自评表）全年执行数 "
                            + Compared.wan(spent) + "，表3 项目支出 " + Compared.wan(ceiling)));
        }
        return findings;
    }

    private static Optional<DepartmentBudgetExecution> execution(DisclosureParts d) {
        return d.performance().map(Performance::department).map(dep -> dep.budgetExecution());
    }

    /**
     * A department figure as stated: its total when the text gives one (one rounded figure), else the sum of 基本,
     * 项目 and 其他 (each a rounded figure).
     */
    record Stated(Amount amount, int addends) {

        static Stated total(BudgetBreakdown b) {
            if (b.total() != null) {
                return new Stated(b.total(), 1);
            }
            List<Amount> parts = java.util.Arrays.asList(b.basic(), b.project(), Amount.orZero(b.other()));
            return new Stated(Amount.sum(parts), (int) parts.stream().filter(a -> !a.isZero()).count());
        }
    }
}
