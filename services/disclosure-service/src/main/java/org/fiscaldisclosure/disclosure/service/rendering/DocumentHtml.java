package org.fiscaldisclosure.disclosure.service.rendering;

import static org.fiscaldisclosure.disclosure.service.rendering.Html.esc;

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
 * The document's four parts as HTML (well-formed, so that the PDF renderer reads the same page): the 目录, then each
 * part with its numbered sections and their blocks. Every text is escaped, amounts are shown in 万元, charts are
 * inlined after {@link SvgSanitizer}.
 */
final class DocumentHtml {

    /** An entry of the 目录 after the document's parts: the page's own closing sections. */
    record TocEntry(String anchor, String title) {
    }

    private DocumentHtml() {
    }

    /** The 目录: every part and section, linked to its anchor; {@code extra} adds the page's own closing sections. */
    static void contents(StringBuilder h, DocumentOutline outline, List<TocEntry> extra) {
        h.append("<nav aria-label=\"目录\">\n<h2>目录</h2>\n<ol class=\"toc\">\n");
        for (OutlinePart p : outline.parts()) {
            h.append("<li><a href=\"#").append(partAnchor(p)).append("\">").append(esc(p.title())).append("</a>");
            if (!p.sections().isEmpty()) {
                h.append("\n<ol>\n");
                for (OutlineSection s : p.sections()) {
                    h.append("<li><a href=\"#").append(esc(s.anchor())).append("\">").append(esc(s.heading())).append("</a></li>\n");
                }
                h.append("</ol>\n");
            }
            h.append("</li>\n");
        }
        for (TocEntry e : extra) {
            h.append("<li><a href=\"#").append(esc(e.anchor())).append("\">").append(esc(e.title())).append("</a></li>\n");
        }
        h.append("</ol>\n</nav>\n");
    }

    static String partAnchor(OutlinePart p) {
        return "part-" + p.number();
    }

    static void parts(StringBuilder h, DocumentOutline outline) {
        for (OutlinePart p : outline.parts()) {
            h.append("<section class=\"part\" id=\"").append(partAnchor(p)).append("\">\n<h2>").append(esc(p.title())).append("</h2>\n");
            for (String owner : p.missingOwners()) {
                h.append("<p class=\"missing\">").append(esc(PartNames.of(owner))).append("（尚未提交）</p>\n");
            }
            for (OutlineSection s : p.sections()) {
                section(h, s);
            }
            h.append("</section>\n");
        }
    }

    private static void section(StringBuilder h, OutlineSection s) {
        h.append("<section class=\"doc-section\" id=\"").append(esc(s.anchor())).append("\">\n<h3>").append(esc(s.heading()))
                .append("</h3>\n");
        for (Block b : s.section().blocks()) {
            switch (b.kind()) {
                case HEADING -> h.append("<h4>").append(esc(b.text())).append("</h4>\n");
                case PARAGRAPH -> h.append("<p>").append(esc(b.text())).append("</p>\n");
                case TABLE -> table(h, b.table(), s.section().title());
                case CHART -> chart(h, b.chart());
            }
        }
        h.append("</section>\n");
    }

    static void table(StringBuilder h, DocumentTable asSent, String sectionTitle) {
        DocumentTable t = SideBySide.presented(asSent);
        h.append("<div class=\"table-block\">\n");
        if (t.title() != null && !t.title().equals(sectionTitle)) {
            h.append("<p class=\"table-title\">").append(esc(t.title())).append("</p>\n");
        }
        boolean amounts = CellText.hasAmounts(t);
        if (t.code() != null || amounts) {
            h.append("<p class=\"unit\">");
            if (t.code() != null) {
                h.append("<span class=\"form-code\">").append(esc(t.code())).append("</span>");
            }
            if (amounts) {
                h.append("单位：万元");
            }
            h.append("</p>\n");
        }
        h.append("<div class=\"table-wrap\">\n<table>\n<thead>\n");
        HeaderLayout header = HeaderLayout.of(t.columns());
        for (int r = 0; r < header.depth(); r++) {
            h.append("<tr>");
            for (HeaderLayout.HeaderCell c : header.row(r)) {
                h.append("<th scope=\"col\"");
                span(h, "rowspan", c.rowspan());
                span(h, "colspan", c.colspan());
                h.append('>').append(esc(c.label())).append("</th>");
            }
            h.append("</tr>\n");
        }
        h.append("</thead>\n<tbody>\n");
        for (TableRow row : t.rows()) {
            h.append("<tr");
            String cls = (row.emphasis() ? "emphasis" : "") + (row.level() > 0 ? (row.emphasis() ? " " : "") + "level-" + row.level() : "");
            if (!cls.isEmpty()) {
                h.append(" class=\"").append(cls).append('"');
            }
            h.append('>');
            for (Cell c : row.cells()) {
                h.append(CellText.numeric(c) ? "<td class=\"num\"" : "<td");
                span(h, "colspan", c.colspan());
                h.append('>').append(esc(CellText.of(c))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n");
        for (String note : t.notes()) {
            h.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
        }
        h.append("</div>\n");
    }

    private static void span(StringBuilder h, String attribute, int n) {
        if (n > 1) {
            h.append(' ').append(attribute).append("=\"").append(n).append('"');
        }
    }

    static void chart(StringBuilder h, Chart c) {
        h.append("<figure class=\"chart\" id=\"chart-").append(esc(c.id())).append("\">\n");
        SvgSanitizer.sanitize(c.svg()).ifPresentOrElse(
                svg -> h.append("<div class=\"chart-svg\">").append(svg).append("</div>\n"),
                () -> h.append("<p class=\"missing\">（图表无法显示）</p>\n"));
        h.append("<figcaption>").append(esc(c.caption())).append("</figcaption>\n</figure>\n");
    }
}
