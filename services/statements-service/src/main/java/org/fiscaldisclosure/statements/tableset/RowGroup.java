package org.fiscaldisclosure.statements.tableset;

import java.util.List;
import java.util.Optional;

/**
 * Rows of one kind within a table: {@code fixed} rows named by key, or classification rows ({@code func}: 功能分类
 * 类/款/项 of 3/5/7 digits; {@code econ}: 经济分类 类/款 of 3/5 digits) at the listed levels; with their columns, and
 * the computed rows the published table prints with the group ({@code totals}, never entered: 合计 of a classification
 * group, 人员经费合计/公用经费合计, 表4's 本年收入合计/收入总计/支出总计).
 */
public record RowGroup(String kind, String side, List<String> levels, List<ColumnDef> columns, List<FixedRow> rows,
                       List<TotalRow> totals) {

    public RowGroup {
        levels = levels == null ? List.of() : List.copyOf(levels);
        rows = rows == null ? List.of() : List.copyOf(rows);
        totals = totals == null ? List.of() : List.copyOf(totals);
    }

    public boolean isClassification() {
        return "func".equals(kind) || "econ".equals(kind);
    }

    public boolean accepts(String code) {
        if (!isClassification()) {
            return rows.stream().anyMatch(r -> r.key().equals(code));
        }
        return allDigits(code) && levels.contains(Level.ofLength(kind, code.length()));
    }

    /** Whether every char is a digit (a plain loop: the stream it replaced showed in the write profile). */
    private static boolean allDigits(String code) {
        for (int i = 0; i < code.length(); i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public boolean hasColumn(String key) {
        return columns.stream().anyMatch(c -> c.key().equals(key));
    }

    public Optional<FixedRow> fixedRow(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** The classification level of a code by its length: 1 类, 2 款, 3 项 (0 for anything else). */
    public static int levelOf(String kind, String code) {
        return switch (Level.ofLength(kind, code.length())) {
            case "类" -> 1;
            case "款" -> 2;
            case "项" -> 3;
            default -> 0;
        };
    }

    /** Classification levels by code length. */
    public static final class Level {
        private Level() {
        }

        public static String ofLength(String kind, int length) {
            return switch (length) {
                case 3 -> "类";
                case 5 -> "款";
                case 7 -> "func".equals(kind) ? "项" : "?";
                default -> "?";
            };
        }
    }
}
