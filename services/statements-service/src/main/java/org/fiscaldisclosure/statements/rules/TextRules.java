package org.fiscaldisclosure.statements.rules;

import static org.fiscaldisclosure.statements.figures.StatementFigures.EXPENDITURE;
import static org.fiscaldisclosure.statements.figures.StatementFigures.GENERAL_BUDGET;
import static org.fiscaldisclosure.statements.figures.StatementFigures.INCOME;
import static org.fiscaldisclosure.statements.figures.StatementFigures.SUMMARY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.fiscaldisclosure.contracts.part.statements.BudgetLine;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;
import org.fiscaldisclosure.statements.figures.PriorFigures;
import org.fiscaldisclosure.statements.figures.StatementsContext;

/** What the narrative needs besides the tables: reasons, 名词解释, prior-year figures, clean text (docs/domain.md §6.8). */
final class TextRules {

    /** Template residue seen in published disclosures: instructions, alternatives and placeholders. */
    static final List<String> RESIDUE = List.of("此处插入", "各单位需根据", "增加（减少）", "增加(减少)", "（示例）", "示例如下",
            "XX", "[bookmark", "[image", "无金额类型不必制图");

    private TextRules() {
    }

    static void register(RuleCatalogue<StatementsContext> c) {
        c.register("ST-N-001", TextRules::yearOnYearReasons);
        c.register("ST-N-002", TextRules::budgetReasons);
        c.register("ST-N-003", TextRules::itemExplanations);
        c.register("ST-N-004", (r, ctx) -> ctx.part().unit().newlyEstablished()
                        ? Located.equal(r, ctx, SUMMARY, "carryOverAtStart", "amount", ctx.figures().source("carryOverAtStart"),
                                Amount.ZERO, 0, null)
                        : List.of());
        c.register("ST-N-005", TextRules::residue);
        c.register("ST-N-006", TextRules::missingBudgets);
        c.register("ST-N-007", TextRules::missingPrior);
    }

    /**
     * Current figures the narrative compares with the previous year, by key: 机关运行经费 only for a 行政单位 (others
     * report “本单位不涉及” and compare nothing).
     */
    static Map<String, Amount> current(StatementsContext ctx) {
        Map<String, Amount> m = new LinkedHashMap<>();
        for (String key : comparedKeys(ctx)) {
            m.put(key, PriorFigures.of(ctx.figures(), key));
        }
        return m;
    }

    /** The prior-year keys the unit's narrative compares. */
    static List<String> comparedKeys(StatementsContext ctx) {
        return ctx.part().unit().kind() == org.fiscaldisclosure.contracts.part.statements.UnitInfo.UnitKind.ADMINISTRATIVE
                ? PriorFigures.KEYS
                : PriorFigures.KEYS.stream().filter(k -> !"officeOperatingCost".equals(k)).toList();
    }

    private static List<Finding> yearOnYearReasons(RuleDefinition r, StatementsContext ctx) {
        if (ctx.part().unit().newlyEstablished()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        current(ctx).forEach((key, now) -> ctx.prior(key).ifPresent(before -> {
            String reason = ctx.part().priorYear().reasons().get(key);
            if (!now.equals(before) && (reason == null || reason.isBlank())) {
                out.add(new Finding(r.id(), r.severity(), Located.PART, null, key, "reason", now.yuan(), before.yuan(),
                        now.minus(before), r.message() + "：priorYear.reasons." + key));
            }
        }));
        return out;
    }

    private static List<Finding> budgetReasons(RuleDefinition r, StatementsContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (BudgetLine line : ctx.part().initialBudget()) {
            Amount actual = ctx.figures().value(GENERAL_BUDGET, line.code(), "total");
            if (!actual.equals(line.initialBudget()) && (line.reason() == null || line.reason().isBlank())) {
                out.add(Located.compared(r, ctx, GENERAL_BUDGET, line.code(), "total", actual.yuan(),
                        line.initialBudget().yuan(), 0, "initialBudget." + line.code() + ".reason"));
            }
        }
        return out;
    }

    private static List<Finding> itemExplanations(RuleDefinition r, StatementsContext ctx) {
        TreeSet<String> items = new TreeSet<>();
        for (String table : List.of(INCOME, EXPENDITURE, GENERAL_BUDGET)) {
            ctx.figures().classificationCodes(table).stream().filter(c -> c.length() == 7).forEach(items::add);
        }
        List<Finding> out = new ArrayList<>();
        for (String code : items) {
            String text = ctx.part().other().itemExplanations().get(code);
            if (text == null || text.isBlank()) {
                String name = ctx.catalogue().find("func", code).map(e -> e.name()).orElse("");
                out.add(Located.stated(r, ctx, EXPENDITURE, code, null, code + " " + name));
            }
        }
        return out;
    }

    private static List<Finding> residue(RuleDefinition r, StatementsContext ctx) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("/unit/duties", ctx.part().unit().duties());
        ctx.part().priorYear().reasons().asMap().forEach((k, v) -> texts.put("/priorYear/reasons/" + k, v));
        for (int i = 0; i < ctx.part().initialBudget().size(); i++) {
            texts.put("/initialBudget/" + i + "/reason", ctx.part().initialBudget().get(i).reason());
        }
        ctx.part().other().itemExplanations().forEach((k, v) -> texts.put("/other/itemExplanations/" + k, v));
        List<Finding> out = new ArrayList<>();
        texts.forEach((path, text) -> {
            if (text == null) {
                return;
            }
            for (String marker : RESIDUE) {
                if (text.contains(marker)) {
                    out.add(new Finding(r.id(), r.severity(), Located.PART, null, path, null, null, null, null,
                            r.message() + "：“" + marker + "”"));
                }
            }
        });
        return out;
    }

    private static List<Finding> missingBudgets(RuleDefinition r, StatementsContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (String code : allLevels(ctx)) {
            Optional<BudgetLine> line = ctx.part().initialBudget().stream().filter(b -> b.code().equals(code)).findFirst();
            if (line.isEmpty()) {
                out.add(Located.stated(r, ctx, GENERAL_BUDGET, code, "initialBudget", null));
            }
        }
        return out;
    }

    private static List<String> allLevels(StatementsContext ctx) {
        List<String> codes = new ArrayList<>();
        for (int len : new int[] {3, 5, 7}) {
            codes.addAll(ctx.figures().codesOfLength(GENERAL_BUDGET, len));
        }
        return codes;
    }

    private static List<Finding> missingPrior(RuleDefinition r, StatementsContext ctx) {
        if (ctx.part().unit().newlyEstablished()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (String key : comparedKeys(ctx)) {
            if (ctx.prior(key).isEmpty()) {
                out.add(new Finding(r.id(), r.severity(), Located.PART, null, key, "priorYear", null, null, null,
                        r.message() + "：priorYear.figures." + key));
            }
        }
        return out;
    }
}
