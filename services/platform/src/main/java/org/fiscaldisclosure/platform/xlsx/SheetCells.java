package org.fiscaldisclosure.platform.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The non-blank cells of one sheet, each located, found by position or by the text they hold. Texts are compared
 * without whitespace (spaces, full-width spaces, line breaks in wrapped headers).
 */
public final class SheetCells {

    private final String name;
    private final TreeMap<Long, LocatedCell> cells = new TreeMap<>();

    SheetCells(String name, List<LocatedCell> located) {
        this.name = name;
        for (LocatedCell c : located) {
            if (!c.isBlank()) {
                cells.put(key(c.row(), c.column()), c);
            }
        }
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    public String name() {
        return name;
    }

    /** The cell at a 0-based position; a blank one when nothing is there. */
    public LocatedCell at(int row, int column) {
        LocatedCell c = cells.get(key(row, column));
        return c != null ? c : LocatedCell.blank(name, row, column);
    }

    /** The non-blank cells, row by row. */
    public List<LocatedCell> cells() {
        return new ArrayList<>(cells.values());
    }

    /** The last row holding anything, -1 for an empty sheet. */
    public int lastRow() {
        return cells.isEmpty() ? -1 : cells.lastEntry().getValue().row();
    }

    /** The first cell (row by row) whose text is {@code text}. */
    public Optional<LocatedCell> find(String text) {
        String wanted = normalize(text);
        return cells.values().stream()
                .filter(c -> c.kind() == LocatedCell.Kind.TEXT && normalize(c.text()).equals(wanted))
                .findFirst();
    }

    /**
     * The header row: the first row holding every one of {@code labels}, with the column of each. Records a
     * problem naming the labels it cannot find and answers empty when there is no such row.
     */
    public Optional<Header> header(List<String> labels, WorkbookProblems problems) {
        Map<Integer, Map<String, Integer>> byRow = new TreeMap<>();
        for (LocatedCell c : cells.values()) {
            if (c.kind() != LocatedCell.Kind.TEXT) {
                continue;
            }
            String text = normalize(c.text());
            for (String label : labels) {
                if (normalize(label).equals(text)) {
                    byRow.computeIfAbsent(c.row(), r -> new LinkedHashMap<>()).putIfAbsent(label, c.column());
                }
            }
        }
        for (Map.Entry<Integer, Map<String, Integer>> row : byRow.entrySet()) {
            if (row.getValue().size() == labels.size()) {
                return Optional.of(new Header(name, row.getKey(), row.getValue()));
            }
        }
        Map<String, Integer> best = byRow.values().stream().max((a, b) -> a.size() - b.size()).orElse(Map.of());
        List<String> missing = labels.stream().filter(l -> !best.containsKey(l)).toList();
        problems.atSheet(name, "找不到表头（缺少“" + String.join("”“", missing) + "”）");
        return Optional.empty();
    }

    static String normalize(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }

    /** A located header row: the row and the column of each label. */
    public record Header(String sheet, int row, Map<String, Integer> columns) {

        public Header {
            columns = Map.copyOf(columns);
        }

        public int column(String label) {
            Integer c = columns.get(label);
            if (c == null) {
                throw new IllegalArgumentException("no header " + label + " on " + sheet);
            }
            return c;
        }
    }
}
