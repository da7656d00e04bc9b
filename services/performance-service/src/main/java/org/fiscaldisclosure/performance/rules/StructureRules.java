package org.fiscaldisclosure.performance.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiscaldisclosure.contracts.part.performance.Indicator;
import org.fiscaldisclosure.contracts.part.performance.IndicatorLevel1;
import org.fiscaldisclosure.contracts.part.performance.Level1Group;
import org.fiscaldisclosure.contracts.part.performance.Level2Group;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.performance.figures.Evaluation;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;

/** The shape of each indicator tree: 一级 present, 二级 in place, 三级 numbered once. */
final class StructureRules {

    private static final Pattern NUMBER = Pattern.compile("^指标\\s*([0-9]+)\\s*[：:]");

    private StructureRules() {
    }

    static void register(RuleCatalogue<Evaluation> c) {
        c.register("PF-IND-002", StructureRules::level1Present)
                .register("PF-IND-003", StructureRules::level2InPlace)
                .register("PF-IND-004", StructureRules::numberingUnique);
    }

    private static List<Finding> level1Present(RuleDefinition rule, Evaluation e) {
        List<Finding> findings = new ArrayList<>();
        List<ProjectEvaluation> projects = e.part().projects();
        for (int i = 0; i < projects.size(); i++) {
            Set<IndicatorLevel1> present = EnumSet.noneOf(IndicatorLevel1.class);
            projects.get(i).indicators().forEach(g -> present.add(g.level1()));
            for (IndicatorLevel1 l : IndicatorLevel1.values()) {
                if (!present.contains(l)) {
                    findings.add(Locate.stated(rule, Locate.table(i), l.label(), "一级指标",
                            Locate.who(i, projects.get(i)) + " 缺少一级指标“" + l.label() + "”"));
                }
            }
        }
        return findings;
    }

    private static List<Finding> level2InPlace(RuleDefinition rule, Evaluation e) {
        List<Finding> findings = new ArrayList<>();
        List<ProjectEvaluation> projects = e.part().projects();
        for (int i = 0; i < projects.size(); i++) {
            for (Level1Group l1 : projects.get(i).indicators()) {
                for (Level2Group l2 : l1.groups()) {
                    if (l2.level2().parent() != l1.level1()) {
                        findings.add(Locate.stated(rule, Locate.table(i), l1.level1().label() + "/" + l2.level2().label(),
                                "二级指标", Locate.who(i, projects.get(i)) + " 二级指标“" + l2.level2().label()
                                        + "”列在一级指标“" + l1.level1().label() + "”下，应属“"
                                        + l2.level2().parent().label() + "”"));
                    }
                }
            }
        }
        return findings;
    }

    private static List<Finding> numberingUnique(RuleDefinition rule, Evaluation e) {
        List<Finding> findings = new ArrayList<>();
        List<ProjectEvaluation> projects = e.part().projects();
        for (int i = 0; i < projects.size(); i++) {
            for (Level1Group l1 : projects.get(i).indicators()) {
                for (Level2Group l2 : l1.groups()) {
                    Set<Integer> seen = new HashSet<>();
                    for (int k = 0; k < l2.indicators().size(); k++) {
                        Indicator ind = l2.indicators().get(k);
                        Matcher m = NUMBER.matcher(ind.name().strip());
                        if (m.find() && !seen.add(Integer.valueOf(m.group(1)))) {
                            findings.add(Locate.compared(rule, Locate.table(i), l1.level1().label() + "/"
                                            + l2.level2().label() + "/" + ind.name().strip(), "三级指标",
                                    new BigDecimal(m.group(1)), BigDecimal.valueOf(k + 1L),
                                    Locate.who(i, projects.get(i)) + " “" + l2.level2().label() + "”下第" + (k + 1)
                                            + "个三级指标的编号“指标" + m.group(1) + "”已用过"));
                        }
                    }
                }
            }
        }
        return findings;
    }
}
