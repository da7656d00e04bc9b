package org.fiscaldisclosure.statements.tableset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One table of a set: its key (its role), number, title, the form code printed with it where the template has one
 * (e.g. {@code 公开01表}; null otherwise), and its row groups.
 */
public record TableLayout(String key, int number, String title, String code, List<RowGroup> rowGroups) {

    /** The printed header of the code column of a table with classification rows. */
    public static final String CODE_LABEL = "编码";
    /** The printed header of the row-name column. */
    public static final String ITEM_LABEL = "项目";

    /** The group a row code belongs to: a fixed row key, or a classification code of an allowed level. */
    public Optional<RowGroup> groupOf(String code) {
        return rowGroups.stream().filter(g -> g.accepts(code)).findFirst();
    }

    /** The table's amount columns left to right: the union of its row groups' columns, in order of first appearance. */
    public List<ColumnDef> columnsInOrder() {
        Map<String, ColumnDef> columns = new LinkedHashMap<>();
        for (RowGroup g : rowGroups) {
            g.columns().forEach(c -> columns.putIfAbsent(c.key(), c));
        }
        return new ArrayList<>(columns.values());
    }

    /** The kind of the table's classification rows ({@code func} or {@code econ}), if it has any. */
    public Optional<String> classificationKind() {
        return rowGroups.stream().filter(RowGroup::isClassification).map(RowGroup::kind).findFirst();
    }
}
