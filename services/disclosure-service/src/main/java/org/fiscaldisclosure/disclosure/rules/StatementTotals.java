package org.fiscaldisclosure.disclosure.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.contracts.part.statements.StatementTable;
import org.fiscaldisclosure.contracts.value.Amount;

/**
 * The statements' totals the cross-part rules compare with, read the way the published tables mean them (as the
 * statements service computes its headline): a classification row that is not entered is the sum of its children
 * (类 = Σ款 = Σ项), a column's total is the sum over its 类, and stated totals are not used as figures.
 */
public record StatementTotals(FinalAccounts part) {

    static final String SUMMARY = "summary";
    static final String EXPENDITURE = "expenditure";
    static final String AMOUNT = "amount";
    static final List<String> INCOME_SOURCES = List.of("generalBudgetAppropriation", "governmentFundAppropriation",
            "stateCapitalAppropriation", "superiorSubsidy", "businessIncome", "operatingIncome", "affiliatedRemittance",
            "otherIncome");

    /** 表1 本年支出合计: Σ 类 of table 1. */
    public Total expenditureTotal() {
        return columnTotal(SUMMARY, AMOUNT);
    }

    /** 表1 收入总计 = 本年收入合计 (the eight sources) + 使用非财政拨款结余 + 年初结转和结余. */
    public Total grandIncomeTotal() {
        List<String> rows = new ArrayList<>(INCOME_SOURCES);
        rows.add("useOfNonAppropriationBalance");
        rows.add("carryOverAtStart");
        Amount sum = Amount.sum(rows.stream().map(r -> fixed(SUMMARY, r)).toList());
        return new Total(sum, (int) rows.stream().filter(r -> !fixed(SUMMARY, r).isZero()).count());
    }

    /** 表3 本年支出 of one use (basic 基本支出, project 项目支出, …): Σ 类 of the column. */
    public Total use(String column) {
        return columnTotal(EXPENDITURE, column);
    }

    /**
     * A total and the number of figures it adds up (non-zero 类 or rows): each may be a 万元 figure rounded to the 百元,
     * which the rounding tolerance counts.
     */
    public record Total(Amount amount, int addends) {
    }

    private Total columnTotal(String table, String column) {
        List<Amount> classes = table(table).map(t -> t.classCodes().stream().map(c -> t.rolledUp(c, column)).toList())
                .orElse(List.of());
        return new Total(Amount.sum(classes), (int) classes.stream().filter(a -> !a.isZero()).count());
    }

    private Amount fixed(String table, String key) {
        return table(table).flatMap(t -> t.row(key)).map(r -> r.value(AMOUNT)).orElse(Amount.ZERO);
    }

    private Optional<StatementTable> table(String key) {
        return part.table(key);
    }
}
