package org.fiscaldisclosure.procurement.mapping;

import java.util.ArrayList;
import java.util.List;
import org.fiscaldisclosure.platform.xlsx.CellBindings;
import org.fiscaldisclosure.platform.xlsx.LocatedCell;
import org.fiscaldisclosure.platform.xlsx.SheetCells;

/** The data rows under a located header, and their cells bound to the fields they fill. */
final class SheetRows {

    private SheetRows() {
    }

    /** The rows below {@code header} with anything in the header's columns; blank rows are skipped. */
    static List<Integer> below(SheetCells sheet, SheetCells.Header header) {
        List<Integer> rows = new ArrayList<>();
        for (int r = header.row() + 1; r <= sheet.lastRow(); r++) {
            int row = r;
            if (!header.columns().values().stream().map(c -> sheet.at(row, c)).allMatch(LocatedCell::isBlank)) {
                rows.add(r);
            }
        }
        return rows;
    }

    /** The unit line under a table's title. */
    static String caption(String unitCode, int year) {
        return "编制单位：" + unitCode + "　　" + year + "年度";
    }

    /** One data row: its cells by header label, each bound to its field under {@code pointer} (ending in /). */
    record Bound(SheetCells sheet, SheetCells.Header header, int row, String pointer, CellBindings bindings) {

        LocatedCell cell(String label, String field) {
            LocatedCell cell = sheet.at(row, header.column(label));
            bindings.bind(pointer + field, cell, label);
            return cell;
        }
    }
}
