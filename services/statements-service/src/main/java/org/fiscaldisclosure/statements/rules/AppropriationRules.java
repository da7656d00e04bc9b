package org.fiscaldisclosure.statements.rules;

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
import org.fiscaldisclosure.contracts.part.statements.StatementRow;
import org.fiscaldisclosure.contracts.part.statements.UnitInfo;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;
import org.fiscaldisclosure.statements.figures.StatementFigures;
import org.fiscaldisclosure.statements.figures.StatementsContext;

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
        c.register("ST-T4-001", AppropriationRules::incomeByFund);
        c.register("ST-T4-002", AppropriationRules::carryOver);
        c.register("ST-T4-003", (r, ctx) -> SummaryRules.rowSums(r, ctx, APPROPRIATION, FUNDS.stream().map(Fund::column).toList()));
        c.register("ST-T4-004", AppropriationRules::fundTablesAgree);
        c.register("ST-T4-005", AppropriationRules::withinAllFunds);
        c.register("ST-T5-001", (r, ctx) -> SummaryRules.rowSums(r, ctx, GENERAL_BUDGET, List.of("basic", "project")));
        c.register("ST-T5-002", (r, ctx) -> basicAgrees(r, ctx, GENERAL_BUDGET, GENERAL_BUDGET_BASIC));
        c.register("ST-T6-001", AppropriationRules::officeCostWithinPublicUse);
        c.register("ST-T7-001", AppropriationRules::fundRows);
        c.register("ST-T7-002", (r, ctx) -> basicAgrees(r, ctx, GOVERNMENT_FUND, GOVERNMENT_FUND_BASIC));
        c.register("ST-T9-001", (r, ctx) -> SummaryRules.rowSums(r, ctx, STATE_CAPITAL, List.of("basic", "project")));
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
            for (StatementRow row : t.rows()) {
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
