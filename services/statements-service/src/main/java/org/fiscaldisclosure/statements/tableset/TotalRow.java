package org.fiscaldisclosure.statements.tableset;

/**
 * A row the published table prints with a group without it being entered: its figures are computed
 * ({@code total}: the column totals over the 类, printed {@code 合计}; {@code personnel} and {@code publicUse}:
 * 人员经费合计 and 公用经费合计 of a 基本支出 table by economic class; {@code appropriationIncomeTotal},
 * {@code appropriationGrandIncomeTotal}, {@code appropriationGrandExpenditureTotal}: 表4's 本年收入合计, 收入总计 and
 * 支出总计, see {@code StatementFigures.totalRow}).
 *
 * @param footer printed after the group's rows (else before them)
 */
public record TotalRow(String key, String name, boolean footer) {
}
