package org.fiscaldisclosure.statements.rules;

import java.math.BigDecimal;
import java.util.List;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.validation.Severity;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.statements.figures.StatementsContext;

/**
 * Builds statements findings located to a table of the year's set (T1…T10), a row code and a column key, applying
 * the suite's rounding tolerance once: figures taken from tables published in 万元 are whole hundreds of 元, and a
 * sum of k such rounded parts may miss its rounded total by up to k × 0.005 万元 (k × 50 元). Such a gap is reported
 * as a WARNING; any other gap with the rule's own severity. A part transcribed as printed in 万元
 * ({@code figureBasis} WAN_YUAN_AS_PRINTED) keeps its printed totals: a gap of a printed total from its k printed items
 * is an INFO within k × 0.01 万元 (each item and the total rounded on their own: at most (k + 1) × 0.005 万元 apart)
 * and a WARNING beyond, never FATAL.
 */
final class Located {

    static final String PART = "final-accounts";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF_FEN_OF_WAN = BigDecimal.valueOf(50);
    /** 0.01 万元 in 元: the tolerance per printed item of a part transcribed as printed in 万元. */
    private static final BigDecimal FEN_OF_WAN = BigDecimal.valueOf(100);

    private Located() {
    }

    static List<Finding> equal(RuleDefinition rule, StatementsContext ctx, String table, String row, String column,
                               Amount provided, Amount expected, int addends, String detail) {
        if (provided.equals(expected)) {
            return List.of();
        }
        return List.of(compared(rule, ctx, table, row, column, provided.yuan(), expected.yuan(), addends, detail));
    }

    static List<Finding> atMost(RuleDefinition rule, StatementsContext ctx, String table, String row, String column,
                                Amount provided, Amount ceiling, String detail) {
        if (provided.compareTo(ceiling) <= 0) {
            return List.of();
        }
        return List.of(compared(rule, ctx, table, row, column, provided.yuan(), ceiling.yuan(), 0, detail));
    }

    static Finding compared(RuleDefinition rule, StatementsContext ctx, String table, String row, String column,
                            BigDecimal provided, BigDecimal expected, int addends, String detail) {
        BigDecimal difference = provided.subtract(expected);
        Severity severity = rule.severity();
        String message = detail == null ? rule.message() : rule.message() + "：" + detail;
        if (addends > 0 && ctx.part().asPrinted()) {
            // transcribed as printed in 万元: the printed total is kept; its gap from the printed items is reported
            boolean within = difference.abs().compareTo(FEN_OF_WAN.multiply(BigDecimal.valueOf(addends))) <= 0;
            severity = within ? Severity.INFO : Severity.WARNING;
            message = message + (within ? "（按万元照录，差额在 " + addends + " 项 × 0.01 万元的四舍五入容差内，合计照录公布数）"
                    : "（按万元照录，差额超出 " + addends + " 项 × 0.01 万元的四舍五入容差，请核对所印数）");
        } else if (addends > 0 && roundedToWan(provided) && roundedToWan(expected)
                && difference.abs().compareTo(HALF_FEN_OF_WAN.multiply(BigDecimal.valueOf(addends))) <= 0) {
            severity = Severity.WARNING;
            message = message + "（差额在 " + addends + " 项四舍五入容差内）";
        }
        return new Finding(rule.id(), severity, PART, ctx.figures().set().label(table), row, column, provided, expected,
                difference, message);
    }

    static Finding stated(RuleDefinition rule, StatementsContext ctx, String table, String row, String column, String detail) {
        return new Finding(rule.id(), rule.severity(), PART, table == null ? null : ctx.figures().set().label(table), row,
                column, null, null, null, detail == null ? rule.message() : rule.message() + "：" + detail);
    }

    private static boolean roundedToWan(BigDecimal yuan) {
        return yuan.remainder(HUNDRED).signum() == 0;
    }
}
