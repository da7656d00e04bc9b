package org.fiscaldisclosure.disclosure.rendering;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.problem.ProblemException;

/**
 * The PDF of a version: the page {@link HtmlRendering} writes, laid out by openhtmltopdf with its print stylesheet
 * (A4, tables kept whole where they fit) as a document: the 目录 on the first pages with each entry's page number
 * (target-counter), page numbers on every page, bookmarks for the parts and their sections, the title and the
 * language zh-CN in the file, page labels, the CJK font of {@link PdfFont} embedded as
 * a subset, and the sanitized SVG charts drawn as vectors (Batik, scripts and external resources off). Nothing
 * outside the page is ever loaded.
 */
@ApplicationScoped
public class PdfRendering implements Rendering {

    static {
        // Batik draws the charts' text with AWT fonts; a server has no display
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final HtmlRendering html;
    private final PdfFont font;

    private final int pieceChars;

    @Inject
    public PdfRendering(HtmlRendering html, PdfFont font) {
        this(html, font, PiecewisePdf.PIECE_CHARS);
    }

    /** With pieces of at most {@code pieceChars} characters of the page ({@link PiecewisePdf}). */
    public PdfRendering(HtmlRendering html, PdfFont font, int pieceChars) {
        this.html = html;
        this.font = font;
        this.pieceChars = pieceChars;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public byte[] render(RenderInput input) {
        return prepare(input).get();
    }

    /** The print page and the title are all the layout needs: the document they were written from can go first. */
    @Override
    public Supplier<byte[]> prepare(RenderInput input) {
        font.problem().ifPresent(p -> {
            throw new ProblemException(Problem.of(503, "pdf-font-unavailable", "无法生成 PDF", p, List.of()));
        });
        String page = html.printPage(input);
        String title = input.outline().title();
        return () -> {
            try {
                return new PiecewisePdf(this::builder, pieceChars).write(page, title);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /**
     * The builder of one piece of the document ({@link PiecewisePdf} lays the page out in pieces and joins them):
     * fonts, charts, resource access and whether it is tagged; the font is closed with the piece's document.
     */
    private PdfRendererBuilder builder(PDDocument doc, boolean tagged) throws IOException {
        TrueTypeFont ttf = font.open();
        doc.registerTrueTypeFontForClosing(ttf);
        PDFont cjk = PDType0Font.load(doc, ttf, true);
        return new PdfRendererBuilder()
                .usePDDocument(doc)
                .useFastMode()
                .withProducer("fiscal-disclosure disclosure-service")
                // the regular face only: text asked for in bold (headings, table headers, totals) is then drawn by
                // openhtmltopdf in that face filled and stroked, a bold the reader sees (the font has no bold face)
                .useFont(new PDFontSupplier(cjk), PdfFont.FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true)
                // tagged (PDF/UA): the structure of headings, paragraphs, lists, tables and figures with their text
                // alternatives, the language and title in the file; every font embedded (no built-in font is
                // available then, so the print stylesheet names the CJK family for every element)
                .usePdfUaAccessbility(tagged)
                .useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE))
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    }

    /**
     * What a reader shows of the file: its language (zh-CN), its title in the window instead of the file name, the
     * outline open, and page labels 1, 2, … matching the printed page numbers.
     */
    static void asDocument(PDDocument doc, String title) {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage("zh-CN");
        doc.getDocumentInformation().setTitle(title);
        PDViewerPreferences prefs = catalog.getViewerPreferences() == null
                ? new PDViewerPreferences(new COSDictionary()) : catalog.getViewerPreferences();
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
        if (catalog.getDocumentOutline() != null) {
            catalog.setPageMode(PageMode.USE_OUTLINES);
        }
        PDPageLabels labels = new PDPageLabels(doc);
        PDPageLabelRange decimal = new PDPageLabelRange();
        decimal.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        labels.setLabelItem(0, decimal);
        catalog.setPageLabels(labels);
    }
}
