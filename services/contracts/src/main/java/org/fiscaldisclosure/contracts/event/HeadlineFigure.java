package org.fiscaldisclosure.contracts.event;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The headline figures of the parts: the few figures listings, dashboards, the cross-part rules, the portal and the
 * published page show for a part without reading its tables. Each has its key (the name it travels under in a part
 * revision's {@code headline}), the part that states it, its published Chinese name and its unit of measure. A part
 * can only state a figure listed here, so no figure reaches a page without its name and unit. The order is the order
 * in which the page lists them.
 */
public enum HeadlineFigure {

    GRAND_INCOME_TOTAL("grandIncomeTotal", PartKind.STATEMENTS, "收入总计", Unit.YUAN),
    GRAND_EXPENDITURE_TOTAL("grandExpenditureTotal", PartKind.STATEMENTS, "支出总计", Unit.YUAN),
    INCOME_TOTAL("incomeTotal", PartKind.STATEMENTS, "本年收入合计", Unit.YUAN),
    EXPENDITURE_TOTAL("expenditureTotal", PartKind.STATEMENTS, "本年支出合计", Unit.YUAN),
    BASIC_EXPENDITURE("basicExpenditure", PartKind.STATEMENTS, "基本支出", Unit.YUAN),
    PROJECT_EXPENDITURE("projectExpenditure", PartKind.STATEMENTS, "项目支出", Unit.YUAN),
    APPROPRIATION_GRAND_TOTAL("appropriationGrandTotal", PartKind.STATEMENTS, "财政拨款收支总计", Unit.YUAN),
    THREE_PUBLIC_ACTUAL("threePublicActual", PartKind.STATEMENTS, "“三公”经费财政拨款支出", Unit.YUAN),
    PROCUREMENT_TOTAL("procurementTotal", PartKind.PROCUREMENT, "政府采购支出总额", Unit.YUAN),
    PROCUREMENT_GOODS("procurementGoods", PartKind.PROCUREMENT, "政府采购货物支出", Unit.YUAN),
    PROCUREMENT_WORKS("procurementWorks", PartKind.PROCUREMENT, "政府采购工程支出", Unit.YUAN),
    PROCUREMENT_SERVICES("procurementServices", PartKind.PROCUREMENT, "政府采购服务支出", Unit.YUAN),
    SME_AWARDS("smeAwards", PartKind.PROCUREMENT, "授予中小企业合同金额", Unit.YUAN),
    SME_SHARE_PERCENT("smeSharePercent", PartKind.PROCUREMENT, "授予中小企业合同金额占政府采购支出总额的比例", Unit.PERCENT),
    SMALL_MICRO_AWARDS("smallMicroAwards", PartKind.PROCUREMENT, "授予小微企业合同金额", Unit.YUAN),
    SMALL_MICRO_SHARE_PERCENT("smallMicroSharePercent", PartKind.PROCUREMENT, "授予小微企业合同金额占政府采购支出总额的比例", Unit.PERCENT),
    PURCHASED_SERVICES_TOTAL("purchasedServicesTotal", PartKind.PROCUREMENT, "政府购买服务支出", Unit.YUAN),
    DEPARTMENT_SCORE("departmentScore", PartKind.PERFORMANCE, "部门整体绩效自评得分", Unit.POINTS),
    EVALUATED_PROJECTS("evaluatedProjects", PartKind.PERFORMANCE, "项目支出绩效自评表", Unit.COUNT),
    DISTINCT_EVALUATED_PROJECTS("distinctEvaluatedProjects", PartKind.PERFORMANCE, "开展绩效自评的项目", Unit.COUNT),
    EVALUATED_PROJECT_BUDGET("evaluatedProjectBudget", PartKind.PERFORMANCE, "自评项目全年预算数合计", Unit.YUAN),
    EVALUATED_PROJECT_AMOUNT("evaluatedProjectAmount", PartKind.PERFORMANCE, "自评项目全年执行数合计", Unit.YUAN);

    /** How a figure is measured. */
    public enum Unit {
        /** Exact 元 (shown in 万元, HALF_UP to two decimals). */
        YUAN("元"),
        /** A percentage (e.g. {@code 98.35} is 98.35%). */
        PERCENT("%"),
        /** Points of a score. */
        POINTS("分"),
        /** A count. */
        COUNT("个");

        private final String symbol;

        Unit(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    private static final Map<String, HeadlineFigure> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(HeadlineFigure::key, Function.identity()));

    private final String key;
    private final PartKind part;
    private final String label;
    private final Unit unit;

    HeadlineFigure(String key, PartKind part, String label, Unit unit) {
        this.key = key;
        this.part = part;
        this.label = label;
        this.unit = unit;
    }

    /** The name it travels under in a revision's {@code headline}. */
    public String key() {
        return key;
    }

    public PartKind part() {
        return part;
    }

    /** The published Chinese name. */
    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    public static Optional<HeadlineFigure> ofKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }
}
