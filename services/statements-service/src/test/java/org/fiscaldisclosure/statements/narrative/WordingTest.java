package org.fiscaldisclosure.statements.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.fiscaldisclosure.contracts.value.Amount;
import org.junit.jupiter.api.Test;

class WordingTest {

    static Amount yuan(String v) {
        return Amount.of(v);
    }

    @Test
    void amountsReadInWanYuanWithTwoDecimalsAndZeroAsZero() {
        assertEquals("358.64万元", Wording.wan(yuan("3586400")));
        assertEquals("21.67万元", Wording.wan(yuan("216650")));
        assertEquals("12.00万元", Wording.wan(yuan("120000")));
        assertEquals("0万元", Wording.wan(Amount.ZERO));
    }

    @Test
    void sharesAreHalfUpPercentagesWithoutTrailingZeros() {
        assertEquals("2.38%", Wording.share(yuan("85200"), yuan("3586400")));
        assertEquals("100%", Wording.share(yuan("3586400"), yuan("3586400")));
        assertEquals("0%", Wording.share(Amount.ZERO, yuan("3586400")));
        assertEquals("0%", Wording.share(Amount.ZERO, Amount.ZERO));
        assertEquals("12.5%", Wording.share(yuan("1"), yuan("8")));
    }

    @Test
    void yearOnYearHasTheRightWordForEachCase() {
        assertEquals("比上年增加10.00万元，增长10%", Wording.change(yuan("1100000"), yuan("1000000")));
        assertEquals("比上年减少25.00万元，下降25%", Wording.change(yuan("750000"), yuan("1000000")));
        assertEquals("与上年持平", Wording.change(yuan("1000000"), yuan("1000000")));
        assertEquals("比上年增加1.00万元（上年为0，增长率不可比）", Wording.change(yuan("10000"), Amount.ZERO));
        assertEquals("与上年持平", Wording.change(Amount.ZERO, Amount.ZERO));
    }

    @Test
    void againstTheBudgetEveryCaseHasOneWord() {
        assertEquals("比年初预算1.00万元增加0.50万元", Wording.againstBudget(yuan("15000"), yuan("10000")));
        assertEquals("比年初预算1.00万元减少0.50万元", Wording.againstBudget(yuan("5000"), yuan("10000")));
        assertEquals("与年初预算0万元持平", Wording.againstBudget(Amount.ZERO, Amount.ZERO));
        assertEquals("150%", Wording.completion(yuan("15000"), yuan("10000")));
        assertNull(Wording.completion(yuan("15000"), Amount.ZERO));
    }
}
