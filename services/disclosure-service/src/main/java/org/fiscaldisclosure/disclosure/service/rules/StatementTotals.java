package org.fiscaldisclosure.disclosure.service.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.contracts.part.statements.StatementTable;
import org.fiscaldisclosure.contracts.part.statements.TableRow;
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
        List<Amount> classes = classes(table).stream().map(c -> value(table, c, column)).toList();
        return new Total(Amount.sum(classes), (int) classes.stream().filter(a -> !a.isZero()).count());
    }

    private Amount fixed(String table, String key) {
        return table(table).flatMap(t -> t.row(key)).map(r -> r.value(AMOUNT)).orElse(Amount.ZERO);
    }

    private Optional<StatementTable> table(String key) {
        return part.table(key);
    }

    private Amount value(String table, String code, String column) {
        Optional<TableRow> row = table(table).flatMap(t -> t.row(code));
        if (row.isPresent()) {
            return row.get().value(column);
        }
        return Amount.sum(children(table, code).stream().map(c -> value(table, c, column)).toList());
    }

    /** The 款 of a 类 (or its 项 when no 款 is entered), the 项 of a 款. */
    private List<String> children(String table, String code) {
        List<String> all = codes(table);
        for (int len = code.length() + 2; len <= 7; len += 2) {
            int l = len;
            List<String> found = all.stream().filter(c -> c.length() == l && c.startsWith(code)).toList();
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private List<String> codes(String table) {
        return table(table).map(t -> t.rows().stream().map(TableRow::code)
                .filter(c -> c.chars().allMatch(Character::isDigit)).sorted().distinct().toList()).orElse(List.of());
    }

    private List<String> classes(String table) {
        TreeSet<String> classes = new TreeSet<>();
        codes(table).forEach(c -> classes.add(c.substring(0, Math.min(3, c.length()))));
        return List.copyOf(classes);
    }
}
