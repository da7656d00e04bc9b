package org.fiscaldisclosure.performance.scoring;

/** How a row's score could be computed. */
public enum ScoreBasis {
    /** 执行率 × 分值 (or the profile's steps) from 全年执行数 / 全年预算数. */
    EXECUTION_RATE,
    /** Numbers on both sides: full marks when met, else B/A (A/B for ≤) × 分值. */
    QUANTITATIVE,
    /** A qualitative 实际完成值 in one of the profile's bands: 得分 must lie within the band. */
    QUALITATIVE_BAND,
    /** Nothing to compare (e.g. 实际完成值 "完成" against "≥95%", or a blank 全年执行数). */
    UNVERIFIABLE
}
