package org.fiscaldisclosure.statements.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.contracts.part.statements.StatementTable;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.statements.tableset.TableSet;

/**
 * Reads the figures of a statements part the way the published tables mean them. A classification row that is
 * not entered is the sum of its children (类 = Σ款 = Σ项), so a table may be entered at 项 level only; a column's
 * total is the sum over its 类. Stated totals (e.g. 本年收入合计) are never used as figures, only compared.
 */
public final class StatementFigures {

    public static final List<String> INCOME_SOURCES = List.of("generalBudgetAppropriation", "governmentFundAppropriation",
            "stateCapitalAppropriation", "superiorSubsidy", "businessIncome", "operatingIncome", "affiliatedRemittance",
            "otherIncome");
    public static final List<String> APPROPRIATION_SOURCES = INCOME_SOURCES.subList(0, 3);
    public static final List<String> USES = List.of("basic", "project", "remittanceToSuperior", "operating",
            "subsidyToAffiliated");
    public static final String SUMMARY = "summary";
    public static final String INCOME = "income";
    public static final String EXPENDITURE = "expenditure";
    public static final String APPROPRIATION = "appropriation";
    public static final String GENERAL_BUDGET = "generalBudget";
    public static final String GENERAL_BUDGET_BASIC = "generalBudgetBasic";
    /** The 2023 set's 一般公共预算财政拨款收入支出决算表. */
    public static final String GENERAL_BUDGET_SUMMARY = "generalBudgetSummary";
    public static final String GOVERNMENT_FUND = "governmentFund";
    public static final String GOVERNMENT_FUND_BASIC = "governmentFundBasic";
    public static final String STATE_CAPITAL = "stateCapital";
    public static final String THREE_PUBLIC = "threePublic";
    public static final String AMOUNT = "amount";

    private final FinalAccounts part;
    private final TableSet set;

    public StatementFigures(FinalAccounts part, TableSet set) {
        this.part = part;
        this.set = set;
    }

    public FinalAccounts part() {
        return part;
    }

    public TableSet set() {
        return set;
    }

    public Optional<StatementTable> table(String key) {
        return part.table(key);
    }

    /** True when the table is absent or has no non-zero amount. */
    public boolean isEmpty(String table) {
        return table(table).map(t -> t.rows().stream().allMatch(r -> r.values().values().stream().allMatch(Amount::isZero)))
                .orElse(true);
    }

    /** A fixed row's amount; zero when the row is not entered. */
    public Amount fixed(String table, String key, String column) {
        return table(table).flatMap(t -> t.row(key)).map(r -> r.value(column)).orElse(Amount.ZERO);
    }

    /**
     * A fixed row's figure as the published table prints it: a stated total (本年收入合计, 收入总计, 本年支出合计, 支出总计,
     * 三公 合计 and 公务用车购置及运行费) is the computed one, every other fixed row its entered amount (zero when not
     * entered). For figures transcribed as printed in 万元 ({@link FinalAccounts#asPrinted()}), a stated total is kept as
     * printed: the rules report its difference from the printed items, the page does not contradict the official figure.
     */
    public Amount fixedFigure(String table, String key, String column) {
        if (part.asPrinted()) {
            Optional<Amount> stated = stated(table, key, column);
            if (stated.isPresent()) {
                return stated.get();
            }
        }
        return switch (table + "/" + key) {
            case SUMMARY + "/incomeTotal" -> incomeTotal();
            case SUMMARY + "/grandIncomeTotal" -> grandIncomeTotal();
            case SUMMARY + "/expenditureTotal" -> expenditureTotal();
            case SUMMARY + "/grandExpenditureTotal" -> grandExpenditureTotal();
            case THREE_PUBLIC + "/total" -> threePublicTotal(column);
            case THREE_PUBLIC + "/vehicles" -> vehicles(column);
            default -> fixed(table, key, column);
        };
    }

    /**
     * A computed row of a table ({@code total}: the column's total over the 类; {@code personnel} and
     * {@code publicUse}: 人员经费 and 公用经费 of a 基本支出 table; 表4's 本年收入合计, 收入总计 and 支出总计).
     */
    public Amount totalRow(String table, String key, String column) {
        return switch (key) {
            case "total" -> columnTotal(table, column);
            case "personnel" -> personnel(table);
            case "publicUse" -> publicUse(table);
            case "appropriationIncomeTotal" -> appropriationIncomeTotal();
            case "appropriationGrandIncomeTotal" -> appropriationGrandTotal();
            case "appropriationGrandExpenditureTotal" -> appropriationGrandExpenditureTotal();
            default -> throw new IllegalArgumentException("unknown total row " + key);
        };
    }

    /** 收支总计 as published: the stated 收入总计 of a part transcribed as printed, else the computed one. */
    public Amount publishedGrandTotal() {
        return fixedFigure(SUMMARY, "grandIncomeTotal", AMOUNT);
    }

    /** 本年收入合计 as published. */
    public Amount publishedIncomeTotal() {
        return fixedFigure(SUMMARY, "incomeTotal", AMOUNT);
    }

    /** 本年支出合计 as published. */
    public Amount publishedExpenditureTotal() {
        return fixedFigure(SUMMARY, "expenditureTotal", AMOUNT);
    }

    /** 支出总计 as published. */
    public Amount publishedGrandExpenditureTotal() {
        return fixedFigure(SUMMARY, "grandExpenditureTotal", AMOUNT);
    }

    /** 三公 合计 as published. */
    public Amount publishedThreePublicTotal(String column) {
        return fixedFigure(THREE_PUBLIC, "total", column);
    }

