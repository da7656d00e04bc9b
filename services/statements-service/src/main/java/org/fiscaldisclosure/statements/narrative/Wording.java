package org.fiscaldisclosure.statements.narrative;

import java.math.BigDecimal;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.contracts.value.PublishedText;
import org.fiscaldisclosure.contracts.value.Rounding;

/**
 * How figures read in the narrative: 万元 with two decimals (a zero as "0"), shares and rates as percentages
 * HALF_UP to two decimals without trailing zeros, and the words for an increase, a decrease, no change and a zero base.
 */
final class Wording {

    private Wording() {
    }

    /** "358.64万元", "0万元" ({@link PublishedText}, the same in every part). */
    static String wan(Amount amount) {
        return PublishedText.wanYuan(amount);
    }

    /** "2.38%", "100%", "0%": part of whole, from the exact amounts. */
    static String share(Amount part, Amount whole) {
        return PublishedText.share(part, whole);
    }

    static String percent(BigDecimal value) {
        return PublishedText.percent(value);
    }

    /**
     * The year-on-year clause: "比上年增加A万元，增长r%", "比上年减少…，下降r%", "与上年持平", and for a zero base
     * "比上年增加A万元（上年为0，增长率不可比）".
     */
    static String change(Amount now, Amount before) {
        int cmp = now.compareTo(before);
        if (cmp == 0) {
            return "与上年持平";
        }
        BigDecimal diff = now.yuan().subtract(before.yuan()).abs();
        Amount delta = Amount.of(diff);
        if (before.isZero()) {
            return "比上年增加" + wan(delta) + "（上年为0，增长率不可比）";
        }
        String rate = percent(Rounding.percent(diff, before.yuan()));
        return cmp > 0 ? "比上年增加" + wan(delta) + "，增长" + rate : "比上年减少" + wan(delta) + "，下降" + rate;
    }

    /** "比年初预算Y万元增加D万元" / "减少D万元" / "与年初预算Y万元持平". */
    static String againstBudget(Amount actual, Amount budget) {
        int cmp = actual.compareTo(budget);
        if (cmp == 0) {
            return "与年初预算" + wan(budget) + "持平";
        }
        Amount delta = Amount.of(actual.yuan().subtract(budget.yuan()).abs());
        return "比年初预算" + wan(budget) + (cmp > 0 ? "增加" : "减少") + wan(delta);
    }

    /** 完成年初预算% (n/a for a zero budget). */
    static String completion(Amount actual, Amount budget) {
        return budget.isZero() ? null : share(actual, budget);
    }
}
