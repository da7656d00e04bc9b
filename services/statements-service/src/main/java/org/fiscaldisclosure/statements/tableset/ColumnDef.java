package org.fiscaldisclosure.statements.tableset;

/**
 * A column: its key in the data, its title in the published table, and the upper header it sits under where the
 * template has one (e.g. {@code 本年支出} over 合计/基本支出/项目支出), else null.
 *
 * @param printedIn where the published table prints this column's figures when it is not a column of its own: the key
 *                  of another column of the table (表4's 年末财政拨款结转和结余 are entered as {@code amount} and printed
 *                  under 合计, {@code total}); null for a column printed as itself. Entry (JSON, workbooks) is unchanged
 */
public record ColumnDef(String key, String title, String group, String printedIn) {

    /** A column printed as itself. */
    public ColumnDef(String key, String title, String group) {
        this(key, title, group, null);
    }
}
