package org.fiscaldisclosure.testdata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fiscaldisclosure.contracts.value.Amount;

/** Amounts in 分 (long) while generating, so that every sum is exact; {@link Amount} in 元 when written. */
final class Money {

    private Money() {
    }

    static Amount amount(long fen) {
        return Amount.of(BigDecimal.valueOf(fen, 2));
    }

    /** A random amount in 分 between {@code minYuan} and {@code maxYuan}, spread logarithmically, with random 分. */
    static long fen(Random r, long minYuan, long maxYuan) {
        double lo = Math.log(minYuan);
        double hi = Math.log(maxYuan);
        long yuan = Math.round(Math.exp(lo + r.nextDouble() * (hi - lo)));
        return yuan * 100 + r.nextInt(100);
    }

    /** Splits {@code fen} into {@code parts} positive shares with random weights; the shares add up exactly. */
    static List<Long> split(Random r, long fen, int parts) {
        List<Long> shares = new ArrayList<>(parts);
        if (parts <= 0) {
            return shares;
        }
        long[] weights = new long[parts];
        long sum = 0;
        for (int i = 0; i < parts; i++) {
            weights[i] = 1 + r.nextInt(1000);
            sum += weights[i];
        }
        long left = fen;
        for (int i = 0; i < parts - 1; i++) {
            long share = Math.max(0, (long) ((double) fen * weights[i] / sum));
            share = Math.min(share, left);
            shares.add(share);
            left -= share;
        }
        shares.add(left);
        return shares;
    }

    /** {@code fen} times a factor between {@code lo} and {@code hi}, whole 元. */
    static long vary(Random r, long fen, double lo, double hi) {
        double f = lo + r.nextDouble() * (hi - lo);
        return Math.round(fen * f / 100.0) * 100;
    }

    /** 万元 with the given number of decimals, as a table prints it. */
    static BigDecimal wan(long fen, int decimals) {
        return BigDecimal.valueOf(fen, 2).divide(BigDecimal.valueOf(10_000), decimals, java.math.RoundingMode.HALF_UP);
    }
}
