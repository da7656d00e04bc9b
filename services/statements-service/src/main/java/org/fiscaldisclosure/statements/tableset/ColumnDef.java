package org.fiscaldisclosure.statements.tableset;

/**
 * A column: its key in the data, its title in the published table, and the upper header it sits under where the
 * template has one (e.g. {@code 本年支出} over 合计/基本支出/项目支出), else null.
 */
public record ColumnDef(String key, String title, String group) {
}