    /** 公务用车购置及运行费 as published. */
    public Amount publishedVehicles(String column) {
        return fixedFigure(THREE_PUBLIC, "vehicles", column);
    }

    /** A stated (entered) value of a row, if any. */
    public Optional<Amount> stated(String table, String key, String column) {
        return table(table).flatMap(t -> t.row(key)).map(r -> r.values().get(column));
    }

    /** A classification row's amount: as entered, or the sum of its children ({@link StatementTable#rolledUp}). */
    public Amount value(String table, String code, String column) {
        return table(table).map(t -> t.rolledUp(code, column)).orElse(Amount.ZERO);
    }

    /** The child codes present under a code: 款 of a 类 (or its 项 when no 款 is entered), 项 of a 款. */
    public List<String> children(String table, String code) {
        return table(table).map(t -> t.childrenOf(code)).orElse(List.of());
    }

    /** Every classification code entered in a table, sorted. */
    public List<String> classificationCodes(String table) {
        return table(table).map(StatementTable::classificationCodes).orElse(List.of());
    }

    /** The 类 of a table: entered, or implied by the codes entered. */
    public List<String> classes(String table) {
        return table(table).map(StatementTable::classCodes).orElse(List.of());
    }

    /** The codes of one level (3, 5 or 7 digits) in a table, entered or implied by deeper codes. */
    public List<String> codesOfLength(String table, int length) {
        TreeSet<String> codes = new TreeSet<>();
        classificationCodes(table).stream().filter(c -> c.length() >= length).forEach(c -> codes.add(c.substring(0, length)));
        return new ArrayList<>(codes);
    }

    /** A column's total over the table's 类. */
    public Amount columnTotal(String table, String column) {
        return Amount.sum(classes(table).stream().map(c -> value(table, c, column)).toList());
    }

    // 表1 收入支出决算总表

    public Amount source(String key) {
        return fixed(SUMMARY, key, AMOUNT);
    }

    /** 本年收入合计. */
    public Amount incomeTotal() {
        return Amount.sum(INCOME_SOURCES.stream().map(this::source).toList());
    }

    /** 财政拨款收入. */
    public Amount appropriationIncome() {
        return Amount.sum(APPROPRIATION_SOURCES.stream().map(this::source).toList());
    }

    /** 收入总计. */
    public Amount grandIncomeTotal() {
        return incomeTotal().plus(source("useOfNonAppropriationBalance")).plus(source("carryOverAtStart"));
    }

    /** 本年支出合计 (Σ 类 of table 1). */
    public Amount expenditureTotal() {
        return columnTotal(SUMMARY, AMOUNT);
    }

    /** 支出总计. */
    public Amount grandExpenditureTotal() {
        return expenditureTotal().plus(source("balanceDistribution")).plus(source("carryOverAtEnd"));
    }

    /** 本年支出 by use (基本支出, 项目支出, …), from table 3. */
    public Amount use(String column) {
        return columnTotal(EXPENDITURE, column);
    }

    // 表4 财政拨款收入支出决算总表

    public Amount appropriationByFund(String fund) {
        return fixed(APPROPRIATION, fund, AMOUNT);
    }

    public Amount appropriationIncomeTotal() {
        return Amount.sum(List.of(appropriationByFund("generalBudget"), appropriationByFund("governmentFund"),
                appropriationByFund("stateCapital")));
    }

    public Amount appropriationCarryOver(String startOrEnd, String fund) {
        return fixed(APPROPRIATION, startOrEnd + "." + fund, AMOUNT);
    }

    /** 财政拨款收支总计 = 本年收入 + 年初财政拨款结转和结余. */
    public Amount appropriationGrandTotal() {
        return appropriationIncomeTotal().plus(Amount.sum(List.of(appropriationCarryOver("carryOverAtStart", "generalBudget"),
                appropriationCarryOver("carryOverAtStart", "governmentFund"), appropriationCarryOver("carryOverAtStart", "stateCapital"))));
    }

    /** 表4 支出总计: 本年支出合计 of 财政拨款 and 年末财政拨款结转和结余 of the three funds. */
    public Amount appropriationGrandExpenditureTotal() {
        return columnTotal(APPROPRIATION, "total").plus(Amount.sum(List.of(appropriationCarryOver("carryOverAtEnd", "generalBudget"),
                appropriationCarryOver("carryOverAtEnd", "governmentFund"), appropriationCarryOver("carryOverAtEnd", "stateCapital"))));
    }

    // 表6 / 表8 基本支出 by economic class

    /** 人员经费 = 301 + 303. */
    public Amount personnel(String table) {
        return value(table, "301", AMOUNT).plus(value(table, "303", AMOUNT));
    }

    /** 公用经费 = every other economic 类 (302, 307, 309, 310, 312, 399 …). */
    public Amount publicUse(String table) {
        return Amount.sum(classes(table).stream().filter(c -> !isPersonnel(c)).map(c -> value(table, c, AMOUNT)).toList());
    }

    /** Whether an economic code (类 or 款) is 人员经费: under 301 工资福利支出 or 303 对个人和家庭的补助. */
    public static boolean isPersonnel(String economicCode) {
        return economicCode.startsWith("301") || economicCode.startsWith("303");
    }

    // 表10 三公

    public Amount threePublic(String row, String column) {
        return fixed(THREE_PUBLIC, row, column);
    }

    /** 公务用车购置及运行费 = 购置费 + 运行费. */
    public Amount vehicles(String column) {
        return threePublic("vehiclePurchase", column).plus(threePublic("vehicleOperation", column));
    }

    /** 三公合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费. */
    public Amount threePublicTotal(String column) {
        return threePublic("abroad", column).plus(vehicles(column)).plus(threePublic("reception", column));
    }
}
