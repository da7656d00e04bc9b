package org.fiscaldisclosure.performance.scoring;

import java.math.BigDecimal;

/**
 * One 三级指标: stated and computed.
 *
 * @param path           一级/二级/三级 as the table places it
 * @param computedPoints QUANTITATIVE: the formula's 得分; QUALITATIVE_BAND: the stated 得分 brought into the band;
 *                       UNVERIFIABLE: null
 * @param band           the qualitative band's label, or null
 * @param bandMin        the band's lowest 得分, or null
 * @param bandMax        the band's highest 得分, or null
 * @param note           why it is scored so (in Chinese)
 */
public record IndicatorScore(String path, String level1, String level2, String name, BigDecimal maxPoints,
                             BigDecimal statedPoints, ScoreBasis basis, BigDecimal computedPoints, String band,
                             BigDecimal bandMin, BigDecimal bandMax, String note) {
}
