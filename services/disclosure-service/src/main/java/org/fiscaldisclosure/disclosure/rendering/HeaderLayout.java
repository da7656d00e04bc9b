package org.fiscaldisclosure.disclosure.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fiscaldisclosure.contracts.document.Column;

/**
 * The header rows of a table: one row of labels, or two when a column has a group ({@link Column#group()}):
 * consecutive columns of the same group share one upper cell spanning them, and a column without a group spans both
 * rows. Used by the page (th colspan/rowspan) and the workbook (merged cells) alike.
 *
 * @param depth 1 or 2 header rows
 * @param cells every header cell, top row first, left to right
 */
record HeaderLayout(int depth, List<HeaderCell> cells) {

    /** One header cell at 0-based {@code row} and {@code column}, spanning {@code rowspan} × {@code colspan}. */
    record HeaderCell(String label, int row, int column, int rowspan, int colspan) {
    }

    static HeaderLayout of(List<Column> columns) {
        boolean grouped = columns.stream().anyMatch(c -> c.group() != null && !c.group().isBlank());
        List<HeaderCell> top = new ArrayList<>();
        List<HeaderCell> bottom = new ArrayList<>();
        int i = 0;
        while (i < columns.size()) {
            Column c = columns.get(i);
            String group = c.group() == null || c.group().isBlank() ? null : c.group();
            if (!grouped || group == null) {
                top.add(new HeaderCell(c.label(), 0, i, grouped ? 2 : 1, 1));
                i++;
                continue;
            }
            int start = i;
            while (i < columns.size() && Objects.equals(group, columns.get(i).group())) {
                bottom.add(new HeaderCell(columns.get(i).label(), 1, i, 1, 1));
                i++;
            }
            top.add(new HeaderCell(group, 0, start, 1, i - start));
        }
        List<HeaderCell> all = new ArrayList<>(top);
        all.addAll(bottom);
        return new HeaderLayout(grouped ? 2 : 1, List.copyOf(all));
    }

    List<HeaderCell> row(int row) {
        return cells.stream().filter(c -> c.row() == row).toList();
    }
}
