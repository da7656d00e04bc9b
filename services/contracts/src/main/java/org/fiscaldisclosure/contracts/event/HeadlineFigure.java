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

    GRAND_INCOME_TOTAL("grandIncomeTotal", PartKind.STATEMENTS, "收入总计", Unit.YUAN, false),
    GRAND_EXPENDITURE_TOTAL("grandExpenditureTotal", PartKind.STATEMENTS, "支出总计", Unit.YUAN, false),
    INCOME_TOTAL("incomeTotal", PartKind.STATEMENTS, "本年收入合计", Unit.YUAN, false),
    EXPENDITURE_TOTAL("expenditureTotal", PartKind.STATEMENTS, "本年支出合计", Unit.YUAN, false),
    BASIC_EXPENDITURE("basicExpenditure", PartKind.STATEMENTS, "基本支出", Unit.YUAN, true),
    PROJECT_EXPENDITURE("projectExpenditure", PartKind.STATEMENTS, "项目支出", Unit.YUAN, true),
    APPROPRIATION_GRAND_TOTAL("appropriationGrandTotal", PartKind.STATEMENTS, "财政拨款收入支出总计", Unit.YUAN, false),
    THREE_PUBLIC_ACTUAL("threePublicActual", PartKind.STATEMENTS, "“三公”经费财政拨款支出", Unit.YUAN, false),
    PROCUREMENT_TOTAL("procurementTotal", PartKind.PROCUREMENT, "政府采购支出总额", Unit.YUAN, false),
    PROCUREMENT_GOODS("procurementGoods", PartKind.PROCUREMENT, "政府采购货物支出", Unit.YUAN, true),
    PROCUREMENT_WORKS("procurementWorks", PartKind.PROCUREMENT, "政府采购工程支出", Unit.YUAN, true),
    PROCUREMENT_SERVICES("procurementServices", PartKind.PROCUREMENT, "政府采购服务支出", Unit.YUAN, true),
    SME_AWARDS("smeAwards", PartKind.PROCUREMENT, "授予中小企业合同金额", Unit.YUAN, false),
    SME_SHARE_PERCENT("smeSharePercent", PartKind.PROCUREMENT, "授予中小企业合同金额占政府采购支出总额的比例", Unit.PERCENT, true),
    SMALL_MICRO_AWARDS("smallMicroAwards", PartKind.PROCUREMENT, "授予小微企业合同金额", Unit.YUAN, true),
    SMALL_MICRO_SHARE_PERCENT("smallMicroSharePercent", PartKind.PROCUREMENT, "授予小微企业合同金额占政府采购支出总额的比例", Unit.PERCENT, true),
    PURCHASED_SERVICES_TOTAL("purchasedServicesTotal", PartKind.PROCUREMENT, "政府购买服务支出", Unit.YUAN, false),
    DEPARTMENT_SCORE("departmentScore", PartKind.PERFORMANCE, "部门整体绩效评价得分", Unit.POINTS, false),
    DISTINCT_EVALUATED_PROJECTS("distinctEvaluatedProjects", PartKind.PERFORMANCE, "绩效自评项目", Unit.PROJECTS, false),
    EVALUATED_PROJECTS("evaluatedProjects", PartKind.PERFORMANCE, "绩效自评表", Unit.FORMS, true),
    EVALUATED_PROJECT_BUDGET("evaluatedProjectBudget", PartKind.PERFORMANCE, "绩效自评项目全年预算数", Unit.YUAN, true),
    EVALUATED_PROJECT_AMOUNT("evaluatedProjectAmount", PartKind.PERFORMANCE, "绩效自评项目全年执行数", Unit.YUAN, true);

    /** How a figure is measured. */
    public enum Unit {
        /** Exact 元 (shown in 万元, HALF_UP to two decimals). */
        YUAN("元"),
        /** A percentage (e.g. {@code 98.35} is 98.35%). */
        PERCENT("%"),
        /** Points of a score. */
        POINTS("分"),
        /** A number of projects. */
        PROJECTS("个"),
        /** A number of forms (自评表). */
        FORMS("张");

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
    private final boolean detail;

    HeadlineFigure(String key, PartKind part, String label, Unit unit, boolean detail) {
        this.key = key;
        this.part = part;
        this.label = label;
        this.unit = unit;
        this.detail = detail;
    }

    /** Whether it details the figure listed before it (shown indented under it). */
    public boolean detail() {
        return detail;
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
