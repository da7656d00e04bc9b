package org.fiscaldisclosure.performance.scoring;

import java.math.BigDecimal;
import org.fiscaldisclosure.contracts.part.performance.IndicatorLevel1;

/** 分值 of 预算执行率 and of the three 一级指标. */
public record Weights(BigDecimal execution, BigDecimal output, BigDecimal effect, BigDecimal satisfaction) {

    public BigDecimal total() {
        return execution.add(output).add(effect).add(satisfaction);
    }

    public BigDecimal of(IndicatorLevel1 level1) {
        return switch (level1) {
            case OUTPUT -> output;
            case EFFECT -> effect;
            case SATISFACTION -> satisfaction;
        };
    }
}
