package org.fiscaldisclosure.contracts.part.performance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The operator of a quantitative 年度指标值: ≥ and > are met from below, ≤ and < from above, = like ≥. Documented in
 * OpenAPI as a string pattern on {@link Measure#operator()} (a bare "=" in a YAML enum reads as a YAML 1.1 value tag).
 */
public enum Comparison {
    AT_LEAST("≥", ">="), AT_MOST("≤", "<="), EQUAL("=", "="), MORE_THAN(">", ">"), LESS_THAN("<", "<");

    private final String symbol;
    private final String ascii;

    Comparison(String symbol, String ascii) {
        this.symbol = symbol;
        this.ascii = ascii;
    }

    @JsonValue
    public String symbol() {
        return symbol;
    }

    /** A 反向指标 (≤, <): the smaller the actual value, the better. */
    public boolean upperBound() {
        return this == AT_MOST || this == LESS_THAN;
    }

    /** Reads ≥ ≤ = > < (or >=, <=). */
    @JsonCreator
    public static Comparison of(String value) {
        for (Comparison c : values()) {
            if (c.symbol.equals(value) || c.ascii.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("比较符应为 ≥、≤、=、>、< 之一");
    }
}
