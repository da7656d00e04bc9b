package org.fiscaldisclosure.disclosure.rendering;

import io.quarkus.qute.RawString;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.fiscaldisclosure.contracts.document.Block;
import org.fiscaldisclosure.contracts.document.Cell;
import org.fiscaldisclosure.contracts.document.CellKind;
import org.fiscaldisclosure.contracts.document.Chart;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.contracts.document.Slot;
import org.fiscaldisclosure.contracts.document.TableRow;
import org.fiscaldisclosure.disclosure.document.DocumentOutline;
import org.fiscaldisclosure.disclosure.document.OutlinePart;
import org.fiscaldisclosure.disclosure.document.OutlineSection;

/**
 * The document's four parts as the page's templates read them ({@code pages/disclosure.html},
 * {@code pages/tags/doctable.html}): the 目录, then each part with its numbered sections and their blocks, amounts
 * in 万元, charts after {@link SvgSanitizer}. Plain values only: the templates escape every text.
 */
final class DocumentHtml {

    /** An entry of the 目录: a part or section, or one of the page's own closing sections. */
    public record TocEntry(String anchor, String title, List<TocEntry> children) {
    }

    public record PartView(String anchor, String title, List<String> missing, List<SectionView> sections) {
    }

    public record SectionView(String anchor, String heading, List<BlockView> blocks) {
    }

    /** One block; {@code kind} is heading, paragraph, table, chart or form, and the matching field is set. */
    public record BlockView(String kind, String text, TableView table, ChartView chart, FormHead form) {

        BlockView(String kind, String text, TableView table, ChartView chart) {
            this(kind, text, table, chart, null);
        }
    }

    /**
     * The head of a 项目支出绩效自评表 as the form prints it (财预〔2020〕10号, annex): its title, the line
     * 「（2024年度）」 under it, and the 项目名称 row.
     */
    public record FormHead(String title, String year, String projectName) {
    }

    /** The heading a performance part gives each 自评表 (the form's title). */
    static final String SELF_EVALUATION_TABLE = "项目支出绩效自评表";

    /**
     * A table as the form prints it.
     *
     * @param title the table's own title when it differs from its section's, else null
     * @param code  the form code (公开03表), or null
     */
    public record TableView(String title, String label, String code, String maker, boolean amounts, List<List<HeadCell>> head,
                            int columns, List<RowView> rows, List<String> notes) {
    }

    public record HeadCell(String label, int rowspan, int colspan) {
    }

    /** A body row: its CSS class (emphasis, level-n) or null, and its cells. */
    public record RowView(String cssClass, List<CellView> cells) {
    }

    /**
     * A body cell: its text, whether it is a figure or a code (kept on one line), a short value written as text
     * ({@code ≤1.195万元}, {@code 95.6%}: kept on one line too), whether it names its row (a row header,
     * {@code th scope="row"}), and its spans.
     */
    public record CellView(String text, boolean number, boolean code, boolean value, boolean rowHeader, int colspan, int rowspan) {
    }

    /** A chart: the sanitized SVG (null when it could not be kept) and its caption. */
    public record ChartView(String id, RawString svg, String caption) {
    }

    private DocumentHtml() {
    }

    static String partAnchor(OutlinePart p) {
        return "part-" + p.number();
    }

    /** The 目录: every part and section, linked to its anchor; {@code extra} adds the page's own closing sections. */
    static List<TocEntry> contents(DocumentOutline outline, List<TocEntry> extra) {
        List<TocEntry> toc = new ArrayList<>();
        for (OutlinePart p : outline.parts()) {
            toc.add(new TocEntry(partAnchor(p), p.title(),
                    p.sections().stream().map(s -> new TocEntry(s.anchor(), s.heading(), List.of())).toList()));
        }
        toc.addAll(extra);
        return toc;
    }

    /**
     * The parts; {@code maker} is the 编制单位 printed over every table; {@code print} for the PDF's variant of the
     * page (a chart then carries its text alternative where the PDF's tagging reads it).
     */
    static List<PartView> parts(DocumentOutline outline, String maker, boolean print) {
        List<PartView> parts = new ArrayList<>();
        for (OutlinePart p : outline.parts()) {
            parts.add(new PartView(partAnchor(p), p.title(), p.missingOwners().stream().map(PartNames::of).toList(),
                    p.sections().stream().map(s -> section(s, maker, print, outline.fiscalYear())).toList()));
        }
        return parts;
    }

    private static SectionView section(OutlineSection s, String maker, boolean print, int year) {
        List<BlockView> blocks = new ArrayList<>();
        boolean evaluation = s.section().slot() == Slot.PROJECT_EVALUATIONS;
        for (Block b : s.section().blocks()) {
            switch (b.kind()) {
                case HEADING -> blocks.add(evaluation && SELF_EVALUATION_TABLE.equals(b.text() == null ? null : b.text().strip())
                        ? new BlockView("form", null, null, null, new FormHead(SELF_EVALUATION_TABLE, "（" + year + "年度）", s.section().title()))
                        : new BlockView("heading", b.text(), null, null));
                case PARAGRAPH -> blocks.add(new BlockView("paragraph", b.text(), null, null));
                case TABLE -> blocks.add(new BlockView("table", null, table(b.table(), s.section().title(), maker), null));
                case CHART -> blocks.add(new BlockView("chart", null, null, print ? printedChart(b.chart()) : chart(b.chart())));
            }
        }
        return new SectionView(s.anchor(), s.heading(), blocks);
    }

