package org.fiscaldisclosure.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.Rounding;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

    @Test
    void amountsAreExactYuanToTheFenAndPublishedInWanYuanHalfUp() {
        assertEquals(new BigDecimal("21.67"), Amount.of("216650").inWanYuan()); // the seed's 21.665 万元
        assertEquals(new BigDecimal("21.66"), Amount.of("216649.99").inWanYuan());
        assertEquals(new BigDecimal("358.64"), Amount.of("3586400.00").inWanYuan());
        assertEquals(Amount.of("3586400"), Amount.sum(List.of(Amount.of("85200"), Amount.of("3501200.00"))));
        assertEquals(new BigDecimal("-100.00"), Amount.of("1").minus(Amount.of("101")));
    }

    @Test
    void negativeOrSubFenAmountsDoNotExist() {
        assertThrows(IllegalArgumentException.class, () -> Amount.of("-0.01"));
        assertThrows(IllegalArgumentException.class, () -> Amount.of("0.001"));
        assertEquals(Amount.of("1.10"), Amount.of("1.1000"));
    }

    @Test
    void sharesArePercentagesHalfUpFromExactAmounts() {
        assertEquals(new BigDecimal("2.38"), Rounding.percent(new BigDecimal("85200"), new BigDecimal("3586400")));
        assertEquals(new BigDecimal("97.62"), Rounding.percent(new BigDecimal("3501200"), new BigDecimal("3586400")));
        assertEquals(new BigDecimal("0.00"), Rounding.percent(BigDecimal.ONE, BigDecimal.ZERO));
    }

    @Test
    void unitCodesCarryTheirRegionAndYearsAreBounded() {
        assertEquals("110102", UnitCode.of("110102-SWD").regionCode());
        assertThrows(IllegalArgumentException.class, () -> UnitCode.of("110102-swd"));
        assertThrows(IllegalArgumentException.class, () -> UnitCode.of("1101-SWD"));
        assertEquals(2024, FiscalYear.parse("2024").value());
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.parse("24"));
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(1999));
    }
}
