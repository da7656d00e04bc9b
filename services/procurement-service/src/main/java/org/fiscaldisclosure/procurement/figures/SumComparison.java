package org.fiscaldisclosure.procurement.figures;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.fiscaldisclosure.contracts.value.Amount;

/**
 * A stated figure against the sum it should equal. Published figures are 万元 rounded HALF_UP from 元, so a stated
 * figure that is a whole number of 百元 (a 万元 figure with two decimals) may be off its exact value by up to
 * 0.005 万元 = 50 元; the tolerance is 50 元 for each such figure taking part (docs/domain.md §5: k × 0.005 万元).
 * A difference within it is {@link Outcome#ROUNDING}, beyond it {@link Outcome#MISMATCH}.
 *
 * @param ruleId the rule that reports a mismatch
 * @param table  T11 or T12
 */
public record SumComparison(String ruleId, String table, String row, Amount stated, Amount expected, BigDecimal tolerance) {

    /** 0.005 万元, the most one rounded 万元 figure can be off. */
    static final BigDecimal HALF_A_FEN_OF_WAN = new BigDecimal("50.00");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public enum Outcome {
        EQUAL, ROUNDING, MISMATCH
    }

    /** {@code stated} against {@code expected}, where {@code rounded} are the stated figures that take part. */
    static SumComparison of(String ruleId, String table, String row, Amount stated, Amount expected, Stream<Figure> rounded) {
        long roundedFigures = rounded.filter(f -> f.stated() && isWholeHundredYuan(f.amount())).count();
        return new SumComparison(ruleId, table, row, stated, expected,
                HALF_A_FEN_OF_WAN.multiply(BigDecimal.valueOf(roundedFigures)));
    }

    static boolean isWholeHundredYuan(Amount a) {
        return a.yuan().remainder(HUNDRED).signum() == 0;
    }

    public BigDecimal difference() {
        return stated.minus(expected);
    }

    public Outcome outcome() {
        BigDecimal d = difference().abs();
        if (d.signum() == 0) {
            return Outcome.EQUAL;
        }
        return d.compareTo(tolerance) <= 0 ? Outcome.ROUNDING : Outcome.MISMATCH;
    }
}
