package org.fiscaldisclosure.disclosure.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fiscaldisclosure.contracts.event.HeadlineFigure;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.value.Rounding;

/**
 * How the parts' headline figures ({@link HeadlineFigure}: key, part, Chinese name, unit, order) are shown on the page
 * and the portal. Amounts arrive in exact 元 and
 * are shown in 万元 (HALF_UP to two decimals, the one rounding policy); points, percentages and counts as they are.
 * A producer can only state a figure of the contract, so every figure it states has its name and unit here.
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

        static Label of(HeadlineFigure f) {
            Unit unit = switch (f.unit()) {
                case YUAN -> Unit.WAN_YUAN;
                case PERCENT -> Unit.PERCENT;
                case POINTS -> Unit.POINTS;
                case PROJECTS -> Unit.PROJECTS;
                case FORMS -> Unit.FORMS;
            };
            return new Label(f.key(), f.part(), f.label(), unit, f.detail());
        }

        Shown show(BigDecimal value) {
            return new Shown(name, unit.show(value), unit.label(), detail);
        }
    }

    /** A figure as shown: name, value in its unit, unit, and whether it details the figure above it (indented). */
    public record Shown(String name, String value, String unit, boolean detail) {
    }

    /** In the order the page lists them (the contract's order): totals first, then what they are made of. */
    private static final List<Label> LABELS = Arrays.stream(HeadlineFigure.values()).map(Label::of).toList();

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
