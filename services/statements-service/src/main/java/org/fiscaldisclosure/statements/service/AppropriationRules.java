package org.fiscaldisclosure.statements.service;

import static org.fiscaldisclosure.statements.figures.StatementFigures.AMOUNT;
import static org.fiscaldisclosure.statements.figures.StatementFigures.APPROPRIATION;
import static org.fiscaldisclosure.statements.figures.StatementFigures.EXPENDITURE;
import static org.fiscaldisclosure.statements.figures.StatementFigures.GENERAL_BUDGET;
import static org.fiscaldisclosure.statements.figures.StatementFigures.GENERAL_BUDGET_BASIC;
import static org.fiscaldisclosure.statements.figures.StatementFigures.GOVERNMENT_FUND;
import static org.fiscaldisclosure.statements.figures.StatementFigures.GOVERNMENT_FUND_BASIC;
import static org.fiscaldisclosure.statements.figures.StatementFigures.STATE_CAPITAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.fiscaldisclosure.contracts.part.statements.TableRow;
import org.fiscaldisclosure.contracts.part.statements.UnitInfo;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.validation.Severity;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.statements.figures.StatementFigures;
import org.fiscaldisclosure.support.validation.RuleCatalogue;

/** Rules of the 财政拨款 tables 4-9 (docs/domain.md §6.3-§6.5). */
final class AppropriationRules {

    /** Fund column of table 4, the table 1 income row it equals, and the table of its expenditure. */
    private record Fund(String column, String summaryRow, String table) {
    }

    private static final List<Fund> FUNDS = List.of(
            new Fund("generalBudget", "generalBudgetAppropriation", GENERAL_BUDGET),
            new Fund("governmentFund", "governmentFundAppropriation", GOVERNMENT_FUND),
            new Fund("stateCapital", "stateCapitalAppropriation", STATE_CAPITAL));

    private AppropriationRules() {
    }

    static void register(RuleCatalogue<StatementsContext> c) {
        c.register("ST-T4-001", Severity.FATAL, "表间", List.of("T4", "T1"), "表4 各项财政拨款收入应等于表1 对应收入",
                AppropriationRules::incomeByFund);
        c.register("ST-T4-002", Severity.FATAL, "结转", List.of("T4"),
                "表4 年初财政拨款结转和结余加本年收入减本年支出应等于年末财政拨款结转和结余（分资金性质）",
                AppropriationRules::carryOver);
        c.register("ST-T4-003", Severity.FATAL, "行内", List.of("T4"), "表4 各类支出合计应等于三类财政拨款之和",
                (r, ctx) -> SummaryRules.rowSums(r, ctx, APPROPRIATION, FUNDS.stream().map(Fund::column).toList()));
        c.register("ST-T4-004", Severity.FATAL, "表间", List.of("T4", "T5", "T7", "T9"),
                "表4 分资金性质的各类支出应等于表5、表7、表9 同类支出", AppropriationRules::fundTablesAgree);
        c.register("ST-T4-005", Severity.FATAL, "包含关系", List.of("T4", "T3"), "表4 财政拨款支出不应超过表3 同类本年支出",
                AppropriationRules::withinAllFunds);
        c.register("ST-T5-001", Severity.FATAL, "行内", List.of("T5"), "表5 各行合计应等于基本支出与项目支出之和",
                (r, ctx) -> SummaryRules.rowSums(r, ctx, GENERAL_BUDGET, List.of("basic", "project")));
        c.register("ST-T5-002", Severity.FATAL, "表间", List.of("T5", "T6"), "表5 基本支出合计应等于表6 人员经费与公用经费之和",
                (r, ctx) -> basicAgrees(r, ctx, GENERAL_BUDGET, GENERAL_BUDGET_BASIC));
        c.register("ST-T6-001", Severity.FATAL, "包含关系", List.of("T6"), "机关运行经费不应超过表6 公用经费合计",
                AppropriationRules::officeCostWithinPublicUse);
        c.register("ST-T7-001", Severity.FATAL, "结转", List.of("T7"),
                "表7 各行年初结转和结余加本年收入减本年支出应等于年末结转和结余，本年支出应等于基本支出与项目支出之和",
                AppropriationRules::fundRows);
        c.register("ST-T7-002", Severity.FATAL, "表间", List.of("T7", "T8"), "表7 基本支出合计应等于表8 合计",
                (r, ctx) -> basicAgrees(r, ctx, GOVERNMENT_FUND, GOVERNMENT_FUND_BASIC));
        c.register("ST-T9-001", Severity.FATAL, "行内", List.of("T9"), "表9 各行合计应等于基本支出与项目支出之和",
                (r, ctx) -> SummaryRules.rowSums(r, ctx, STATE_CAPITAL, List.of("basic", "project")));
    }

