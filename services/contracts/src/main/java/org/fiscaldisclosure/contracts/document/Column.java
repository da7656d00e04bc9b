package org.fiscaldisclosure.contracts.document;

/**
 * A column of a table.
 *
 * @param key   stable key (data package field name, finding column), e.g. {@code basicExpenditure}
 * @param label the published header, e.g. {@code 基本支出}
 * @param group the upper header it sits under (e.g. {@code 本年支出}), or null; consecutive columns with the same
 *              group share one upper header cell
 */
public record Column(String key, String label, String group) {
}
