package org.fiscaldisclosure.disclosure.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG by a template ({@code pages/portal/region-compare.html}), so that
 * every name and figure in it is escaped like the rest of the page: one bar per unit, its length proportional to the
 * exact amount, labelled with the unit's name and the amount in 万元. Negative or zero amounts get no bar. The chart
 * has a title and a description (its text alternative); the table beside it holds every figure.
 */
public record BarChart(String title, String description, int width, int height, List<Bar> bars) {

    static final int WIDTH = 720;
    static final int LABEL_WIDTH = 210;
    static final int BAR_SPACE = 380;
    static final int ROW = 28;
    static final int TOP = 36;
    static final String[] COLOURS = {"#2f6fb3", "#b3541e", "#3a7d44", "#8b1a1a", "#6b4f9e"};

    /** A bar: its label (a name shortened to fit), its value as shown, its geometry. */
    public record Bar(String label, String value, int y, int textY, int barWidth, int valueX, String fill) {
    }

    /** One labelled amount (元). */
    public record Item(String name, BigDecimal yuan) {
    }

    static BarChart of(String title, String description, List<Item> items) {
        BigDecimal max = items.stream().map(Item::yuan).filter(v -> v != null && v.signum() > 0).max(BigDecimal::compareTo).orElse(null);
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        for (Item item : items) {
            int y = TOP + i * ROW;
            int w = max == null || item.yuan() == null || item.yuan().signum() <= 0 ? 0
                    : item.yuan().multiply(BigDecimal.valueOf(BAR_SPACE)).divide(max, 0, RoundingMode.HALF_UP).intValue();
            bars.add(new Bar(shortened(item.name()), item.yuan() == null ? "—" : Formats.wan(item.yuan()) + " 万元", y, y + 15,
                    w, LABEL_WIDTH + w + 6, COLOURS[0]));
            i++;
        }
        return new BarChart(title, description, WIDTH, TOP + Math.max(1, items.size()) * ROW + 8, bars);
    }

    private static String shortened(String name) {
        if (name == null) {
            return "";
        }
        return name.codePointCount(0, name.length()) <= 14 ? name : name.substring(0, name.offsetByCodePoints(0, 13)) + "…";
    }
}
