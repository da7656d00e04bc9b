package org.fiscaldisclosure.statements.narrative;

import static org.fiscaldisclosure.statements.figures.StatementFigures.GENERAL_BUDGET;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.statements.figures.StatementFigures;
import org.fiscaldisclosure.statements.figures.StatementsContext;

/**
 * The narrative's charts as SVG, drawn from the same figures as the text: 收入决算 and 支出决算 pies and a bar chart of
 * 一般公共预算财政拨款支出 by 类. Categories without an amount are left out; every label carries the amount in 万元 and
 * the share computed as in the text. Geometry is the only floating-point arithmetic here: amounts and shares stay
 * exact, and only the drawing coordinates are derived from them.
 */
public final class Charts {

    public static final List<String> IDS = List.of("income-by-source", "expenditure-by-use", "general-budget-by-class");
    private static final String[] COLOURS = {"#2f6fb3", "#e08a2c", "#3a9a5b", "#c2453d", "#7d5ba6", "#8c6d3f", "#d26fa8", "#6b7b8c"};
    private static final int SIZE = 320;

    private Charts() {
    }

    /** The chart's SVG, or empty for an unknown id. */
    public static Optional<String> svg(String id, StatementsContext ctx) {
        StatementFigures f = ctx.figures();
        return switch (id) {
            case "income-by-source" -> Optional.of(pie("收入决算", incomeSlices(f)));
            case "expenditure-by-use" -> Optional.of(pie("基本支出和项目支出情况", useSlices(f)));
            case "general-budget-by-class" -> Optional.of(bars("一般公共预算财政拨款支出（按类）", classBars(ctx)));
            default -> Optional.empty();
        };
    }

    static Map<String, Amount> incomeSlices(StatementFigures f) {
        Map<String, Amount> m = new LinkedHashMap<>();
        m.put("财政拨款收入", f.appropriationIncome());
        m.put("上级补助收入", f.source("superiorSubsidy"));
        m.put("事业收入", f.source("businessIncome"));
        m.put("经营收入", f.source("operatingIncome"));
        m.put("附属单位上缴收入", f.source("affiliatedRemittance"));
        m.put("其他收入", f.source("otherIncome"));
        return m;
    }

    static Map<String, Amount> useSlices(StatementFigures f) {
        Map<String, Amount> m = new LinkedHashMap<>();
        m.put("基本支出", f.use("basic"));
        m.put("项目支出", f.use("project"));
        m.put("上缴上级支出", f.use("remittanceToSuperior"));
        m.put("经营支出", f.use("operating"));
        m.put("对附属单位补助支出", f.use("subsidyToAffiliated"));
        return m;
    }

    static Map<String, Amount> classBars(StatementsContext ctx) {
        Map<String, Amount> m = new LinkedHashMap<>();
        for (String c : ctx.figures().classes(GENERAL_BUDGET)) {
            String name = ctx.catalogue().find("func", c).map(e -> e.name()).orElse(c);
            m.put(name, ctx.figures().value(GENERAL_BUDGET, c, "total"));
        }
        return m;
    }

    private static Map<String, Amount> nonZero(Map<String, Amount> slices) {
        Map<String, Amount> m = new LinkedHashMap<>();
        slices.forEach((k, v) -> {
            if (!v.isZero()) {
                m.put(k, v);
            }
        });
        return m;
    }

    static String pie(String title, Map<String, Amount> all) {
        Map<String, Amount> slices = nonZero(all);
        Amount total = Amount.sum(new ArrayList<>(slices.values()));
        Map<String, String> legend = new LinkedHashMap<>();
        slices.forEach((k, v) -> legend.put(k, k + " " + Wording.wan(v) + "（" + Wording.share(v, total) + "）"));
        int widest = legend.values().stream().mapToInt(Charts::textWidth).max().orElse(0);
        StringBuilder svg = open(title, Math.max(SIZE + 260, SIZE + 50 + widest + MARGIN), SIZE + 40);
        int cx = SIZE / 2 + 10;
        int cy = SIZE / 2 + 30;
        int r = SIZE / 2 - 20;
        if (slices.isEmpty()) {
            svg.append(text(cx, cy, "无数据", "middle"));
            return close(svg);
        }
        BigDecimal start = BigDecimal.ZERO;
        int i = 0;
        for (Map.Entry<String, Amount> e : slices.entrySet()) {
            BigDecimal fraction = e.getValue().yuan().divide(total.yuan(), MathContext.DECIMAL64);
            String colour = COLOURS[i % COLOURS.length];
            if (slices.size() == 1) {
                svg.append("<circle cx=\"").append(cx).append("\" cy=\"").append(cy).append("\" r=\"").append(r)
                        .append("\" fill=\"").append(colour).append("\"/>");
            } else {
                svg.append(slice(cx, cy, r, start, start.add(fraction), colour));
            }
            int ly = 40 + i * 24;
            svg.append("<rect x=\"").append(SIZE + 30).append("\" y=\"").append(ly - 12).append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(colour).append("\"/>");
            svg.append(text(SIZE + 50, ly, legend.get(e.getKey()), "start"));
            start = start.add(fraction);
            i++;
        }
        return close(svg);
    }

