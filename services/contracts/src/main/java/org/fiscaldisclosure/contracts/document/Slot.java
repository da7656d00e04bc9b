package org.fiscaldisclosure.contracts.document;

/**
 * Where a section goes in the Beijing 2024 outline of a 部门决算公开. The disclosure-service orders sections by slot
 * (declaration order), keeps the producer's order inside a slot, and numbers sections per part (一、二、…), so a
 * producer gives titles without their numbers.
 */
public enum Slot {
    /** 第一部分: tables 1-10 (or the year's statement tables), one section per table. */
    STATEMENT_TABLES(1, "statements"),
    /** 第一部分: 政府采购情况表, 政府购买服务决算公开情况表. */
    PROCUREMENT_TABLES(1, "procurement"),
    /** 第二部分 决算说明: the sections of the explanation, in order. */
    EXPLANATION(2, "statements"),
    /** 第三部分 一、"三公"经费财政拨款决算情况. */
    THREE_PUBLIC(3, "statements"),
    /** 第三部分 二、机关运行经费支出情况. */
    OPERATING_COSTS(3, "statements"),
    /** 第三部分 三、政府采购支出情况. */
    PROCUREMENT(3, "procurement"),
    /** 第三部分 四、国有资产占用情况. */
    STATE_ASSETS(3, "statements"),
    /** 第三部分 五、政府购买服务支出说明. */
    PURCHASED_SERVICES(3, "procurement"),
    /** 第三部分 六、专业名词解释. */
    TERMS(3, "statements"),
    /** 第四部分: 部门整体绩效评价. */
    DEPARTMENT_EVALUATION(4, "performance"),
    /** 第四部分: one section per evaluated project (自评报告 and its tables). */
    PROJECT_EVALUATIONS(4, "performance");

    private final int part;
    private final String owner;

    Slot(int part, String owner) {
        this.part = part;
        this.owner = owner;
    }

    /** The document part (1-4) the slot belongs to. */
    public int part() {
        return part;
    }

    /** The key of the part that fills the slot ({@code PartKind.key()}: statements, procurement or performance). */
    public String owner() {
        return owner;
    }
}
