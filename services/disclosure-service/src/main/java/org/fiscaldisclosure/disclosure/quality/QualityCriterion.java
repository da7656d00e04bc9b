package org.fiscaldisclosure.disclosure.quality;

/**
 * The criteria the 财政部 inspections of 部门决算公开 score (docs/domain.md §9): 及时性, 完整性, 细化程度 and whether
 * the change of 三公 expenditure is explained.
 */
public enum QualityCriterion {
    /** First published within 20 days of the 决算批复 (财预〔2016〕143号), else by the region's publication day. */
    TIMELINESS("及时性"),
    /** Every part, every table 表1-表12 present, an empty table with its statement. */
    COMPLETENESS("完整性"),
    /** 支出功能分类 down to 项; 基本支出 经济分类 down to 款. */
    DETAIL("细化程度"),
    /** A change of the 三公 expenditure against the previous year has its reason. */
    THREE_PUBLIC("“三公”经费变动说明");

    private final String label;

    QualityCriterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
