package org.fiscaldisclosure.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fiscaldisclosure.contracts.document.PartDocument;
import org.fiscaldisclosure.contracts.event.HeadlineFigure;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.part.performance.Performance;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.performance.document.PerformanceDocument;
import org.fiscaldisclosure.performance.figures.Evaluation;
import org.fiscaldisclosure.performance.repository.ScoringProfiles;
import org.fiscaldisclosure.performance.rules.PerformanceRules;
import org.fiscaldisclosure.performance.scoring.ScoringProfile;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;
import org.fiscaldisclosure.producer.part.PartDefinition;

/**
 * The performance part: its headline figures, rules and published form. The rules judge the part under the scoring
 * profile of its year and region; the published form shows the part as entered.
 */
@ApplicationScoped
public class PerformanceDefinition implements PartDefinition<Performance> {

    private final RuleCatalogue<Evaluation> rules = PerformanceRules.catalogue();
    private final ScoringProfiles profiles;

    @Inject
    public PerformanceDefinition(ScoringProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public PartKind kind() {
        return PartKind.PERFORMANCE;
    }

    @Override
    public Class<Performance> type() {
        return Performance.class;
    }

    /**
     * departmentScore: the stated 部门整体 score (points); evaluatedProjects: 自评表 as entered (a table published twice
     * counts twice); distinctEvaluatedProjects: projects; evaluatedProjectAmount / evaluatedProjectBudget: Σ 全年执行数
     * / Σ 全年预算数 of the projects (each once; a blank 全年执行数 counts 0), 元.
     */
    @Override
    public Map<HeadlineFigure, BigDecimal> headline(Performance part) {
        List<Amount> executions = new ArrayList<>();
        List<Amount> budgets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ProjectEvaluation p : part.projects()) {
            if (seen.add(p.projectCode())) {
                executions.add(p.funds().total().execution());
                budgets.add(p.funds().total().annualBudget());
            }
        }
        Map<HeadlineFigure, BigDecimal> h = new EnumMap<>(HeadlineFigure.class);
        h.put(HeadlineFigure.DEPARTMENT_SCORE, part.department().score().points());
        h.put(HeadlineFigure.EVALUATED_PROJECTS, BigDecimal.valueOf(part.projects().size()));
        h.put(HeadlineFigure.EVALUATED_PROJECT_AMOUNT, Amount.sum(executions).yuan());
        h.put(HeadlineFigure.DISTINCT_EVALUATED_PROJECTS, BigDecimal.valueOf(seen.size()));
        h.put(HeadlineFigure.EVALUATED_PROJECT_BUDGET, Amount.sum(budgets).yuan());
        return h;
    }

    @Override
    public List<Finding> validate(UnitCode unit, FiscalYear year, Performance part) {
        return validate(part, profiles.select(year.value(), unit.regionCode()));
    }

    /** The rules under a given scoring profile. */
    public List<Finding> validate(Performance part, ScoringProfile profile) {
        return rules.check(Evaluation.of(part, profile));
    }

    /** 第四部分: the 部门整体绩效评价 and every 自评表 with its report ({@link PerformanceDocument}). */
    @Override
    public PartDocument document(UnitCode unit, FiscalYear year, Performance part) {
        return PerformanceDocument.of(part, year);
    }

    @Override
    public List<RuleDefinition> rules() {
        return rules.definitions();
    }
}
