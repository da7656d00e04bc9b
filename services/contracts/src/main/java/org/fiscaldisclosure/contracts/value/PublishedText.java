package org.fiscaldisclosure.contracts.value;

import java.math.BigDecimal;

/**
 * How a figure reads in a published sentence, the same in every part: an amount in 万元 with two decimals HALF_UP
 * ({@link Rounding}), a zero as "0万元"; a share or rate as a percentage HALF_UP to two decimals without trailing zeros.
 */
public final class PublishedText {

    private PublishedText() {
    }

    /** "358.64万元", "0万元". */
    public static String wanYuan(Amount amount) {
        return amount.isZero() ? "0万元" : amount.inWanYuan().toPlainString() + "万元";
    }

    /** "2.38%", "100%", "0%". */
    public static String percent(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.signum() == 0 ? "0" : v.toPlainString()) + "%";
    }

    /** Part of whole as a percentage, from the exact amounts ("0%" of a zero whole). */
    public static String share(Amount part, Amount whole) {
        return percent(Rounding.percent(part.yuan(), whole.yuan()));
    }
}