    private static List<Finding> incomeByFund(RuleDefinition r, StatementsContext ctx) {
        StatementFigures f = ctx.figures();
        if (f.table(APPROPRIATION).isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Fund fund : FUNDS) {
            out.addAll(Located.equal(r, ctx, APPROPRIATION, fund.column(), AMOUNT, f.appropriationByFund(fund.column()),
                    f.source(fund.summaryRow()), 0, null));
        }
        return out;
    }

    private static List<Finding> carryOver(RuleDefinition r, StatementsContext ctx) {
        StatementFigures f = ctx.figures();
        if (f.table(APPROPRIATION).isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Fund fund : FUNDS) {
            BigDecimal expected = f.appropriationCarryOver("carryOverAtStart", fund.column()).yuan()
                    .add(f.appropriationByFund(fund.column()).yuan())
                    .subtract(f.columnTotal(APPROPRIATION, fund.column()).yuan());
            BigDecimal end = f.appropriationCarryOver("carryOverAtEnd", fund.column()).yuan();
            if (end.compareTo(expected) != 0) {
                out.add(Located.compared(r, ctx, APPROPRIATION, "carryOverAtEnd." + fund.column(), AMOUNT, end, expected, 3, null));
            }
        }
        return out;
    }

    private static List<Finding> fundTablesAgree(RuleDefinition r, StatementsContext ctx) {
        StatementFigures f = ctx.figures();
        if (f.table(APPROPRIATION).isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Fund fund : FUNDS) {
            TreeSet<String> classes = new TreeSet<>(f.classes(fund.table()));
            f.classes(APPROPRIATION).stream().filter(c -> !f.value(APPROPRIATION, c, fund.column()).isZero()).forEach(classes::add);
            for (String code : classes) {
                out.addAll(Located.equal(r, ctx, APPROPRIATION, code, fund.column(), f.value(APPROPRIATION, code, fund.column()),
                        f.value(fund.table(), code, "total"), 0, "对照表" + f.set().label(fund.table()).substring(1)));
            }
        }
        return out;
    }

    private static List<Finding> withinAllFunds(RuleDefinition r, StatementsContext ctx) {
        StatementFigures f = ctx.figures();
        if (f.table(APPROPRIATION).isEmpty() || f.table(EXPENDITURE).isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (String code : f.classes(APPROPRIATION)) {
            out.addAll(Located.atMost(r, ctx, APPROPRIATION, code, "total", f.value(APPROPRIATION, code, "total"),
                    f.value(EXPENDITURE, code, "total"), null));
        }
        return out;
    }

    private static List<Finding> basicAgrees(RuleDefinition r, StatementsContext ctx, String expenditureTable, String basicTable) {
        StatementFigures f = ctx.figures();
        if (f.table(basicTable).isEmpty() && f.columnTotal(expenditureTable, "basic").isZero()) {
            return List.of();
        }
        Amount byClass = f.columnTotal(basicTable, AMOUNT);
        return Located.equal(r, ctx, expenditureTable, "合计", "basic", f.columnTotal(expenditureTable, "basic"), byClass,
                f.classes(basicTable).size(), "表" + f.set().label(basicTable).substring(1) + " 人员经费 "
                        + f.personnel(basicTable).inWanYuan() + " 万元，公用经费 " + f.publicUse(basicTable).inWanYuan() + " 万元");
    }

    private static List<Finding> officeCostWithinPublicUse(RuleDefinition r, StatementsContext ctx) {
        if (ctx.part().unit().kind() != UnitInfo.UnitKind.ADMINISTRATIVE || ctx.figures().table(GENERAL_BUDGET_BASIC).isEmpty()) {
            return List.of();
        }
        return Located.atMost(r, ctx, GENERAL_BUDGET_BASIC, "公用经费合计", AMOUNT, ctx.part().other().officeOperatingCost(),
                ctx.figures().publicUse(GENERAL_BUDGET_BASIC), null);
    }

    private static List<Finding> fundRows(RuleDefinition r, StatementsContext ctx) {
        List<Finding> out = new ArrayList<>();
        ctx.figures().table(GOVERNMENT_FUND).ifPresent(t -> {
            for (TableRow row : t.rows()) {
                BigDecimal expectedEnd = row.value("carryOverAtStart").yuan().add(row.value("income").yuan())
                        .subtract(row.value("total").yuan());
                if (row.value("carryOverAtEnd").yuan().compareTo(expectedEnd) != 0) {
                    out.add(Located.compared(r, ctx, GOVERNMENT_FUND, row.code(), "carryOverAtEnd",
                            row.value("carryOverAtEnd").yuan(), expectedEnd, 3, null));
                }
                out.addAll(Located.equal(r, ctx, GOVERNMENT_FUND, row.code(), "total", row.value("total"),
                        row.value("basic").plus(row.value("project")), 2, null));
            }
        });
        return out;
    }

}
