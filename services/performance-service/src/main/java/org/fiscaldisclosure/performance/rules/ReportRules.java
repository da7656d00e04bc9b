package org.fiscaldisclosure.performance.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.contracts.part.performance.ProjectReport;
import org.fiscaldisclosure.contracts.part.performance.ReportFundsLine;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.performance.figures.Evaluation;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;

/** 项目支出绩效评价报告 against the 自评表 of the project it reports on. */
final class ReportRules {

    private static final String ROW = "资金投入和使用情况/";

    private ReportRules() {
    }

    static void register(RuleCatalogue<Evaluation> c) {
        c.register("PF-RPT-001", ReportRules::namesMatch)
                .register("PF-RPT-002", ReportRules::differenceHolds)
                .register("PF-RPT-003", ReportRules::amountsMatch);
    }

    private static Optional<Integer> tableOf(Evaluation e, ProjectReport r) {
        List<ProjectEvaluation> projects = e.part().projects();
        return IntStream.range(0, projects.size()).filter(i -> projects.get(i).projectCode().equals(r.projectCode()))
                .boxed().findFirst();
    }

    private static List<Finding> namesMatch(RuleDefinition rule, Evaluation e) {
        List<Finding> findings = new ArrayList<>();
        List<ProjectReport> reports = e.part().reports();
        for (int k = 0; k < reports.size(); k++) {
            ProjectReport r = reports.get(k);
            Optional<Integer> table = tableOf(e, r);
            if (table.isEmpty()) {
                findings.add(Locate.stated(rule, Locate.report(k), "项目编码", "项目编码",
                        "评价报告所评项目 " + r.projectCode() + " 没有自评表"));
                continue;
            }
            ProjectEvaluation p = e.part().projects().get(table.get());
            for (ReportFundsLine line : lines(r)) {
                if (!line.projectName().strip().equals(p.name().strip())) {
                    findings.add(Locate.stated(rule, Locate.report(k), ROW + line.projectName().strip(), "项目名称",
                            "评价报告写作“" + line.projectName().strip() + "”，" + Locate.who(table.get(), p)
                                    + " 写作“" + p.name().strip() + "”"));
                }
            }
        }
        return findings;
    }

    private static List<Finding> differenceHolds(RuleDefinition rule, Evaluation e) {
        List<Finding> findings = new ArrayList<>();
        List<ProjectReport> reports = e.part().reports();
        for (int k = 0; k < reports.size(); k++) {
            for (ReportFundsLine line : lines(reports.get(k))) {
                BigDecimal expected = line.budget().minus(line.expenditure());
                if (line.difference() != null && line.difference().compareTo(expected) != 0) {
                    findings.add(Locate.compared(rule, Locate.report(k), ROW + line.projectName().strip(), "差额",
                            line.difference(), expected, "预算 " + line.budget() + " 元、支出 " + line.expenditure() + " 元"));
                }
            }
        }
        return findings;
    }

    private static List<Finding> amountsMatch(RuleDefinition rule, Evaluation e) {
        List<Finding> findings = new ArrayList<>();
        List<ProjectReport> reports = e.part().reports();
        for (int k = 0; k < reports.size(); k++) {
            ProjectReport r = reports.get(k);
            Optional<Integer> table = tableOf(e, r);
            if (table.isEmpty() || lines(r).isEmpty()) {
                continue;
            }
            ProjectEvaluation p = e.part().projects().get(table.get());
            Amount budget = Amount.sum(lines(r).stream().map(ReportFundsLine::budget).toList());
            Amount spent = Amount.sum(lines(r).stream().map(ReportFundsLine::expenditure).toList());
            compare(findings, rule, k, "预算", budget, p.funds().total().annualBudget(), "全年预算数", table.get(), p);
            compare(findings, rule, k, "支出", spent, p.funds().total().execution(), "全年执行数", table.get(), p);
        }
        return findings;
    }

    private static void compare(List<Finding> findings, RuleDefinition rule, int report, String column, Amount stated,
                                Amount table, String tableColumn, int index, ProjectEvaluation p) {
        if (table != null && !stated.equals(table)) {
            findings.add(Locate.compared(rule, Locate.report(report), ROW + "合计", column, stated.yuan(), table.yuan(),
                    "报告" + column + " " + stated + " 元，" + Locate.who(index, p) + " " + tableColumn + " " + table + " 元"));
        }
    }

    private static List<ReportFundsLine> lines(ProjectReport r) {
        return r.funds() == null ? List.of() : r.funds();
    }
}
