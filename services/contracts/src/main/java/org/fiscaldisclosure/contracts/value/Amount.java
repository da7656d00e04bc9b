package org.fiscaldisclosure.contracts.value;


import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An amount of money in 元, exact to the 分 (two decimals), never negative. Stored as NUMERIC, carried as a JSON
 * number. Shown in 万元 by {@link #inWanYuan()}, rounded once by {@link Rounding}.
 */
@Schema(type = SchemaType.NUMBER, description = "金额（元），最多两位小数，不能为负数", examples = "85200.00")
public record Amount(BigDecimal yuan) implements Comparable<Amount> {

    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000"); // 10^15 元
    public static final Amount ZERO = new Amount(BigDecimal.ZERO);

    public Amount {
        Objects.requireNonNull(yuan, "amount");
        if (yuan.signum() < 0) {
            throw new IllegalArgumentException("金额不能为负数");
        }
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("金额以元为单位，最多两位小数（分）");
        }
        if (yuan.compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("金额超出范围");
        }
        yuan = yuan.setScale(2, RoundingMode.UNNECESSARY);
    }

    @JsonCreator
    public static Amount of(BigDecimal yuan) {
        return new Amount(yuan);
    }

    public static Amount of(String yuan) {
        return new Amount(new BigDecimal(yuan));
    }

    /** Treats a missing optional amount as zero. */
    public static Amount orZero(Amount amount) {
        return amount == null ? ZERO : amount;
    }

    public static Amount sum(Collection<Amount> amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (Amount a : amounts) {
            total = total.add(orZero(a).yuan);
        }
        return new Amount(total);
    }

    public Amount plus(Amount other) {
        return new Amount(yuan.add(orZero(other).yuan));
    }

    /** The signed difference {@code this - other} in 元 (not an Amount: it may be negative). */
    public BigDecimal minus(Amount other) {
        return yuan.subtract(orZero(other).yuan);
    }

    /** In 万元, rounded HALF_UP to two decimals, as published. */
    public BigDecimal inWanYuan() {
        return Rounding.wanYuan(yuan);
    }

    public boolean isZero() {
        return yuan.signum() == 0;
    }

    @JsonValue
    @Override
    public BigDecimal yuan() {
        return yuan;
    }

    @Override
    public int compareTo(Amount o) {
        return yuan.compareTo(o.yuan);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Amount a && a.yuan.compareTo(yuan) == 0;
    }

    @Override
    public int hashCode() {
        return yuan.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return yuan.toPlainString();
    }
}
