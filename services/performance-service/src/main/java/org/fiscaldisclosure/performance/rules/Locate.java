package org.fiscaldisclosure.performance.rules;

import java.math.BigDecimal;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;

/**
 * Where a performance finding points: {@code table} is the JSON Pointer of the table in the part
 * ({@code /projects/8}, {@code /department}, {@code /reports/0}), {@code row} the row as the table labels it (for an
 * indicator 一级/二级/三级), {@code column} the column's printed name; the message names the project.
 */
final class Locate {

    static final String PART = "performance";
    static final String DEPARTMENT = "/department";
    private static final int QUOTE_LIMIT = 60;

    private Locate() {
    }

    static String table(int index) {
        return "/projects/" + index;
    }

    static String report(int index) {
        return "/reports/" + index;
    }

    /** "P05 西城区…（第6张自评表）" */
    static String who(int index, ProjectEvaluation p) {
        return p.projectCode() + " " + p.name() + "（第" + (index + 1) + "张自评表）";
    }

    static Finding stated(RuleDefinition rule, String table, String row, String column, String detail) {
        return new Finding(rule.id(), rule.severity(), PART, table, row, column, null, null, null,
                rule.message() + "：" + detail);
    }

    static Finding compared(RuleDefinition rule, String table, String row, String column, BigDecimal provided,
                            BigDecimal expected, String detail) {
        return new Finding(rule.id(), rule.severity(), PART, table, row, column, provided, expected,
                provided.subtract(expected), rule.message() + "：" + detail);
    }

    /** A text cell quoted for a message, shortened when long. */
    static String quote(String text) {
        if (text == null || text.isBlank()) {
            return "（空白）";
        }
        String t = text.strip();
        return "“" + (t.length() > QUOTE_LIMIT ? t.substring(0, QUOTE_LIMIT) + "…" : t) + "”";
    }

    /** Where two texts part: "本表“…更加科学…”，第一张“…科学合理…”", around the first differing character. */
    static String contrast(String copy, String first) {
        int at = 0;
        while (at < copy.length() && at < first.length() && copy.charAt(at) == first.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 8);
        return "本表" + window(copy, from) + "，第一张" + window(first, from);
    }

    private static String window(String s, int from) {
        if (s.isEmpty()) {
            return "（空白）";
        }
        int to = Math.min(s.length(), from + 24);
        return "“" + (from > 0 ? "…" : "") + s.substring(Math.min(from, s.length()), to) + (to < s.length() ? "…" : "") + "”";
    }

    static String plain(BigDecimal n) {
        return n == null ? "（空白）" : n.stripTrailingZeros().toPlainString();
    }
}
