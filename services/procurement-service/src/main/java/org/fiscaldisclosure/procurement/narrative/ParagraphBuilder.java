package org.fiscaldisclosure.procurement.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fiscaldisclosure.contracts.value.Amount;

/** Writes a paragraph and records each figure it prints, so text and figures cannot drift apart. */
final class ParagraphBuilder {

    static final String WAN_YUAN = "万元";
    static final String PERCENT = "%";

    private final StringBuilder text = new StringBuilder();
    private final List<NarrativeFigure> figures = new ArrayList<>();

    ParagraphBuilder text(String s) {
        text.append(s);
        return this;
    }

    /** Prints {@code 19.53万元}: the amount in 万元, HALF_UP to two decimals, without trailing zeros (as the seed: 0万元). */
    ParagraphBuilder wanYuan(String name, String table, Amount amount) {
        BigDecimal wan = amount.inWanYuan();
        text.append(printed(wan)).append(WAN_YUAN);
        figures.add(new NarrativeFigure(name, table, wan, WAN_YUAN, amount.yuan()));
        return this;
    }

    /** Prints {@code 100%}: a percentage already rounded HALF_UP to two decimals, without trailing zeros. */
    ParagraphBuilder percent(String name, String table, BigDecimal percent) {
        text.append(printed(percent)).append(PERCENT);
        figures.add(new NarrativeFigure(name, table, percent, PERCENT, null));
        return this;
    }

    ProcurementNarrative.Paragraph build() {
        return new ProcurementNarrative.Paragraph(text.toString(), figures);
    }

    static String printed(BigDecimal n) {
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }
}
