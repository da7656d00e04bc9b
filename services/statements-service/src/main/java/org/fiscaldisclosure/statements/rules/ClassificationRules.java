package org.fiscaldisclosure.statements.rules;

import static org.fiscaldisclosure.statements.figures.StatementFigures.THREE_PUBLIC;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fiscaldisclosure.contracts.part.statements.StatementRow;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;
import org.fiscaldisclosure.statements.classification.ClassificationCatalogue;
import org.fiscaldisclosure.statements.classification.ClassificationEntry;
import org.fiscaldisclosure.statements.figures.StatementFigures;
import org.fiscaldisclosure.statements.figures.StatementsContext;
import org.fiscaldisclosure.statements.tableset.ColumnDef;
import org.fiscaldisclosure.statements.tableset.RowGroup;
import org.fiscaldisclosure.statements.tableset.TableLayout;

/** Hierarchy sums, 三公 sums and the classification catalogue (docs/domain.md R3.2, R6.2, §6.6, §4). */
final class ClassificationRules {

    private ClassificationRules() {
    }

    static void register(RuleCatalogue<StatementsContext> c) {
        c.register("ST-HIER-001", (r, ctx) -> hierarchy(r, ctx, "func"));
        c.register("ST-HIER-002", (r, ctx) -> hierarchy(r, ctx, "econ"));
        c.register("ST-T10-001", ClassificationRules::threePublic);
        List<String> tables = List.of("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9");
        c.register("ST-CAT-001", (r, ctx) -> catalogue(r, ctx, Check.UNKNOWN, true));
        c.register("ST-CAT-002", (r, ctx) -> catalogue(r, ctx, Check.UNVERIFIED, false));
        c.register("ST-CAT-003", (r, ctx) -> catalogue(r, ctx, Check.NAME, true));
        c.register("ST-CAT-004", (r, ctx) -> catalogue(r, ctx, Check.UNKNOWN, false));
        c.register("ST-CAT-005", (r, ctx) -> catalogue(r, ctx, Check.NAME, false));
    }

    private enum Check { UNKNOWN, UNVERIFIED, NAME }

    private static List<Finding> hierarchy(RuleDefinition r, StatementsContext ctx, String kind) {
        StatementFigures f = ctx.figures();
        List<Finding> out = new ArrayList<>();
        for (TableLayout layout : f.set().tables()) {
            for (RowGroup group : layout.rowGroups()) {
                if (!kind.equals(group.kind()) || group.levels().size() < 2 || f.table(layout.key()).isEmpty()) {
                    continue;
                }
                for (StatementRow row : f.table(layout.key()).get().rows()) {
                    List<String> children = group.accepts(row.code()) && row.code().length() < 7
                            ? f.children(layout.key(), row.code()) : List.of();
                    if (children.isEmpty()) {
                        continue;
                    }
                    for (ColumnDef column : group.columns()) {
                        Amount sum = Amount.sum(children.stream().map(ch -> f.value(layout.key(), ch, column.key())).toList());
                        out.addAll(Located.equal(r, ctx, layout.key(), row.code(), column.key(), row.value(column.key()), sum,
                                children.size(), null));
                    }
                }
            }
        }
        return out;
    }

    private static List<Finding> threePublic(RuleDefinition r, StatementsContext ctx) {
        StatementFigures f = ctx.figures();
        List<Finding> out = new ArrayList<>();
        for (String column : List.of("budget", "actual")) {
            f.stated(THREE_PUBLIC, "vehicles", column).ifPresent(s ->
                    out.addAll(Located.equal(r, ctx, THREE_PUBLIC, "vehicles", column, s, f.vehicles(column), 2, null)));
            f.stated(THREE_PUBLIC, "total", column).ifPresent(s ->
                    out.addAll(Located.equal(r, ctx, THREE_PUBLIC, "total", column, s, f.threePublicTotal(column), 4, null)));
        }
        return out;
    }

    /** Where a classification code is used: its scheme, the tables (in set order), the row names entered for it. */
    private record Use(String scheme, List<String> tables, List<String> names) {
    }

    /** Every classification code of the part, once, in the order of first use (table by table, row by row). */
    static java.util.Map<String, Use> uses(StatementsContext ctx) {
        StatementFigures f = ctx.figures();
        java.util.Map<String, Use> uses = new java.util.LinkedHashMap<>();
        for (TableLayout layout : f.set().tables()) {
            f.table(layout.key()).ifPresent(t -> {
                for (StatementRow row : t.rows()) {
                    Optional<RowGroup> group = layout.groupOf(row.code());
                    if (group.isEmpty() || !group.get().isClassification()) {
                        continue;
                    }
                    String scheme = ClassificationCatalogue.schemeOf(group.get().kind());
                    String key = scheme + ":" + row.code();
                    String name = row.name() == null || row.name().isBlank() ? null : row.name().strip();
                    Use was = uses.get(key);
                    List<String> tables = new ArrayList<>(was == null ? List.of() : was.tables());
                    String label = f.set().label(layout.key());
                    if (!tables.contains(label)) {
                        tables.add(label);
                    }
                    List<String> names = new ArrayList<>(was == null ? List.of() : was.names());
                    if (name != null && !names.contains(name)) {
                        names.add(name);
                    }
                    uses.put(key, new Use(scheme, tables, names));
                }
            });
        }
        return uses;
    }

    /**
     * The catalogue rules, once per code whatever the number of tables it is used in, graded by what is loaded: with
     * the year's catalogue of the code's scheme marked complete, an unknown code or a contradicting name is a WARNING
     * (ST-CAT-001/003); otherwise a note to check (ST-CAT-004/005). The finding is located at the first table using
     * the code and names all of them.
     */
    private static List<Finding> catalogue(RuleDefinition r, StatementsContext ctx, Check check, boolean complete) {
        List<Finding> out = new ArrayList<>();
        uses(ctx).forEach((key, use) -> {
            if (check != Check.UNVERIFIED && ctx.catalogue().complete(use.scheme()) != complete) {
                return;
            }
            String code = key.substring(key.indexOf(':') + 1);
            // the tables as a reader names them (表2, not the finding's table key T2)
            String where = "（" + String.join("、", use.tables().stream()
                    .map(t -> t.matches("T\\d+") ? "表" + t.substring(1) : t).toList()) + "）";
            Optional<ClassificationEntry> entry = ctx.catalogue().find(use.scheme(), code);
            String table = firstTableKey(ctx, use);
            switch (check) {
                case UNKNOWN -> {
                    if (entry.isEmpty()) {
                        out.add(Located.stated(r, ctx, table, code, null, ctx.year() + "年 " + use.scheme() + " " + code + where));
                    }
                }
                case UNVERIFIED -> entry.filter(e -> !e.verified()).ifPresent(e ->
                        out.add(Located.stated(r, ctx, table, code, null, e.name() + "（" + e.source() + "）" + where)));
                case NAME -> entry.ifPresent(e -> {
                    List<String> wrong = use.names().stream().filter(n -> !n.equals(e.name())).toList();
                    if (!wrong.isEmpty()) {
                        out.add(Located.stated(r, ctx, table, code, "name",
                                "填报“" + String.join("”“", wrong) + "”，目录为“" + e.name() + "”" + where));
                    }
                });
            }
        });
        return out;
    }

    private static String firstTableKey(StatementsContext ctx, Use use) {
        for (TableLayout layout : ctx.figures().set().tables()) {
            if (ctx.figures().set().label(layout.key()).equals(use.tables().get(0))) {
                return layout.key();
            }
        }
        return null;
    }
}
