package org.fiscaldisclosure.performance.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.fiscaldisclosure.contracts.part.performance.Indicator;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.performance.figures.Evaluation;
import org.fiscaldisclosure.performance.scoring.IndicatorRow;
import org.fiscaldisclosure.performance.scoring.IndicatorScore;
import org.fiscaldisclosure.performance.scoring.ScoreBasis;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;

/** Each 三级指标: explained when short of its 分值, verifiable, scored as the profile computes, measured in units. */
final class IndicatorRules {

    private static final Pattern NUMBERING = Pattern.compile("^指标\\s*[0-9]*\\s*[：:]");

    private IndicatorRules() {
    }

    static void register(RuleCatalogue<Evaluation> c) {
        c.register("PF-IND-001", IndicatorRules::deviationExplained)
                .register("PF-IND-005", IndicatorRules::verifiable)
                .register("PF-IND-006", IndicatorRules::pointsAsComputed)
                .register("PF-IND-007", IndicatorRules::targetHasUnit)
                .register("PF-IND-008", IndicatorRules::targetIsNotTheName);
    }

    private static List<Finding> deviationExplained(RuleDefinition rule, Evaluation e) {
        List<Finding> findings = new ArrayList<>();
        List<ProjectEvaluation> projects = e.part().projects();
        for (int i = 0; i < projects.size(); i++) {
            for (IndicatorRow row : IndicatorRow.of(projects.get(i))) {
                Indicator ind = row.indicator();
                if (ind.points().compareTo(ind.maxPoints()) < 0 && (ind.deviation() == null || ind.deviation().isBlank())) {
                    findings.add(Locate.compared(rule, Locate.table(i), row.path(), "偏差原因分析及改进措施",
                            ind.points().points(), ind.maxPoints().points(), Locate.who(i, projects.get(i)) + " 得分 "
                                    + ind.points() + " 低于分值 " + ind.maxPoints() + "，未说明原因"));
                }
            }
        }
        return findings;
    }

    private static List<Finding> verifiable(RuleDefinition rule, Evaluation e) {
        List<Finding> findings = new ArrayList<>();
        forEachScore(e, (i, row, score) -> {
            if (score.basis() == ScoreBasis.UNVERIFIABLE) {
                String column = row.indicator().target() == null ? "年度指标值" : "实际完成值";
                findings.add(Locate.stated(rule, Locate.table(i), row.path(), column,
                        Locate.who(i, e.part().projects().get(i)) + " " + score.note() + "（得分 "
                                + Locate.plain(score.statedPoints()) + "/" + Locate.plain(score.maxPoints()) + "）"));
            }
        });
        return findings;
    }

    private static List<Finding> pointsAsComputed(RuleDefinition rule, Evaluation e) {
        List<Finding> findings = new ArrayList<>();
        forEachScore(e, (i, row, score) -> {
            if (score.computedPoints() != null && score.computedPoints().compareTo(score.statedPoints()) != 0) {
                findings.add(Locate.compared(rule, Locate.table(i), row.path(), "得分", score.statedPoints(),
                        score.computedPoints(), Locate.who(i, e.part().projects().get(i)) + " " + score.note()));
            }
        });
        return findings;
    }

    private static List<Finding> targetHasUnit(RuleDefinition rule, Evaluation e) {
        List<Finding> findings = new ArrayList<>();
        List<ProjectEvaluation> projects = e.part().projects();
        for (int i = 0; i < projects.size(); i++) {
            for (IndicatorRow row : IndicatorRow.of(projects.get(i))) {
                var target = row.indicator().target();
                if (target != null && target.quantitative() && (target.unit() == null || target.unit().isBlank())) {
                    findings.add(Locate.stated(rule, Locate.table(i), row.path(), "年度指标值",
                            Locate.who(i, projects.get(i)) + " 年度指标值“" + target.display() + "”没有计量单位"));
                }
            }
        }
        return findings;
    }

    private static List<Finding> targetIsNotTheName(RuleDefinition rule, Evaluation e) {
        List<Finding> findings = new ArrayList<>();
        List<ProjectEvaluation> projects = e.part().projects();
        for (int i = 0; i < projects.size(); i++) {
            for (IndicatorRow row : IndicatorRow.of(projects.get(i))) {
                var target = row.indicator().target();
                String name = NUMBERING.matcher(row.indicator().name().strip()).replaceFirst("").strip();
                if (target != null && target.text() != null && target.text().strip().equals(name)) {
                    findings.add(Locate.stated(rule, Locate.table(i), row.path(), "年度指标值",
                            Locate.who(i, projects.get(i)) + " 年度指标值与三级指标名称相同：" + Locate.quote(name)));
                }
            }
        }
        return findings;
    }

    @FunctionalInterface
    private interface ScoreVisitor {
        void visit(int table, IndicatorRow row, IndicatorScore score);
    }

    private static void forEachScore(Evaluation e, ScoreVisitor visitor) {
        List<ProjectEvaluation> projects = e.part().projects();
        for (int i = 0; i < projects.size(); i++) {
            List<IndicatorRow> rows = IndicatorRow.of(projects.get(i));
            List<IndicatorScore> scores = e.scores().projects().get(i).indicators();
            for (int k = 0; k < rows.size(); k++) {
                visitor.visit(i, rows.get(k), scores.get(k));
            }
        }
    }
}
