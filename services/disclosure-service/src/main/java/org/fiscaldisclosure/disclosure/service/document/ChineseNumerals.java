package org.fiscaldisclosure.disclosure.service.document;

/** 一, 二, …, 十, 十一, …, 九十九: the numbering of the outline's sections. */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    public static String of(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("section number out of range: " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }
}
