package org.fiscaldisclosure.statements.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.fiscaldisclosure.contracts.document.Block;
import org.fiscaldisclosure.contracts.document.Cell;
import org.fiscaldisclosure.contracts.document.Classification;
import org.fiscaldisclosure.contracts.document.Column;
import org.fiscaldisclosure.contracts.document.DocumentSection;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.contracts.document.Slot;
import org.fiscaldisclosure.contracts.document.TableRow;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.statements.classification.ClassificationCatalogue;
import org.fiscaldisclosure.statements.figures.StatementFigures;
import org.fiscaldisclosure.statements.figures.StatementsContext;
import org.fiscaldisclosure.statements.narrative.NarrativeWriter;
import org.fiscaldisclosure.statements.tableset.ColumnDef;
import org.fiscaldisclosure.statements.tableset.FixedRow;
import org.fiscaldisclosure.statements.tableset.RowGroup;
import org.fiscaldisclosure.statements.tableset.TableLayout;
import org.fiscaldisclosure.statements.tableset.TotalRow;

/**
 * The statement tables of the part's table set as published tables, one section each ({@code T1} …), laid out by the
 * set: a code column when the table has classification rows, the row name, then the set's columns with their upper
 * headers. Rows follow the row groups: fixed rows in the layout's order (a stated total shows the computed figure),
 * classification rows 类, 款, 项 in code order (a row not entered is the sum of its children), and the group's
 * computed rows (合计, 人员经费合计 …) where the layout has them. A column the row's group lacks is an empty cell.
 * An empty table of a fund carries the narrative's statement for it as its note. A table the form prints in two sides
 * marks each row's side: 表1 and 表4 by their row groups' side (收入 | 支出), 表6 and 表8 by economic class (人员经费:
 * 301 and 303 with 人员经费合计 | 公用经费: the other classes with 公用经费合计).
 */
final class TableSections {

    static final String CODE = "code";
    static final String NAME = "name";
    static final String INCOME = "收入";
    static final String EXPENDITURE = "支出";
    static final String PERSONNEL = "人员经费";
    static final String PUBLIC_USE = "公用经费";

    private final StatementsContext ctx;
    private final StatementFigures f;
    private final TableLayout layout;
    private final List<ColumnDef> amounts;
    private final boolean coded;

    private TableSections(StatementsContext ctx, TableLayout layout) {
        this.ctx = ctx;
        this.f = ctx.figures();
        this.layout = layout;
        this.amounts = layout.columnsInOrder().stream().filter(c -> c.printedIn() == null).toList();
        this.coded = layout.classificationKind().isPresent();
    }

    static List<DocumentSection> of(StatementsContext ctx) {
        return ctx.figures().set().tables().stream().map(t -> new TableSections(ctx, t).section()).toList();
    }

    private DocumentSection section() {
        String id = "T" + layout.number();
        DocumentTable table = new DocumentTable(id, layout.title(), layout.code(), columns(), rows(),
                NarrativeWriter.emptyTableStatement(ctx, layout.key()).map(List::of).orElse(List.of()),
                layout.classificationKind().map(k -> "econ".equals(k) ? Classification.ECONOMIC : Classification.FUNCTIONAL)
                        .orElse(null));
        return new DocumentSection(Slot.STATEMENT_TABLES, id, layout.title(), List.of(Block.table(table)));
    }