    private static String slice(int cx, int cy, int r, BigDecimal from, BigDecimal to, String colour) {
        double a0 = 2 * Math.PI * from.doubleValue() - Math.PI / 2;
        double a1 = 2 * Math.PI * to.doubleValue() - Math.PI / 2;
        int large = to.subtract(from).compareTo(new BigDecimal("0.5")) > 0 ? 1 : 0;
        return String.format(java.util.Locale.ROOT,
                "<path d=\"M%d,%d L%.2f,%.2f A%d,%d 0 %d,1 %.2f,%.2f Z\" fill=\"%s\" stroke=\"#fff\"/>",
                cx, cy, cx + r * Math.cos(a0), cy + r * Math.sin(a0), r, r, large, cx + r * Math.cos(a1), cy + r * Math.sin(a1), colour);
    }

    static String bars(String title, Map<String, Amount> all) {
        Map<String, Amount> bars = nonZero(all);
        Amount total = Amount.sum(new ArrayList<>(bars.values()));
        int height = 60 + Math.max(1, bars.size()) * 36;
        Map<String, String> labels = new LinkedHashMap<>();
        bars.forEach((k, v) -> labels.put(k, Wording.wan(v) + "（" + Wording.share(v, total) + "）"));
        int widest = labels.values().stream().mapToInt(Charts::textWidth).max().orElse(0);
        StringBuilder svg = open(title, Math.max(640, 170 + 300 + widest + MARGIN), height);
        if (bars.isEmpty()) {
            svg.append(text(320, 60, "无数据", "middle"));
            return close(svg);
        }
        Amount max = bars.values().stream().max(Amount::compareTo).orElseThrow();
        int i = 0;
        for (Map.Entry<String, Amount> e : bars.entrySet()) {
            int y = 44 + i * 36;
            BigDecimal width = e.getValue().yuan().multiply(BigDecimal.valueOf(300)).divide(max.yuan(), 0, java.math.RoundingMode.HALF_UP);
            svg.append(text(150, y + 16, e.getKey(), "end"));
            svg.append("<rect x=\"160\" y=\"").append(y).append("\" width=\"").append(width.toPlainString())
                    .append("\" height=\"22\" fill=\"").append(COLOURS[i % COLOURS.length]).append("\"/>");
            svg.append(text(170 + width.intValue(), y + 16, labels.get(e.getKey()), "start"));
            i++;
        }
        return close(svg);
    }

    /** Room kept right of the widest label. */
    private static final int MARGIN = 20;

    /**
     * The width a label takes at the charts' font size (13 px), on the safe side, so that the drawing is wide enough
     * for its legend: a CJK or full-width character is one em, anything else (digits, Latin, punctuation) counted at
     * 0.7 em, wider than those glyphs are in the fonts the charts name or a renderer falls back to (about 0.55-0.64 em).
     */
    static int textWidth(String s) {
        double em = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            em += Character.isIdeographic(cp) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) ? 1 : 0.7;
            i += Character.charCount(cp);
        }
        return (int) Math.ceil(em * FONT_SIZE);
    }

    private static final int FONT_SIZE = 13;

    private static StringBuilder open(String title, int width, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"'WenQuanYi Micro Hei','Noto Sans CJK SC',sans-serif\" font-size=\"13\" role=\"img\">")
                .append("<title>").append(escape(title)).append("</title>")
                .append(text(10, 20, title, "start").replace("<text ", "<text font-weight=\"bold\" "));
    }

    private static String close(StringBuilder svg) {
        return svg.append("</svg>").toString();
    }

    private static String text(int x, int y, String s, String anchor) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\">" + escape(s) + "</text>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
