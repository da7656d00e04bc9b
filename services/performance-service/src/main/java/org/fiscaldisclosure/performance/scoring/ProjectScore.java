package org.fiscaldisclosure.performance.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.fiscaldisclosure.contracts.part.performance.Grade;

/**
 * One 自评表 scored: what it states and what the profile computes.
 *
 * @param table           the table's position in the part (0-based, as entered)
 * @param statedTotal     the printed 总分
 * @param rowsTotal       the sum of the printed 得分 (预算执行率 and every 三级指标)
 * @param computedTotal   the sum of the computed 得分; a row that cannot be computed counts with its stated 得分
 *                        (at most its 分值)
 * @param unverifiedPoints the 分值 of the rows that could not be computed
 * @param weights         the table's 分值 by 预算执行率 and by the 一级指标 each 二级指标 belongs to
 */
public record ProjectScore(int table, String projectCode, String name, ExecutionScore execution,
                           List<IndicatorScore> indicators, Weights weights, BigDecimal maxTotal,
                           BigDecimal statedTotal, BigDecimal rowsTotal, BigDecimal computedTotal,
                           BigDecimal unverifiedPoints, Grade statedGrade, Grade computedGrade) {
}