    private List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        if (coded) {
            columns.add(new Column(CODE, TableLayout.CODE_LABEL, null));
        }
        columns.add(new Column(NAME, TableLayout.ITEM_LABEL, null));
        amounts.forEach(c -> columns.add(new Column(c.key(), c.title(), c.group())));
        return columns;
    }

    private List<TableRow> rows() {
        List<TableRow> rows = new ArrayList<>();
        for (RowGroup g : layout.rowGroups()) {
            if (g.isClassification()) {
                rows.addAll(classificationRows(g));
            } else {
                g.totals().stream().filter(t -> !t.footer()).forEach(t -> rows.add(total(g, t)));
                for (FixedRow r : g.rows()) {
                    rows.add(row(r.key(), 0, r.stated(), null, r.name(), g, groupSide(g),
                            c -> f.fixedFigure(layout.key(), r.key(), c)));
                }
                g.totals().stream().filter(TotalRow::footer).forEach(t -> rows.add(total(g, t)));
            }
        }
        return rows;
    }

    private List<TableRow> classificationRows(RowGroup g) {
        TreeSet<String> codes = new TreeSet<>(); // 201, 20139, 2013901, …: each 款 after its 类, each 项 after its 款
        for (int length = 3; length <= 7; length += 2) {
            if (g.levels().contains(RowGroup.Level.ofLength(g.kind(), length))) {
                codes.addAll(f.codesOfLength(layout.key(), length));
            }
        }
        if (codes.isEmpty()) {
            return List.of();
        }
        List<TableRow> rows = new ArrayList<>();
        g.totals().stream().filter(t -> !t.footer()).forEach(t -> rows.add(total(g, t)));
        for (String code : codes) {
            rows.add(row(code, RowGroup.levelOf(g.kind(), code), false, code, name(g, code), g, side(g, code),
                    c -> f.value(layout.key(), code, c)));
        }
        g.totals().stream().filter(TotalRow::footer).forEach(t -> rows.add(total(g, t)));
        return rows;
    }

    private TableRow total(RowGroup g, TotalRow t) {
        return row(t.name(), 0, true, null, t.name(), g, totalSide(g, t), c -> f.totalRow(layout.key(), t.key(), c));
    }

    /** 收入 or 支出 for a group of a two-sided table (表1, 表4), null for a one-sided one. */
    private static String groupSide(RowGroup g) {
        if ("income".equals(g.side())) {
            return INCOME;
        }
        return "expenditure".equals(g.side()) ? EXPENDITURE : null;
    }

    /** A classification row's side: its group's, or 人员经费 | 公用经费 in a table of 人员经费 and 公用经费 (表6, 表8). */
    private String side(RowGroup g, String code) {
        if (splitsPersonnel(g)) {
            return StatementFigures.isPersonnel(code) ? PERSONNEL : PUBLIC_USE;
        }
        return groupSide(g);
    }

    private static String totalSide(RowGroup g, TotalRow t) {
        if (splitsPersonnel(g)) {
            return switch (t.key()) {
                case "personnel" -> PERSONNEL;
                case "publicUse" -> PUBLIC_USE;
                default -> null;
            };
        }
        return groupSide(g);
    }

    /** An economic group printed with its 人员经费合计 and 公用经费合计 (表6, 表8). */
    private static boolean splitsPersonnel(RowGroup g) {
        return "econ".equals(g.kind()) && g.totals().stream().map(TotalRow::key).toList().containsAll(List.of("personnel", "publicUse"));
    }

    /** The catalogue's name of the year, else the name entered with the row, else the code. */
    private String name(RowGroup g, String code) {
        return ctx.catalogue().find(ClassificationCatalogue.schemeOf(g.kind()), code).map(e -> e.name())
                .or(() -> f.table(layout.key()).flatMap(t -> t.row(code)).map(r -> r.name()))
                .orElse(code);
    }

    private TableRow row(String key, int level, boolean emphasis, String printedCode, String name, RowGroup g, String side,
                         Function<String, Amount> figure) {
        List<Cell> cells = new ArrayList<>();
        if (coded) {
            cells.add(Optional.ofNullable(printedCode).map(Cell::text).orElseGet(Cell::empty));
        }
        cells.add(Cell.text(name));
        for (ColumnDef c : amounts) {
            cells.add(g.columns().stream().filter(own -> c.key().equals(own.printedIn() != null ? own.printedIn() : own.key()))
                    .findFirst().map(own -> Cell.amount(figure.apply(own.key()).yuan())).orElseGet(Cell::empty));
        }
        return new TableRow(key, level, emphasis, side, cells);
    }
}
