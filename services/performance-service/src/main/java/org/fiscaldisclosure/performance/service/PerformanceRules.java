package org.fiscaldisclosure.performance.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fiscaldisclosure.contracts.part.performance.EvaluatedProject;
import org.fiscaldisclosure.contracts.part.performance.Performance;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.validation.Severity;
import org.fiscaldisclosure.support.validation.RuleCatalogue;

/** The performance part's rule catalogue (DOMAIN §4). */
public final class PerformanceRules {

    static final String PART = "performance";

    private PerformanceRules() {
    }

    public static RuleCatalogue<Performance> catalogue() {
        return new RuleCatalogue<Performance>()
                .register("PF-PRJ-001", Severity.WARNING, "唯一性", List.of("P"),
                        "同一项目不应重复填报绩效自评表",
                        PerformanceRules::duplicateProjects);
    }

    private static List<Finding> duplicateProjects(RuleDefinition rule, Performance p) {
        Set<String> seen = new HashSet<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < p.projects().size(); i++) {
            EvaluatedProject project = p.projects().get(i);
            String identity = project.projectCode() != null && !project.projectCode().isBlank()
                    ? project.projectCode() : project.name();
            if (!seen.add(identity)) {
                findings.add(Finding.stated(rule, PART, "projects/" + i, "项目名称",
                        rule.message() + "：" + project.name()));
            }
        }
        return findings;
    }
}
