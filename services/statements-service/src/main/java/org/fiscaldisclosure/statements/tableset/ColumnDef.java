package org.fiscaldisclosure.statements.tableset;

/** A column: its key in the data and its title in the published table. */
public record ColumnDef(String key, String title) {
}