    /**
     * A table as the form prints it: two-sided tables side by side ({@link SideBySide}), the header rows with their
     * spans, 单位：万元 on every statement table and on any table with an amount, the 编制单位, the row's name cell as
     * its row header, and the form's merged cells: in the leading 一级指标/二级指标 columns of a 自评表, a name
     * repeated on consecutive rows is printed once, spanning them.
     */
    static TableView table(DocumentTable asSent, String sectionTitle, String maker) {
        DocumentTable t = Across.presented(SideBySide.presented(asSent));
        String title = t.title() != null && !t.title().equals(sectionTitle) ? t.title() : null;
        HeaderLayout header = HeaderLayout.of(t.columns());
        List<List<HeadCell>> head = new ArrayList<>();
        for (int r = 0; r < header.depth(); r++) {
            head.add(header.row(r).stream().map(c -> new HeadCell(c.label(), c.rowspan(), c.colspan())).toList());
        }
        List<RowView> rows = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            TableRow row = t.rows().get(r);
            String cls = (row.emphasis() ? "emphasis" : "") + (row.level() > 0 ? (row.emphasis() ? " " : "") + "level-" + row.level() : "");
            List<CellView> cells = new ArrayList<>();
            boolean named = false;
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                int rowspan = rowspan(t, r, c);
                if (rowspan == 0) {
                    // covered by the name above, which heads this row too
                    named = true;
                    continue;
                }
                String text = CellText.of(cell);
                boolean code = cell.kind() == CellKind.TEXT && CODE.matcher(text).matches();
                boolean rowHeader = !named && !code && cell.kind() == CellKind.TEXT && !text.isBlank() && c < 3;
                named |= rowHeader;
                boolean value = !code && cell.kind() == CellKind.TEXT && VALUE.matcher(text).matches();
                cells.add(new CellView(text, CellText.numeric(cell), code, value, rowHeader, cell.colspan(), rowspan));
            }
            rows.add(new RowView(cls.isEmpty() ? null : cls, cells));
        }
        boolean amounts = inWanYuan(t);
        String label = title != null ? title : sectionTitle;
        return new TableView(title, label == null ? "表格" : label, t.code(), maker, amounts, head, Math.max(1, t.columns().size()), rows,
                t.notes());
    }

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{3,}");
    private static final Pattern VALUE = Pattern.compile("[^\\s]{0,4}[0-9][^\\s]{0,10}");
    private static final Pattern STATEMENT_TABLE = Pattern.compile("T[0-9]+");

    /** Whether the table is headed 单位：万元: every statement table (表1-表10, even an empty one) and any table with an amount. */
    static boolean inWanYuan(DocumentTable t) {
        return CellText.hasAmounts(t) || (t.id() != null && STATEMENT_TABLE.matcher(t.id()).matches());
    }

    /**
     * How many rows the cell at {@code row}, {@code column} spans as the form prints it: in the leading
     * 一级指标/二级指标 columns ({@link #mergedColumns}) a name repeated on the rows below (under the same names to its
     * left) is printed once, spanning them; 0 for a cell so covered by the one above, 1 for any other cell.
     */
    static int rowspan(DocumentTable t, int row, int column) {
        if (column >= mergedColumns(t)) {
            return 1;
        }
        TableRow r = t.rows().get(row);
        if (row > 0 && sameText(t.rows().get(row - 1), r, column)) {
            return 0;
        }
        int span = 1;
        while (row + span < t.rows().size() && sameText(t.rows().get(row + span), r, column)) {
            span++;
        }
        return span;
    }

    /** How many leading columns are 一级指标/二级指标 columns whose repeated names merge (0 when the table has none). */
    static int mergedColumns(DocumentTable t) {
        int n = 0;
        while (n < t.columns().size() && t.columns().get(n).label() != null && MERGED.contains(t.columns().get(n).label())) {
            n++;
        }
        return n;
    }

    private static final java.util.Set<String> MERGED = java.util.Set.of("一级指标", "二级指标");

    private static boolean sameText(TableRow a, TableRow b, int column) {
        if (a.cells().size() <= column || b.cells().size() <= column) {
            return false;
        }
        for (int c = 0; c <= column; c++) {
            Cell x = a.cells().get(c);
            Cell y = b.cells().get(c);
            if (x.kind() != CellKind.TEXT || y.kind() != CellKind.TEXT || x.colspan() > 1 || y.colspan() > 1 || x.text() == null
                    || !x.text().equals(y.text())) {
                return false;
            }
        }
        return true;
    }

    static ChartView chart(Chart c) {
        return new ChartView(c.id(), SvgSanitizer.sanitizedMarkup(c.svg()).orElse(null), c.caption());
    }

    /** The chart as the PDF draws it: its text alternative is the caption and what the chart says, figures included. */
    static ChartView printedChart(Chart c) {
        String said = SvgSanitizer.text(c.svg());
        String alt = (c.caption() == null ? "" : c.caption()) + (said.isEmpty() ? "" : "：" + said);
        return new ChartView(c.id(), SvgSanitizer.sanitizedMarkup(c.svg(), alt.isBlank() ? "图表" : alt).orElse(null), c.caption());
    }
}
