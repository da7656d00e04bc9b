package org.fiscaldisclosure.disclosure.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
 * A table's classification rows as data: the levels of its classification (functional 类/款/项 by 3/5/7-digit codes,
 * economic 类/款 by 3/5 digits), the columns that hold amounts, and the leaf rows (those no other row of the table
 * details), each with the codes and names of its levels and its exact amounts in 元. Leaves only, so that the
 * amounts of a CSV add up without counting a 类 and its 款 twice; rows that are not classification rows (合计, fixed
 * rows) are left out.
 */
record ClassifiedTable(Classification classification, List<Level> levels, List<Column> measures, List<Leaf> leaves) {

    /** A level of the classification: its field name stem, Chinese name and code length. */
    record Level(String key, String name, int digits) {
    }

    /** One leaf row: code and name per level (empty beyond its own level), amounts per measure (null when blank). */
    record Leaf(List<String> codes, List<String> labels, List<BigDecimal> amounts) {
    }

    static List<Level> levels(Classification c) {
        List<Level> all = List.of(new Level("class", "类", 3), new Level("subclass", "款", 5), new Level("item", "项", 7));
        return c == Classification.FUNCTIONAL ? all : all.subList(0, 2);
    }

    static String prefix(Classification c) {
        return c == Classification.FUNCTIONAL ? "functional" : "economic";
    }

    /** The table's classified rows, or null when it follows no classification or has no classified row. */
    static ClassifiedTable of(DocumentTable t) {
        if (t.classification() == null) {
            return null;
        }
        List<Level> levels = levels(t.classification());
        List<TableRow> rows = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (TableRow r : t.rows()) {
            if (classified(r, levels)) {
                String code = r.code().trim();
                rows.add(r);
                names.put(code, label(r, code));
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        List<Integer> measureIndexes = measureColumns(t, rows);
        List<Column> measures = measureIndexes.stream().map(i -> t.columns().get(i)).toList();
        List<Leaf> leaves = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String code = rows.get(i).code().trim();
            boolean detailed = rows.stream().map(r -> r.code().trim()).anyMatch(c -> c.length() > code.length() && c.startsWith(code));
            if (detailed) {
                continue;
            }
            List<String> codes = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (Level l : levels) {
                String part = code.length() >= l.digits() ? code.substring(0, l.digits()) : "";
                codes.add(part);
                labels.add(part.isEmpty() ? "" : names.getOrDefault(part, ""));
            }
            Map<Integer, Cell> byColumn = byColumn(rows.get(i));
            List<BigDecimal> amounts = measureIndexes.stream().map(c -> {
                Cell cell = byColumn.get(c);
                return cell != null && cell.kind() == CellKind.AMOUNT ? cell.value() : null;
            }).toList();
            leaves.add(new Leaf(codes, labels, amounts));
        }
        return new ClassifiedTable(t.classification(), levels, measures, leaves);
    }

    /** Whether a row is a classification row: its code all digits, as long as one of the levels' codes. */
    static boolean classified(TableRow r, List<Level> levels) {
        String code = r.code() == null ? "" : r.code().trim();
        return code.matches("[0-9]+") && levels.stream().anyMatch(l -> l.digits() == code.length());
    }

    /** The row's name: its first text cell that is not a code (a 类/款/项 code column holds digits only). */
    private static String label(TableRow r, String code) {
        for (Cell c : r.cells()) {
            if (c.kind() == CellKind.TEXT && c.text() != null) {
                String text = c.text().strip();
                if (!text.isEmpty() && !text.equals(code) && !text.matches("[0-9]+")) {
                    return text;
                }
            }
        }
        return "";
    }

    /** Cells by the index of the column they start in (a cell spanning n columns moves the next one n columns on). */
    static Map<Integer, Cell> byColumn(TableRow r) {
        Map<Integer, Cell> m = new HashMap<>();
        int c = 0;
        for (Cell cell : r.cells()) {
            m.put(c, cell);
            c += cell.colspan();
        }
        return m;
    }

    private static List<Integer> measureColumns(DocumentTable t, List<TableRow> rows) {
        Set<Integer> amounts = new LinkedHashSet<>();
        for (TableRow r : rows) {
            byColumn(r).forEach((c, cell) -> {
                if (cell.kind() == CellKind.AMOUNT && c < t.columns().size()) {
                    amounts.add(c);
                }
            });
        }
        return amounts.stream().sorted().toList();
    }
}
