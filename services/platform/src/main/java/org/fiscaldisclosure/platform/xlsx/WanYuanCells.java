package org.fiscaldisclosure.platform.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.fiscaldisclosure.contracts.value.Amount;

/**
 * Amounts in 万元 cells that lose nothing. A published table is in 万元, but the amount behind it is exact to the 分,
 * so a cell holds the exact 元 amount divided by 10,000 (up to six decimals, e.g. 21.665 for 216,650.00 元) and
 * only its number format shows two decimals. Reading takes the decimal text stored in the file; a value a
 * spreadsheet program rewrote in binary (21.664999999999999) is read back as the 分 amount whose 万元 value it
 * stands for.
 */
public final class WanYuanCells {

    private static final int WAN = 4;

    private WanYuanCells() {
    }

    /** The exact 万元 value of an amount, as the decimal text a cell stores ({@code 21.665}, {@code 0}). */
    public static String cellText(Amount amount) {
        return amount.yuan().movePointLeft(WAN).stripTrailingZeros().toPlainString();
    }

    /** The exact 万元 value of an amount. */
    public static BigDecimal wanYuan(Amount amount) {
        return amount.yuan().movePointLeft(WAN);
    }

    /**
     * The amount a 万元 cell holds.
     *
     * @throws IllegalArgumentException with the reason in Chinese: negative, finer than a 分, too large
     */
    public static Amount amount(String storedText) {
        BigDecimal wan = new BigDecimal(storedText.trim());
        if (wan.signum() < 0) {
            throw new IllegalArgumentException("金额不能为负数");
        }
        BigDecimal yuan = wan.movePointRight(WAN);
        if (yuan.stripTrailingZeros().scale() > 2) {
            BigDecimal fen = yuan.setScale(2, RoundingMode.HALF_UP);
            // The file may hold the binary value a spreadsheet program stores for the decimal; accept it only when
            // it is exactly the binary value of that 分 amount's 万元 decimal (the cell's storage format).
            if (fen.movePointLeft(WAN).doubleValue() != wan.doubleValue()) {
                throw new IllegalArgumentException("金额以万元为单位时最多六位小数（精确到分），实为 " + storedText.trim());
            }
            yuan = fen;
        }
        return Amount.of(yuan);
    }
}
