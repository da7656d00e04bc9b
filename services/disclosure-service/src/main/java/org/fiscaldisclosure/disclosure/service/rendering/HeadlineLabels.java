package org.fiscaldisclosure.disclosure.service.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.value.Rounding;

/**
 * The published names, units and order of the parts' headline figures, in one place for the page and the portal:
 * each key a part sends, under its part, with its Chinese name and how it is shown. Amounts arrive in exact 元 and
 * are shown in 万元 (HALF_UP to two decimals, the one rounding policy); points, percentages and counts as they are.
 * A key not listed here is not shown on a public page: it has no published name yet.
 */
public final class HeadlineLabels {

    /** How a figure is shown, with its unit. */
    public enum Unit {
        WAN_YUAN("万元"), PERCENT("%"), POINTS("分"), PROJECTS("个"), FORMS("张");

        private final String label;

        Unit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        String show(BigDecimal value) {
            return switch (this) {
                case WAN_YUAN -> Rounding.wanYuan(value).toPlainString();
                case PERCENT -> value.setScale(Rounding.SCALE, Rounding.MODE).toPlainString();
                case POINTS, PROJECTS, FORMS -> value.stripTrailingZeros().toPlainString();
            };
        }
    }

    /** A headline figure's published form: its key, part, name, unit, and whether it details the figure above it. */
    public record Label(String key, PartKind part, String name, Unit unit, boolean detail) {

        Label(String key, PartKind part, String name, Unit unit) {
            this(key, part, name, unit, false);
        }

        Shown show(BigDecimal value) {
            return new Shown(name, unit.show(value), unit.label(), detail);
        }
    }

    /** A figure as shown: name, value in its unit, unit, and whether it details the figure above it (indented). */
    public record Shown(String name, String value, String unit, boolean detail) {
    }

    /** In the order the page lists them: totals first, then what they are made of. */
    private static final List<Label> LABELS = List.of(
            new Label("grandIncomeTotal", PartKind.STATEMENTS, "收入总计", Unit.WAN_YUAN),
            new Label("grandExpenditureTotal", PartKind.STATEMENTS, "支出总计", Unit.WAN_YUAN),
            new Label("incomeTotal", PartKind.STATEMENTS, "本年收入合计", Unit.WAN_YUAN),
            new Label("expenditureTotal", PartKind.STATEMENTS, "本年支出合计", Unit.WAN_YUAN),
            new Label("basicExpenditure", PartKind.STATEMENTS, "基本支出", Unit.WAN_YUAN, true),
            new Label("projectExpenditure", PartKind.STATEMENTS, "项目支出", Unit.WAN_YUAN, true),
            new Label("appropriationGrandTotal", PartKind.STATEMENTS, "财政拨款收入支出总计", Unit.WAN_YUAN),
            new Label("threePublicActual", PartKind.STATEMENTS, "“三公”经费财政拨款支出", Unit.WAN_YUAN),
            new Label("procurementTotal", PartKind.PROCUREMENT, "政府采购支出总额", Unit.WAN_YUAN),
            new Label("procurementGoods", PartKind.PROCUREMENT, "政府采购货物支出", Unit.WAN_YUAN, true),
            new Label("procurementWorks", PartKind.PROCUREMENT, "政府采购工程支出", Unit.WAN_YUAN, true),
            new Label("procurementServices", PartKind.PROCUREMENT, "政府采购服务支出", Unit.WAN_YUAN, true),
            new Label("smeAwards", PartKind.PROCUREMENT, "授予中小企业合同金额", Unit.WAN_YUAN),
            new Label("smeSharePercent", PartKind.PROCUREMENT, "授予中小企业合同金额占政府采购支出总额的比例", Unit.PERCENT, true),
            new Label("smallMicroAwards", PartKind.PROCUREMENT, "授予小微企业合同金额", Unit.WAN_YUAN, true),
            new Label("smallMicroSharePercent", PartKind.PROCUREMENT, "授予小微企业合同金额占政府采购支出总额的比例", Unit.PERCENT, true),
            new Label("purchasedServicesTotal", PartKind.PROCUREMENT, "政府购买服务支出", Unit.WAN_YUAN),
            new Label("departmentScore", PartKind.PERFORMANCE, "部门整体绩效评价得分", Unit.POINTS),
            new Label("distinctEvaluatedProjects", PartKind.PERFORMANCE, "绩效自评项目", Unit.PROJECTS),
            new Label("evaluatedProjects", PartKind.PERFORMANCE, "绩效自评表", Unit.FORMS, true),
            new Label("evaluatedProjectBudget", PartKind.PERFORMANCE, "绩效自评项目全年预算数", Unit.WAN_YUAN, true),
            new Label("evaluatedProjectAmount", PartKind.PERFORMANCE, "绩效自评项目全年执行数", Unit.WAN_YUAN, true));

    private HeadlineLabels() {
    }

    public static Optional<Label> of(String key) {
        return LABELS.stream().filter(l -> l.key().equals(key)).findFirst();
    }

    /** A part's figures that have a published name, in the published order. */
    public static List<Shown> shown(PartKind part, Map<String, BigDecimal> figures) {
        List<Shown> shown = new ArrayList<>();
        for (Label l : LABELS) {
            BigDecimal value = figures.get(l.key());
            if (l.part() == part && value != null) {
                shown.add(l.show(value));
            }
        }
        return shown;
    }

    /** One figure under its published name, or empty when the key has none or the value is missing. */
    public static Optional<Shown> shown(String key, BigDecimal value) {
        return value == null ? Optional.empty() : of(key).map(l -> l.show(value));
    }
}
