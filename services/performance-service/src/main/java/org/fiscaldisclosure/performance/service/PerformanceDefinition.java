package org.fiscaldisclosure.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.part.performance.EvaluatedProject;
import org.fiscaldisclosure.contracts.part.performance.Performance;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.support.part.PartDefinition;
import org.fiscaldisclosure.support.validation.RuleCatalogue;

/** The performance part: its headline figures and rules. */
@ApplicationScoped
public class PerformanceDefinition implements PartDefinition<Performance> {

    private final RuleCatalogue<Performance> rules = PerformanceRules.catalogue();

    @Override
    public PartKind kind() {
        return PartKind.PERFORMANCE;
    }

    @Override
    public Class<Performance> type() {
        return Performance.class;
    }

    /** 部门整体得分 (points), 自评项目数, 自评项目执行数合计 (元). */
    @Override
    public Map<String, BigDecimal> headline(Performance part) {
        Map<String, BigDecimal> h = new LinkedHashMap<>();
        h.put("departmentScore", part.department().score().points());
        h.put("evaluatedProjects", BigDecimal.valueOf(part.projects().size()));
        h.put("evaluatedProjectAmount", Amount.sum(part.projects().stream().map(EvaluatedProject::amount).toList()).yuan());
        return h;
    }

    @Override
    public List<Finding> validate(UnitCode unit, FiscalYear year, Performance part) {
        return rules.check(part);
    }

    @Override
    public List<RuleDefinition> rules() {
        return rules.definitions();
    }
}
