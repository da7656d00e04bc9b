package org.fiscaldisclosure.statements.tableset;

/**
 * A row the published table prints for a classification group without it being entered: its figures are computed
 * from the group's rows ({@code total}: the column totals over the 类, printed {@code 合计}; {@code personnel} and
 * {@code publicUse}: 人员经费合计 and 公用经费合计 of a 基本支出 table by economic class).
 *
 * @param footer printed after the group's rows (else before them)
 */
public record TotalRow(String key, String name, boolean footer) {
}
