package org.fiscaldisclosure.contracts.value;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding policy of the suite: amounts are stored exactly in 元 and published in 万元 rounded HALF_UP to
 * two decimals; shares are percentages rounded HALF_UP to two decimals, computed from the exact amounts.
 */
public final class Rounding {

    public static final RoundingMode MODE = RoundingMode.HALF_UP;
    public static final int SCALE = 2;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rounding() {
    }

    public static BigDecimal wanYuan(BigDecimal yuan) {
        return yuan.divide(TEN_THOUSAND, SCALE, MODE);
    }

    /** {@code part / whole} as a percentage with two decimals; zero when the whole is zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return part.multiply(HUNDRED).divide(whole, SCALE, MODE);
    }
}
