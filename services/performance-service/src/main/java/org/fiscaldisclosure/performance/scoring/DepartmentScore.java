package org.fiscaldisclosure.performance.scoring;

import java.math.BigDecimal;
import org.fiscaldisclosure.contracts.part.performance.Grade;

/**
 * The department's overall evaluation: the seed states only a score, with no indicator table, so nothing can be
 * recomputed; the grade follows the stated score.
 */
public record DepartmentScore(BigDecimal statedScore, Grade statedGrade, Grade grade, BigDecimal executionRatePercent) {
}
