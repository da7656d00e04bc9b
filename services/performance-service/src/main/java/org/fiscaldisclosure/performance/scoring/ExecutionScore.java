package org.fiscaldisclosure.performance.scoring;

import java.math.BigDecimal;

/**
 * The 预算执行率 row: stated and computed.
 *
 * @param ratePercent    全年执行数 / 全年预算数 in percent (2 decimals), null when either is missing or the budget is 0
 * @param computedPoints the profile's 得分 for that rate, null when the rate cannot be computed
 */
public record ExecutionScore(BigDecimal maxPoints, BigDecimal statedPoints, BigDecimal ratePercent,
                             BigDecimal computedPoints, ScoreBasis basis) {
}
