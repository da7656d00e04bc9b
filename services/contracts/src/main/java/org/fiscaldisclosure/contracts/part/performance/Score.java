package org.fiscaldisclosure.contracts.part.performance;


import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An evaluation score on the 0-100 scale, at most two decimals. */
@Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "100", description = "得分（0-100），最多两位小数", examples = "98")
public record Score(BigDecimal points) {

    private static final BigDecimal MAX = BigDecimal.valueOf(100);

    public Score {
        Objects.requireNonNull(points, "score");
        if (points.signum() < 0 || points.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("得分应在 0 至 100 之间");
        }
        if (points.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("得分最多两位小数");
        }
    }

    @JsonCreator
    public static Score of(BigDecimal points) {
        return new Score(points);
    }

    @JsonValue
    @Override
    public BigDecimal points() {
        return points;
    }
}
