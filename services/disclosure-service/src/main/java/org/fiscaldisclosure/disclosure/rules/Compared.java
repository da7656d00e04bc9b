package org.fiscaldisclosure.disclosure.rules;

import java.math.BigDecimal;
import java.util.List;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.validation.Severity;
import org.fiscaldisclosure.contracts.value.Amount;

/**
 * Findings that compare two amounts in 元, with the suite's rounding tolerance stated once (docs/domain.md §5): a
 * figure published in 万元 is a whole number of 百元 and may be off its exact value by 0.005 万元 = 50 元, so two
 * figures made of k rounded figures in all may differ by up to k × 50 元. Such a gap is reported as a WARNING (to
 * be explained); any other gap with the rule's own severity. {@code provided} is the left-hand figure,
 * {@code expected} the one it is compared with, {@code difference = provided − expected}.
 */
final class Compared {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF_FEN_OF_WAN = BigDecimal.valueOf(50);

    private Compared() {
    }

    /** A finding when the two differ; {@code addends} counts the rounded figures on both sides. */
    static List<Finding> equal(RuleDefinition rule, At at, Amount provided, Amount expected, int addends, String detail) {
        if (provided.equals(expected)) {
            return List.of();
        }
        return List.of(finding(rule, at, provided, expected, addends, detail));
    }

    /** A finding when the figure exceeds its ceiling (no tolerance: a ceiling is not a rounded sum). */
    static List<Finding> atMost(RuleDefinition rule, At at, Amount provided, Amount ceiling, String detail) {
        if (provided.compareTo(ceiling) <= 0) {
            return List.of();
        }
        return List.of(finding(rule, at, provided, ceiling, 0, detail));
    }

    static Finding finding(RuleDefinition rule, At at, Amount provided, Amount expected, int addends, String detail) {
        BigDecimal difference = provided.minus(expected);
        Severity severity = rule.severity();
        String message = rule.message() + "：" + detail;
        if (addends > 0 && wholeHundreds(provided) && wholeHundreds(expected)
                && difference.abs().compareTo(HALF_FEN_OF_WAN.multiply(BigDecimal.valueOf(addends))) <= 0) {
            severity = Severity.WARNING;
            message = message + "（差额在 " + addends + " 个万元数的四舍五入容差内）";
        }
        return new Finding(rule.id(), severity, at.part(), at.table(), at.row(), at.column(), provided.yuan(),
                expected.yuan(), difference, message);
    }

    /** "358.64万元" (HALF_UP, as published). */
    static String wan(Amount a) {
        return a.inWanYuan().toPlainString() + "万元";
    }

    private static boolean wholeHundreds(Amount a) {
        return a.yuan().remainder(HUNDRED).signum() == 0;
    }
}
