package org.fiscaldisclosure.disclosure.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fiscaldisclosure.disclosure.DocumentFixture;
import org.fiscaldisclosure.disclosure.ManyProjectsFixture;
import org.junit.jupiter.api.Test;

/**
 * The PDF laid out in pieces ({@link PiecewisePdf}): a performance part of 12 自评表 cut into several pieces by a
 * small piece size, joined back into one document that reads as if laid out at once: the 目录 gives the page each
 * bookmark opens, every page carries its number of the whole, the bookmarks keep the parts and their sections in
 * order, the pages are labelled 1 … N, and the title and language are the document's.
 */
class PiecewisePdfTest {

    static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    static final int PROJECTS = 12;
    /** Small enough that the performance part is cut into several pieces. */
    static final int PIECE_CHARS = 30_000;

    @Test
    void thePrintPageIsCutBetweenSectionsAndNothingIsLost() {
        String page = new HtmlRendering().printPage(DocumentFixture.input(ManyProjectsFixture.documents(PROJECTS)));
        PrintPieces cut = PrintPieces.of(page, PIECE_CHARS);
        assertTrue(cut.pieces().size() > 5, "the front, three parts and the performance part in several pieces: " + cut.pieces().size());
        assertTrue(cut.pieces().get(0).front() && cut.pieces().get(0).content().contains("目录"));
        assertTrue(!cut.head().contains("<bookmarks>") && cut.bookmarks().size() == 5, cut.bookmarks().toString());
        assertEquals(PROJECTS + 1, cut.bookmarks().get(3).children().size());
        String all = String.join("", cut.pieces().stream().map(PrintPieces.Piece::content).toList());
        for (int k = 1; k <= PROJECTS; k++) {
            String section = "id=\"" + cut.bookmarks().get(3).children().get(k).anchor() + "\"";
            assertEquals(1, count(all, section), "each project's section in exactly one piece: " + section);
            assertTrue(all.contains(ManyProjectsFixture.name(k)));
        }
        assertEquals(1, count(all, "附：主要数据</h2>"), "the closing sections once, with the last piece");
        assertTrue(cut.pieces().get(cut.pieces().size() - 1).content().contains("内容哈希"));
        for (PrintPieces.Piece p : cut.pieces()) {
            assertTrue(p.front() || p.content().length() <= PIECE_CHARS + 20_000, "a piece of " + p.content().length());
        }
    }

    @Test
    void aPdfWrittenInPiecesKeepsItsContentsPageNumbersBookmarksLabelsTitleAndLanguage() throws Exception {
        PdfRendering pdf = new PdfRendering(new HtmlRendering(), new PdfFont(FONT), PIECE_CHARS);
        byte[] file = pdf.render(DocumentFixture.input(ManyProjectsFixture.documents(PROJECTS)));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/rendered"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/rendered/piecewise.pdf"), file);
        try (PDDocument doc = Loader.loadPDF(file)) {
            int pages = doc.getNumberOfPages();
            List<String> text = new ArrayList<>();
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(p);
                one.setEndPage(p);
                text.add(one.getText(doc));
            }
            // every page numbered in the whole document
            for (int p = 1; p <= pages; p++) {
                assertTrue(text.get(p - 1).replaceAll("\\s+", "").contains("第" + p + "页共" + pages + "页"), "page " + p + ": " + text.get(p - 1));
            }
            // the bookmarks: the parts, the performance part's sections in order, each opening the page of its heading
            List<PDOutlineItem> parts = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(parts::add);
            assertEquals(List.of("第一部分 2024年度部门决算报表", "第二部分 2024年度部门决算说明", "第三部分 2024年度其他重要事项的情况说明",
                    "第四部分 2024年度部门绩效评价情况", "附：主要数据"), parts.stream().map(PDOutlineItem::getTitle).toList());
            List<PDOutlineItem> projects = new ArrayList<>();
            parts.get(3).children().forEach(projects::add);
            assertEquals(PROJECTS + 1, projects.size());
            String contents = text.get(0) + (pages > 1 ? text.get(1) : "");
            int previous = 0;
            for (int k = 1; k <= PROJECTS; k++) {
                PDOutlineItem item = projects.get(k);
                assertTrue(item.getTitle().contains(ManyProjectsFixture.name(k)), item.getTitle());
                int page = doc.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage()) + 1;
                assertTrue(page > previous, "sections in order: " + page + " after " + previous);
                previous = page;
                assertTrue(text.get(page - 1).contains(ManyProjectsFixture.name(k)), "the bookmark of project " + k + " opens its page " + page + ":\n" + text.get(page - 1)
                        + "\n---- next:\n" + (page < pages ? text.get(page) : ""));
                Matcher entry = Pattern.compile(Pattern.quote(item.getTitle()) + "[ .]*(\\d+)\\s").matcher(contents);
                assertTrue(entry.find(), "the 目录 lists " + item.getTitle() + ":\n" + contents);
                assertEquals(page, Integer.parseInt(entry.group(1)), "the 目录's page of " + item.getTitle());
            }
            // labels, title, language
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertEquals(pages, labels.length);
            assertEquals("1", labels[0]);
            assertEquals(String.valueOf(pages), labels[pages - 1]);
            assertEquals(DocumentFixture.UNIT_NAME + "2024年度部门决算公开", doc.getDocumentInformation().getTitle());
            assertEquals("zh-CN", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
        }
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
