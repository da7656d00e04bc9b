package org.fiscaldisclosure.contracts.part.performance;


import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A number of points as a table states it: a 分值 (the points an item can earn) or a 得分 (the points it was given).
 * Non-negative with at most two decimals. It is data, not a checked result: a 得分 above its 分值 (the seed prints
 * a 总分 of 990 out of 100) is stored as published and reported by the rules.
 */
@Schema(type = SchemaType.NUMBER, minimum = "0", exclusiveMaximum = true, maximum = "1000000",
        description = "分值或得分（分），不为负，最多两位小数；超出分值由规则报告，不拒收", examples = "98")
public record Score(BigDecimal points) implements Comparable<Score> {

    private static final BigDecimal LIMIT = BigDecimal.valueOf(1_000_000);

    public Score {
        Objects.requireNonNull(points, "score");
        if (points.signum() < 0) {
            throw new IllegalArgumentException("分值和得分不能为负数");
        }
        if (points.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("分值和得分最多两位小数");
        }
        if (points.compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("分值和得分超出范围");
        }
    }

    @JsonCreator
    public static Score of(BigDecimal points) {
        return new Score(points);
    }

    public static Score of(String points) {
        return new Score(new BigDecimal(points));
    }

    @JsonValue
    @Override
    public BigDecimal points() {
        return points;
    }

    @Override
    public int compareTo(Score o) {
        return points.compareTo(o.points);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Score s && s.points.compareTo(points) == 0;
    }

    @Override
    public int hashCode() {
        return points.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return points.toPlainString();
    }
}
