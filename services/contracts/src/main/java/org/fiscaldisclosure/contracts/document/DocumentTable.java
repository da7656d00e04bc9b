package org.fiscaldisclosure.contracts.document;

import java.util.List;

/**
 * A published table.
 *
 * @param id             stable id ({@code T1} … {@code T12}, {@code P4-…})
 * @param title          the title without its number, e.g. {@code 收入决算表}
 * @param code           the form code printed with it where the template has one (e.g. {@code 公开01表}), or null
 * @param columns        the columns, left to right
 * @param rows           the rows, top to bottom
 * @param notes          notes printed under the table (注：…, the fixed statement of an empty table), final text
 * @param classification the classification its coded rows follow, or null
 */
public record DocumentTable(String id, String title, String code, List<Column> columns, List<TableRow> rows,
                            List<String> notes, Classification classification) {

    public DocumentTable {
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : List.copyOf(rows);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
