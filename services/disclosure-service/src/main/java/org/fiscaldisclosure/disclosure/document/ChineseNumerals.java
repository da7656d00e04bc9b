package org.fiscaldisclosure.disclosure.document;

/**
 * 一, 二, …, 十, 十一, …, 九十九, 一百, 一百零一, 一百一十, …, 九千九百九十九: the numbering of the outline's sections
 * (a department evaluating hundreds of projects has hundreds of sections in Part 4). Below 二十 the tens are written
 * 十 alone (十一); from 一百 on, every digit is read with its unit (一百一十) and a run of zeros inside the number as one
 * 零 (一千零一十), as numbers are read in Chinese.
 */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final int[] UNITS = {1000, 100, 10, 1};
    private static final String[] UNIT_NAMES = {"千", "百", "十", ""};

    private ChineseNumerals() {
    }

    public static String of(int n) {
        if (n < 1 || n > 9999) {
            throw new IllegalArgumentException("section number out of range: " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 100) {
            int tens = n / 10;
            int ones = n % 10;
            return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
        }
        StringBuilder s = new StringBuilder();
        boolean zero = false;
        for (int i = 0; i < UNITS.length; i++) {
            int d = n / UNITS[i] % 10;
            if (d == 0) {
                zero = s.length() > 0;
                continue;
            }
            if (zero) {
                s.append('零');
                zero = false;
            }
            s.append(DIGITS.charAt(d)).append(UNIT_NAMES[i]);
        }
        return s.toString();
    }
}
