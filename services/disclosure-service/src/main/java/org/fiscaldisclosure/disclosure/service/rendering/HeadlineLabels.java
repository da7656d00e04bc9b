package org.fiscaldisclosure.disclosure.service.rendering;

import java.math.BigDecimal;
import java.util.Map;
import org.fiscaldisclosure.contracts.value.Rounding;

/**
 * The published names of the parts' headline figures and how each is shown: amounts in 万元 rounded HALF_UP to
 * two decimals (the one rounding policy), percentages, points and counts as they are. A key not listed here is
 * shown under its key, as it is.
 */
final class HeadlineLabels {

    /** How a figure is shown. */
    enum Kind { YUAN, PERCENT, POINTS, COUNT, RAW }

    record Label(String name, Kind kind) {

        String show(BigDecimal value) {
            return switch (kind) {
                case YUAN -> Rounding.wanYuan(value).toPlainString();
                case PERCENT -> value.toPlainString() + "%";
                case POINTS -> value.stripTrailingZeros().toPlainString() + " 分";
                case COUNT -> value.stripTrailingZeros().toPlainString() + " 个";
                case RAW -> value.toPlainString();
            };
        }
    }

    private static final Map<String, Label> LABELS = Map.ofEntries(
            Map.entry("incomeTotal", new Label("本年收入合计", Kind.YUAN)),
            Map.entry("expenditureTotal", new Label("本年支出合计", Kind.YUAN)),
            Map.entry("grandIncomeTotal", new Label("收入总计", Kind.YUAN)),
            Map.entry("grandExpenditureTotal", new Label("支出总计", Kind.YUAN)),
            Map.entry("basicExpenditure", new Label("基本支出", Kind.YUAN)),
            Map.entry("projectExpenditure", new Label("项目支出", Kind.YUAN)),
            Map.entry("appropriationGrandTotal", new Label("财政拨款收支总计", Kind.YUAN)),
            Map.entry("threePublicActual", new Label("“三公”经费财政拨款支出", Kind.YUAN)),
            Map.entry("procurementTotal", new Label("政府采购支出总额", Kind.YUAN)),
            Map.entry("procurementGoods", new Label("政府采购货物支出", Kind.YUAN)),
            Map.entry("procurementWorks", new Label("政府采购工程支出", Kind.YUAN)),
            Map.entry("procurementServices", new Label("政府采购服务支出", Kind.YUAN)),
            Map.entry("smeAwards", new Label("授予中小企业合同金额", Kind.YUAN)),
            Map.entry("smallMicroAwards", new Label("其中：授予小微企业合同金额", Kind.YUAN)),
            Map.entry("smeSharePercent", new Label("授予中小企业合同金额占政府采购支出总额", Kind.PERCENT)),
            Map.entry("smallMicroSharePercent", new Label("授予小微企业合同金额占政府采购支出总额", Kind.PERCENT)),
            Map.entry("purchasedServicesTotal", new Label("政府购买服务支出", Kind.YUAN)),
            Map.entry("departmentScore", new Label("部门整体绩效评价得分", Kind.POINTS)),
            Map.entry("evaluatedProjects", new Label("绩效自评项目", Kind.COUNT)),
            Map.entry("evaluatedProjectAmount", new Label("绩效自评项目金额合计", Kind.YUAN)));

    private HeadlineLabels() {
    }

    static Label of(String key) {
        return LABELS.getOrDefault(key, new Label(key, Kind.RAW));
    }
}
