package org.fiscaldisclosure.disclosure.rendering;

import java.util.ArrayList;
import java.util.List;
import org.fiscaldisclosure.contracts.document.Cell;
import org.fiscaldisclosure.contracts.document.CellKind;
import org.fiscaldisclosure.contracts.document.Column;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.contracts.document.TableRow;

/**
 * 表10 财政拨款“三公”经费支出决算表 as the form prints it: the items (合计, 因公出国（境）费, 公务用车购置及运行费 with its
 * 购置费 and 运行费, 公务接待费) across, under 预算数 on the left and 决算数 on the right, with one line of figures. The
 * part sends it as rows (one per item, a column per 预算数 and 决算数), which the JSON and the data package keep.
 */
final class Across {

    /** The table id of 表10 in the statements part. */
    static final String THREE_PUBLIC = "T10";

    private Across() {
    }

    /** 表10 turned across; any other table, or a 表10 not shaped as a name and amounts per row, as it is. */
    static DocumentTable presented(DocumentTable t) {
        if (!THREE_PUBLIC.equals(t.id()) || t.rows().isEmpty() || t.columns().size() < 2) {
            return t;
        }
        for (TableRow r : t.rows()) {
            if (r.cells().size() != t.columns().size() || r.cells().get(0).kind() != CellKind.TEXT
                    || r.cells().stream().skip(1).anyMatch(c -> c.kind() != CellKind.AMOUNT && c.kind() != CellKind.EMPTY)) {
                return t;
            }
        }
        List<Column> columns = new ArrayList<>();
        List<Cell> figures = new ArrayList<>();
        for (int measure = 1; measure < t.columns().size(); measure++) {
            Column m = t.columns().get(measure);
            for (TableRow r : t.rows()) {
                columns.add(new Column(m.key() + "." + (r.code() == null ? columns.size() : r.code()),
                        r.cells().get(0).text().strip(), m.label()));
                figures.add(r.cells().get(measure));
            }
        }
        return new DocumentTable(t.id(), t.title(), t.code(), columns, List.of(new TableRow(null, 0, false, figures)), t.notes(),
                t.classification());
    }
}
