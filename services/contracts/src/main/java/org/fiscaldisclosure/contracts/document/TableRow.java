package org.fiscaldisclosure.contracts.document;

import java.util.List;

/**
 * A row of a table: its cells, aligned with the table's columns (a cell with {@code colspan} n covers n columns).
 *
 * @param code     the row's address where it has one (a classification code such as {@code 2010301}, a fixed row's
 *                 key such as {@code 本年收入合计}, an indicator path), or null; findings name rows by it
 * @param level    the classification level (1 类, 2 款, 3 项) or 0 for a row that is not a classification row
 * @param emphasis a total or subtotal row, shown bold
 * @param side     for a table printed in two sides (表1 and 表4 收入 | 支出, 表6 and 表8 人员经费 | 公用经费), the label of
 *                 the row's side; renderers show the sides next to each other, in order of first appearance, and
 *                 machine-readable forms keep the one list of rows. Null for a table printed as one list
 * @param cells    the cells
 */
public record TableRow(String code, int level, boolean emphasis, String side, List<Cell> cells) {

    public TableRow {
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    /** A row of a one-sided table. */
    public TableRow(String code, int level, boolean emphasis, List<Cell> cells) {
        this(code, level, emphasis, null, cells);
    }
}
