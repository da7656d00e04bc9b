package org.fiscaldisclosure.performance.rules;

import org.fiscaldisclosure.performance.figures.Evaluation;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;

/** The performance part's rule catalogue (docs/domain.md §8), in the order findings are reported. */
public final class PerformanceRules {

    private PerformanceRules() {
    }

    public static RuleCatalogue<Evaluation> catalogue() {
        RuleCatalogue<Evaluation> c = new RuleCatalogue<>("rules/performance.tsv");
        ProjectIdentityRules.register(c);
        DepartmentRules.register(c);
        FundsRules.register(c);
        TotalRules.register(c);
        IndicatorRules.register(c);
        StructureRules.register(c);
        WeightRules.register(c);
        GoalRules.register(c);
        ReportRules.register(c);
        return c.complete();
    }
}
