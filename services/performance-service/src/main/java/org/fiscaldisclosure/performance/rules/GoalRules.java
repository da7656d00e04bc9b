package org.fiscaldisclosure.performance.rules;

import java.util.ArrayList;
import java.util.List;
import org.fiscaldisclosure.contracts.part.performance.AnnualGoal;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.performance.figures.Evaluation;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;

/** 年度总体目标: the 实际完成情况 says what was done, not the 预期目标 again. */
final class GoalRules {

    private GoalRules() {
    }

    static void register(RuleCatalogue<Evaluation> c) {
        c.register("PF-GOL-001", GoalRules::actualIsNotTheGoal);
    }

    private static List<Finding> actualIsNotTheGoal(RuleDefinition rule, Evaluation e) {
        List<Finding> findings = new ArrayList<>();
        List<ProjectEvaluation> projects = e.part().projects();
        for (int i = 0; i < projects.size(); i++) {
            AnnualGoal goal = projects.get(i).goal();
            if (goal != null && goal.expected() != null && goal.actual() != null && !goal.actual().isBlank()
                    && goal.expected().strip().equals(goal.actual().strip())) {
                findings.add(Locate.stated(rule, Locate.table(i), "年度总体目标", "实际完成情况",
                        Locate.who(i, projects.get(i)) + " 实际完成情况与预期目标一字不差"));
            }
        }
        return findings;
    }
}
