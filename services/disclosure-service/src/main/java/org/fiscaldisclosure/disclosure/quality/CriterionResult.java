package org.fiscaldisclosure.disclosure.quality;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A criterion's result for one disclosure: FAIL when any item fails, PASS when some item passes and none fails,
 * NOT_APPLICABLE when nothing could be judged.
 */
public record CriterionResult(
        QualityCriterion criterion,
        @Schema(description = "准则名称") String label,
        QualityOutcome outcome,
        @Schema(description = "逐项结果（不符合的项在前）") List<QualityItem> items) {

    static CriterionResult of(QualityCriterion c, List<QualityItem> items) {
        boolean fail = items.stream().anyMatch(i -> i.outcome() == QualityOutcome.FAIL);
        boolean pass = items.stream().anyMatch(i -> i.outcome() == QualityOutcome.PASS);
        List<QualityItem> sorted = items.stream()
                .sorted(java.util.Comparator.comparingInt(i -> i.outcome() == QualityOutcome.FAIL ? 0 : 1)).toList();
        return new CriterionResult(c, c.label(), fail ? QualityOutcome.FAIL : pass ? QualityOutcome.PASS : QualityOutcome.NOT_APPLICABLE, sorted);
    }
}
