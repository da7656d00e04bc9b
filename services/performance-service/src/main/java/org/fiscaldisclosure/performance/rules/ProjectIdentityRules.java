package org.fiscaldisclosure.performance.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.fiscaldisclosure.contracts.part.performance.Indicator;
import org.fiscaldisclosure.contracts.part.performance.Measure;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.contracts.part.performance.Score;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.performance.figures.Evaluation;
import org.fiscaldisclosure.performance.scoring.IndicatorRow;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;

/** A project published more than once, and copies that do not even agree. */
final class ProjectIdentityRules {


    private ProjectIdentityRules() {
    }

    static void register(RuleCatalogue<Evaluation> c) {
        c.register("PF-PRJ-001", ProjectIdentityRules::duplicates)
                .register("PF-PRJ-002", ProjectIdentityRules::copiesDiffer);
    }

    /** The index of the first table of the same project (same code or same name) for every later table. */
    static Map<Integer, Integer> earlierCopies(List<ProjectEvaluation> projects) {
        Map<String, Integer> byCode = new HashMap<>();
        Map<String, Integer> byName = new HashMap<>();
        Map<Integer, Integer> copies = new HashMap<>();
        for (int i = 0; i < projects.size(); i++) {
            ProjectEvaluation p = projects.get(i);
            Integer first = byCode.get(p.projectCode());
            if (first == null) {
                first = byName.get(p.name().strip());
            }
            if (first != null) {
                copies.put(i, first);
            } else {
                byCode.put(p.projectCode(), i);
                byName.put(p.name().strip(), i);
            }
        }
        return copies;
    }

    private static List<Finding> duplicates(RuleDefinition rule, Evaluation e) {
        List<ProjectEvaluation> projects = e.part().projects();
        List<Finding> findings = new ArrayList<>();
        earlierCopies(projects).entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(copy -> {
            int i = copy.getKey();
            findings.add(Locate.stated(rule, Locate.table(i), "项目名称", "项目编码",
                    Locate.who(i, projects.get(i)) + " 与第" + (copy.getValue() + 1) + "张自评表为同一项目"));
        });
        return findings;
    }

    private static List<Finding> copiesDiffer(RuleDefinition rule, Evaluation e) {
        List<ProjectEvaluation> projects = e.part().projects();
        List<Finding> findings = new ArrayList<>();
        earlierCopies(projects).entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(copy ->
                findings.addAll(compare(rule, copy.getValue(), projects.get(copy.getValue()), copy.getKey(),
                        projects.get(copy.getKey()))));
        return findings;
    }

    private static List<Finding> compare(RuleDefinition rule, int firstIndex, ProjectEvaluation first, int index,
                                         ProjectEvaluation copy) {
        List<Finding> findings = new ArrayList<>();
        String against = Locate.who(index, copy) + " 与第" + (firstIndex + 1) + "张自评表";
        differ(findings, rule, index, "项目名称", "项目名称", first.name(), copy.name(), against);
        differ(findings, rule, index, "项目资金", "项目资金", first.funds(), copy.funds(), against);
        differ(findings, rule, index, "年度总体目标", "预期目标/实际完成情况", first.goal(), copy.goal(), against);
        differ(findings, rule, index, "总分", "得分", first.total(), copy.total(), against);
        List<IndicatorRow> a = IndicatorRow.of(first);
        List<IndicatorRow> b = IndicatorRow.of(copy);
        if (a.size() != b.size()) {
            findings.add(Locate.compared(rule, Locate.table(index), "绩效指标", "三级指标数",
                    BigDecimal.valueOf(b.size()), BigDecimal.valueOf(a.size()), against + "的三级指标数不同"));
            return findings;
        }
        for (int r = 0; r < a.size(); r++) {
            IndicatorRow x = a.get(r);
            IndicatorRow y = b.get(r);
            String row = y.path();
            differ(findings, rule, index, row, "一级指标/二级指标", x.placedUnder().label() + "/" + x.level2().label(),
                    y.placedUnder().label() + "/" + y.level2().label(), against);
            for (Column column : Column.values()) {
                differ(findings, rule, index, row, column.label, column.of.apply(x.indicator()),
                        column.of.apply(y.indicator()), against);
            }
        }
        return findings;
    }

    private static void differ(List<Finding> findings, RuleDefinition rule, int index, String row, String column,
                               Object first, Object copy, String against) {
        if (Objects.equals(first, copy)) {
            return;
        }
        String a = text(first);
        String b = text(copy);
        String detail = a == null || b == null ? "" : "（" + Locate.contrast(b, a) + "）";
        findings.add(Locate.stated(rule, Locate.table(index), row, column, against + "的“" + column + "”不同" + detail));
    }

    /** A cell's text for a message; null for a block (funds, goal) that is named but not quoted. */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Measure m) {
            return m.display();
        }
        if (value instanceof String || value instanceof Score) {
            return value.toString();
        }
        return null;
    }

    private enum Column {
        NAME("三级指标", Indicator::name),
        TARGET("年度指标值", Indicator::target),
        ACTUAL("实际完成值", Indicator::actual),
        MAX("分值", Indicator::maxPoints),
        POINTS("得分", Indicator::points),
        DEVIATION("偏差原因分析及改进措施", Indicator::deviation);

        private final String label;
        private final Function<Indicator, Object> of;

        Column(String label, Function<Indicator, Object> of) {
            this.label = label;
            this.of = of;
        }
    }
}
