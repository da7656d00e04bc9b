package org.fiscaldisclosure.disclosure.rendering;

import java.math.BigDecimal;
import java.util.List;
import org.fiscaldisclosure.contracts.document.Cell;
import org.fiscaldisclosure.contracts.document.CellKind;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.contracts.document.TableRow;
import org.fiscaldisclosure.contracts.value.Rounding;

/**
 * How a table cell is shown in the published page and PDF: AMOUNT in 万元 rounded HALF_UP to two decimals (the one
 * rounding policy, from the exact 元), PERCENT with two decimals and {@code %}, NUMBER as given, TEXT as written.
 */
final class CellText {

    private CellText() {
    }

    static String of(Cell cell) {
        return switch (cell.kind()) {
            case TEXT -> cell.text() == null ? "" : cell.text();
            case AMOUNT -> Rounding.wanYuan(cell.value()).toPlainString();
            case PERCENT -> cell.value().setScale(Rounding.SCALE, Rounding.MODE).toPlainString() + "%";
            case NUMBER -> cell.value().toPlainString();
            case EMPTY -> "";
        };
    }

    static boolean numeric(Cell cell) {
        return cell.kind() == CellKind.AMOUNT || cell.kind() == CellKind.NUMBER || cell.kind() == CellKind.PERCENT;
    }

    /** The percentage as the fraction a spreadsheet cell holds (12.34 → 0.1234). */
    static BigDecimal fraction(Cell cell) {
        return cell.value().movePointLeft(2);
    }

    /** Whether the table has a money cell, so that it is captioned 单位：万元. */
    static boolean hasAmounts(DocumentTable table) {
        return table.rows().stream().map(TableRow::cells).flatMap(List::stream).anyMatch(c -> c.kind() == CellKind.AMOUNT);
    }
}
