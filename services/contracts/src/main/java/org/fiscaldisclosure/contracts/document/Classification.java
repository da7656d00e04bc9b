package org.fiscaldisclosure.contracts.document;

/**
 * Which classification the coded rows of a table follow, for the Fiscal Data Package (levels by code length:
 * functional 3/5/7 digits = 类/款/项, economic 3/5 digits = 类/款).
 */
public enum Classification {
    /** 支出功能分类科目. */
    FUNCTIONAL,
    /** 支出经济分类科目 (部门预算支出经济分类). */
    ECONOMIC
}
