package org.fiscaldisclosure.contracts.document;

import java.math.BigDecimal;

/**
 * One cell of a table row.
 *
 * @param kind    how to read it
 * @param value   the number for AMOUNT (exact 元), NUMBER and PERCENT; null otherwise
 * @param text    the text for TEXT; null otherwise
 * @param colspan how many columns it covers (1 for a plain cell)
 */
public record Cell(CellKind kind, BigDecimal value, String text, int colspan) {

    public Cell {
        if (colspan < 1) {
            colspan = 1;
        }
    }

    public static Cell text(String text) {
        return new Cell(CellKind.TEXT, null, text, 1);
    }

    public static Cell amount(BigDecimal yuan) {
        return yuan == null ? empty() : new Cell(CellKind.AMOUNT, yuan, null, 1);
    }

    public static Cell number(BigDecimal value) {
        return value == null ? empty() : new Cell(CellKind.NUMBER, value, null, 1);
    }

    public static Cell percent(BigDecimal value) {
        return value == null ? empty() : new Cell(CellKind.PERCENT, value, null, 1);
    }

    public static Cell empty() {
        return new Cell(CellKind.EMPTY, null, null, 1);
    }

    /** The same cell spanning {@code n} columns. */
    public Cell spanning(int n) {
        return new Cell(kind, value, text, n);
    }
}
