package org.fiscaldisclosure.contracts.validation;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One result of one validation rule, located as precisely as the rule can: part, table, row (科目编码 or indicator
 * path), column; with the value provided, the value expected and their difference (provided - expected) where the
 * rule compares numbers. Amounts are in 元.
 */
public record Finding(
        String ruleId,
        Severity severity,
        String part,
        String table,
        String row,
        String column,
        @Schema(description = "填报值：金额规则为元（精确到分），得分、比例、数量规则照录其单位（见规则目录）") BigDecimal provided,
        @Schema(description = "应为的值，单位同 provided") BigDecimal expected,
        @Schema(description = "provided − expected，单位同 provided") BigDecimal difference,
        String message) {

    /** A finding that compares two numbers; the difference is derived. */
    public static Finding compared(RuleDefinition rule, String part, String row, String column,
                                   BigDecimal provided, BigDecimal expected, String message) {
        return new Finding(rule.id(), rule.severity(), part, rule.tables().isEmpty() ? null : rule.tables().get(0),
                row, column, provided, expected, provided.subtract(expected), message);
    }

    /** A finding without numbers (a missing part, a code not in the catalogue, ...). */
    public static Finding stated(RuleDefinition rule, String part, String row, String column, String message) {
        return new Finding(rule.id(), rule.severity(), part, rule.tables().isEmpty() ? null : rule.tables().get(0),
                row, column, null, null, null, message);
    }
}
