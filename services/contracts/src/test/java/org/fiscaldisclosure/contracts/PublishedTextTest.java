package org.fiscaldisclosure.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.contracts.value.PublishedText;
import org.junit.jupiter.api.Test;

/** How figures read in every part's published sentences. */
class PublishedTextTest {

    @Test
    void amountsReadInWanYuanHalfUpWithAZeroAsZero() {
        assertEquals("358.64万元", PublishedText.wanYuan(Amount.of("3586400.00")));
        assertEquals("21.67万元", PublishedText.wanYuan(Amount.of("216650.00")));
        assertEquals("0.01万元", PublishedText.wanYuan(Amount.of("50.00")));
        assertEquals("0万元", PublishedText.wanYuan(Amount.ZERO));
    }

    @Test
    void sharesAreComputedFromTheExactAmountsAndReadWithoutTrailingZeros() {
        assertEquals("2.38%", PublishedText.share(Amount.of("85200.00"), Amount.of("3586400.00")));
        assertEquals("100%", PublishedText.share(Amount.of("3586400.00"), Amount.of("3586400.00")));
        assertEquals("0%", PublishedText.share(Amount.of("1.00"), Amount.ZERO));
        assertEquals("99.5%", PublishedText.percent(new BigDecimal("99.50")));
    }
}
