package org.fiscaldisclosure.statements.rules;

import static org.fiscaldisclosure.statements.figures.StatementFigures.AMOUNT;
import static org.fiscaldisclosure.statements.figures.StatementFigures.EXPENDITURE;
import static org.fiscaldisclosure.statements.figures.StatementFigures.INCOME;
import static org.fiscaldisclosure.statements.figures.StatementFigures.INCOME_SOURCES;
import static org.fiscaldisclosure.statements.figures.StatementFigures.SUMMARY;
import static org.fiscaldisclosure.statements.figures.StatementFigures.USES;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.fiscaldisclosure.contracts.part.statements.StatementRow;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;
import org.fiscaldisclosure.statements.figures.StatementFigures;
import org.fiscaldisclosure.statements.figures.StatementsContext;

/** Rules of tables 1-3 (docs/domain.md §6.1, §6.2). */
final class SummaryRules {

    /** Table 2's columns, and the table 1 rows each one totals. */
    private static final List<String> T2_SOURCES = List.of("appropriation", "superiorSubsidy", "businessIncome",
            "operatingIncome", "affiliatedRemittance", "otherIncome");

    private SummaryRules() {
    }

    static void register(RuleCatalogue<StatementsContext> c) {
        c.register("ST-T1-001", (r, ctx) -> stated(r, ctx, "incomeTotal", ctx.figures().incomeTotal(), 8));
        c.register("ST-T1-002", (r, ctx) -> stated(r, ctx, "expenditureTotal", ctx.figures().expenditureTotal(),
                        ctx.figures().classes(SUMMARY).size()));
        c.register("ST-T1-003", (r, ctx) -> stated(r, ctx, "grandIncomeTotal", ctx.figures().grandIncomeTotal(), 10));
        c.register("ST-T1-004", (r, ctx) -> stated(r, ctx, "grandExpenditureTotal", ctx.figures().grandExpenditureTotal(),
                        ctx.figures().classes(SUMMARY).size() + 2));
        c.register("ST-T1-005", (r, ctx) -> Located.equal(r, ctx, SUMMARY, "grandIncomeTotal", AMOUNT, ctx.figures().publishedGrandTotal(),
                        ctx.figures().publishedGrandExpenditureTotal(), 0, null));
        c.register("ST-T1-006", (r, ctx) -> Located.equal(r, ctx, SUMMARY, "expenditureTotal", AMOUNT, ctx.figures().expenditureTotal(),
                        Amount.sum(USES.stream().map(u -> ctx.figures().use(u)).toList()), 5, null));
        c.register("ST-T2-001", (r, ctx) -> rowSums(r, ctx, INCOME, T2_SOURCES));
        c.register("ST-T2-002", SummaryRules::incomeColumns);
        c.register("ST-T3-001", (r, ctx) -> rowSums(r, ctx, EXPENDITURE, USES));
        c.register("ST-T3-002", SummaryRules::classesAgree);
    }

    private static List<Finding> stated(RuleDefinition r, StatementsContext ctx, String row, Amount computed, int addends) {
        return ctx.figures().stated(SUMMARY, row, AMOUNT)
                .map(s -> Located.equal(r, ctx, SUMMARY, row, AMOUNT, s, computed, addends, null))
                .orElse(List.of());
    }

    /** Each entered row: its total column equals the sum of the part columns. */
    static List<Finding> rowSums(RuleDefinition r, StatementsContext ctx, String table, List<String> parts) {
        List<Finding> out = new ArrayList<>();
        ctx.figures().table(table).ifPresent(t -> {
            for (StatementRow row : t.rows()) {
                Amount sum = Amount.sum(parts.stream().map(row::value).toList());
                out.addAll(Located.equal(r, ctx, table, row.code(), "total", row.value("total"), sum, parts.size(), null));
            }
        });
        return out;
    }

    private static List<Finding> incomeColumns(RuleDefinition r, StatementsContext ctx) {
        StatementFigures f = ctx.figures();
        if (f.table(INCOME).isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        out.addAll(Located.equal(r, ctx, INCOME, "合计", "total", f.columnTotal(INCOME, "total"), f.incomeTotal(), 0, null));
        out.addAll(Located.equal(r, ctx, INCOME, "合计", "appropriation", f.columnTotal(INCOME, "appropriation"),
                f.appropriationIncome(), 0, null));
        for (String source : INCOME_SOURCES.subList(3, INCOME_SOURCES.size())) {
            out.addAll(Located.equal(r, ctx, INCOME, "合计", source, f.columnTotal(INCOME, source), f.source(source), 0, null));
        }
        return out;
    }

    private static List<Finding> classesAgree(RuleDefinition r, StatementsContext ctx) {
        StatementFigures f = ctx.figures();
        if (f.table(EXPENDITURE).isEmpty()) {
            return List.of();
        }
        TreeSet<String> classes = new TreeSet<>(f.classes(SUMMARY));
        classes.addAll(f.classes(EXPENDITURE));
        List<Finding> out = new ArrayList<>();
        for (String code : classes) {
            out.addAll(Located.equal(r, ctx, EXPENDITURE, code, "total", f.value(EXPENDITURE, code, "total"),
                    f.value(SUMMARY, code, AMOUNT), 0, null));
        }
        return out;
    }
}
