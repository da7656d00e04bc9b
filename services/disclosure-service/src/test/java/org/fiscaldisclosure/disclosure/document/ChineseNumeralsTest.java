package org.fiscaldisclosure.disclosure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {

    @Test
    void sectionNumbersAreReadAsChineseNumbersWellPastNinetyNine() {
        String[][] cases = {{"1", "一"}, {"10", "十"}, {"11", "十一"}, {"20", "二十"}, {"99", "九十九"}, {"100", "一百"},
                {"101", "一百零一"}, {"110", "一百一十"}, {"111", "一百一十一"}, {"120", "一百二十"}, {"205", "二百零五"},
                {"300", "三百"}, {"1000", "一千"}, {"1001", "一千零一"}, {"1010", "一千零一十"}, {"1100", "一千一百"},
                {"9999", "九千九百九十九"}};
        for (String[] c : cases) {
            assertEquals(c[1], ChineseNumerals.of(Integer.parseInt(c[0])), c[0]);
        }
    }

    @Test
    void everyNumberHasItsOwnNumeral() {
        Set<String> seen = new HashSet<>();
        for (int n = 1; n <= 9999; n++) {
            assertEquals(true, seen.add(ChineseNumerals.of(n)), "a second " + ChineseNumerals.of(n) + " at " + n);
        }
    }

    @Test
    void zeroAndTenThousandAreOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.of(0));
        assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.of(10000));
    }
}
