package org.fiscaldisclosure.disclosure.service.rendering;

import io.quarkus.qute.RawString;
import java.util.ArrayList;
import java.util.List;
import org.fiscaldisclosure.contracts.document.Block;
import org.fiscaldisclosure.contracts.document.Cell;
import org.fiscaldisclosure.contracts.document.Chart;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.contracts.document.TableRow;
import org.fiscaldisclosure.disclosure.service.document.DocumentOutline;
import org.fiscaldisclosure.disclosure.service.document.OutlinePart;
import org.fiscaldisclosure.disclosure.service.document.OutlineSection;

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

    /** One block; {@code kind} is heading, paragraph, table or chart, and the matching field is set. */
    public record BlockView(String kind, String text, TableView table, ChartView chart) {
    }

    /**
     * A table as the form prints it.
     *
     * @param title the table's own title when it differs from its section's, else null
     * @param code  the form code (公开03表), or null
     */
    public record TableView(String title, String code, boolean amounts, List<List<HeadCell>> head, List<RowView> rows,
                            List<String> notes) {
    }

    public record HeadCell(String label, int rowspan, int colspan) {
    }

    /** A body row: its CSS class (emphasis, level-n) or null, and its cells. */
    public record RowView(String cssClass, List<CellView> cells) {
    }

    public record CellView(String text, boolean number, int colspan) {
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

    static List<PartView> parts(DocumentOutline outline) {
        List<PartView> parts = new ArrayList<>();
        for (OutlinePart p : outline.parts()) {
            parts.add(new PartView(partAnchor(p), p.title(), p.missingOwners().stream().map(PartNames::of).toList(),
                    p.sections().stream().map(DocumentHtml::section).toList()));
        }
        return parts;
    }

    private static SectionView section(OutlineSection s) {
        List<BlockView> blocks = new ArrayList<>();
        for (Block b : s.section().blocks()) {
            switch (b.kind()) {
                case HEADING -> blocks.add(new BlockView("heading", b.text(), null, null));
                case PARAGRAPH -> blocks.add(new BlockView("paragraph", b.text(), null, null));
                case TABLE -> blocks.add(new BlockView("table", null, table(b.table(), s.section().title()), null));
                case CHART -> blocks.add(new BlockView("chart", null, null, chart(b.chart())));
            }
        }
        return new SectionView(s.anchor(), s.heading(), blocks);
    }

    static TableView table(DocumentTable asSent, String sectionTitle) {
        DocumentTable t = SideBySide.presented(asSent);
        String title = t.title() != null && !t.title().equals(sectionTitle) ? t.title() : null;
        HeaderLayout header = HeaderLayout.of(t.columns());
        List<List<HeadCell>> head = new ArrayList<>();
        for (int r = 0; r < header.depth(); r++) {
            head.add(header.row(r).stream().map(c -> new HeadCell(c.label(), c.rowspan(), c.colspan())).toList());
        }
        List<RowView> rows = new ArrayList<>();
        for (TableRow row : t.rows()) {
            String cls = (row.emphasis() ? "emphasis" : "") + (row.level() > 0 ? (row.emphasis() ? " " : "") + "level-" + row.level() : "");
            List<CellView> cells = new ArrayList<>();
            for (Cell c : row.cells()) {
                cells.add(new CellView(CellText.of(c), CellText.numeric(c), c.colspan()));
            }
            rows.add(new RowView(cls.isEmpty() ? null : cls, cells));
        }
        return new TableView(title, t.code(), CellText.hasAmounts(t), head, rows, t.notes());
    }

    static ChartView chart(Chart c) {
        return new ChartView(c.id(), SvgSanitizer.sanitizedMarkup(c.svg()).orElse(null), c.caption());
    }
}
