package org.fiscaldisclosure.disclosure.rendering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fiscaldisclosure.contracts.document.Cell;
import org.fiscaldisclosure.contracts.document.CellKind;
import org.fiscaldisclosure.contracts.document.Classification;
import org.fiscaldisclosure.contracts.document.Column;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.contracts.document.TableRow;

/**
 * A two-sided table as the form prints it (表1 收入 | 支出, 表6 人员经费 | 公用经费): the rows of each side
 * ({@link TableRow#side()}) next to the other side's, the sides in the form's order (收入 and 人员经费 on the left), each side with the columns its rows fill, under the side's label
 * as the upper header. Totals face each other: each side is cut after every emphasised row, and the pieces of the
 * same rank are padded to the same height (blank rows above a total, below anything else), so 本年收入合计 stands
 * beside 本年支出合计 and 收入总计 beside 支出总计. The page and the workbook show this; the JSON and the data package keep
 * the one list of rows. A table without sides, or with a spanning cell, is shown as it is.
 */
final class SideBySide {

    private SideBySide() {
    }

    /** The form's two-sided tables of the economic classification: 表6 and 表8, 人员经费 | 公用经费. */
    static final Set<String> PERSONNEL_AND_PUBLIC_USE = Set.of("T6", "T8");

    /** The table as shown: side by side when its rows name two sides or more, else the table itself. */
    static DocumentTable presented(DocumentTable t) {
        if (t.rows().isEmpty()) {
            return emptyTwoSided(t);
        }
        Map<String, List<TableRow>> sides = new LinkedHashMap<>();
        for (TableRow r : t.rows()) {
            if (r.cells().stream().anyMatch(c -> c.colspan() > 1) || r.cells().size() != t.columns().size()) {
                return t;
            }
            String side = r.side() != null ? r.side() : sides.keySet().stream().findFirst().orElse("");
            sides.computeIfAbsent(side, k -> new ArrayList<>()).add(r);
        }
        if (sides.size() < 2) {
            return t;
        }
        List<Column> columns = new ArrayList<>();
        List<List<Integer>> shown = new ArrayList<>();
        List<List<List<TableRow>>> pieces = new ArrayList<>();
        for (Map.Entry<String, List<TableRow>> side : inFormOrder(sides).entrySet()) {
            List<Integer> filled = filledColumns(t, side.getValue());
            shown.add(filled);
            filled.forEach(i -> columns.add(new Column(side.getKey() + "." + t.columns().get(i).key(),
                    t.columns().get(i).label(), side.getKey())));
            pieces.add(piecesOf(side.getValue()));
        }
        int ranks = pieces.stream().mapToInt(List::size).max().orElse(0);
        List<TableRow> rows = new ArrayList<>();
        for (int rank = 0; rank < ranks; rank++) {
            List<List<TableRow>> aligned = new ArrayList<>();
            int height = 0;
            for (List<List<TableRow>> side : pieces) {
                List<TableRow> piece = rank < side.size() ? side.get(rank) : List.of();
                aligned.add(piece);
                height = Math.max(height, piece.size());
            }
            for (int line = 0; line < height; line++) {
                List<Cell> cells = new ArrayList<>();
                boolean emphasis = false;
                for (int s = 0; s < aligned.size(); s++) {
                    TableRow r = at(aligned.get(s), line, height);
                    emphasis |= r != null && r.emphasis();
                    for (int i : shown.get(s)) {
                        cells.add(r == null ? Cell.empty() : r.cells().get(i));
                    }
                }
                rows.add(new TableRow(null, 0, emphasis, cells));
            }
        }
        return new DocumentTable(t.id(), t.title(), t.code(), columns, rows, t.notes(), t.classification());
    }

    /**
     * An empty 表6 or 表8 with the form's two sides all the same: its columns under 人员经费 and again under 公用经费
     * (an empty table has no rows to name their sides). Any other empty table, or one whose columns already have an
     * upper header, as it is.
     */
    private static DocumentTable emptyTwoSided(DocumentTable t) {
        if (t.id() == null || !PERSONNEL_AND_PUBLIC_USE.contains(t.id()) || t.classification() != Classification.ECONOMIC
                || t.columns().isEmpty() || t.columns().stream().anyMatch(c -> c.group() != null && !c.group().isBlank())) {
            return t;
        }
        List<Column> columns = new ArrayList<>();
        for (String side : List.of("人员经费", "公用经费")) {
            t.columns().forEach(c -> columns.add(new Column(side + "." + c.key(), c.label(), side)));
        }
        return new DocumentTable(t.id(), t.title(), t.code(), columns, List.of(), t.notes(), t.classification());
    }

    /** The sides the form prints first on the left: 收入 before 支出, 人员经费 before 公用经费. */
    static final List<String> LEFT_FIRST = List.of("收入", "支出", "人员经费", "公用经费");

    /** The sides in the form's order ({@link #LEFT_FIRST}); a side it does not name keeps its place after those. */
    private static Map<String, List<TableRow>> inFormOrder(Map<String, List<TableRow>> sides) {
        Map<String, List<TableRow>> ordered = new LinkedHashMap<>();
        LEFT_FIRST.stream().filter(sides::containsKey).forEach(s -> ordered.put(s, sides.get(s)));
        sides.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /**
     * The columns any of the rows fills (a text column left empty on every row of the side is not shown); the code
     * column of an economic classification table (表6, 表8) is shown on both sides, as the form prints 编码 on both.
     */
    private static List<Integer> filledColumns(DocumentTable t, List<TableRow> rows) {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) {
            int column = i;
            boolean codeColumn = t.classification() == Classification.ECONOMIC && "code".equals(t.columns().get(i).key());
            if (codeColumn || rows.stream().anyMatch(r -> r.cells().get(column).kind() != CellKind.EMPTY)) {
                filled.add(i);
            }
        }
        return filled.isEmpty() ? List.of(0) : filled;
    }

    /** The side's rows cut after each emphasised row. */
    private static List<List<TableRow>> piecesOf(List<TableRow> rows) {
        List<List<TableRow>> pieces = new ArrayList<>();
        List<TableRow> piece = new ArrayList<>();
        for (TableRow r : rows) {
            piece.add(r);
            if (r.emphasis()) {
                pieces.add(piece);
                piece = new ArrayList<>();
            }
        }
        if (!piece.isEmpty()) {
            pieces.add(piece);
        }
        return pieces;
    }

    /** The row of a piece at a line of its padded height: a piece that ends in a total is padded above the total. */
    private static TableRow at(List<TableRow> piece, int line, int height) {
        if (piece.isEmpty()) {
            return null;
        }
        boolean endsInTotal = piece.get(piece.size() - 1).emphasis();
        int blanks = height - piece.size();
        if (!endsInTotal) {
            return line < piece.size() ? piece.get(line) : null;
        }
        if (line < piece.size() - 1) {
            return piece.get(line);
        }
        if (line < piece.size() - 1 + blanks) {
            return null;
        }
        return piece.get(line - blanks);
    }
}
