package org.fiscaldisclosure.disclosure.rendering;

import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Writes the PDF of a print page in pieces ({@link PrintPieces}) so that the memory it takes is bounded by the largest
 * piece, not by the document: openhtmltopdf keeps the layout of everything it lays out, several hundred pages for a
 * department with hundreds of 自评表. Each piece is laid out on its own, written to a temporary file and forgotten; the
 * files are joined with PDFBox, whose buffers are temporary files too.
 *
 * <p>What the document had as one layout it keeps:
 * <ul>
 *   <li>a first pass lays out each piece (no drawing) for its number of pages and the page of each bookmarked
 *       anchor; the 目录 (in the first piece) is laid out last, with those numbers, again until its own number of
 *       pages no longer changes;</li>
 *   <li>the second pass draws each piece with its first page number ({@code counter(page)} runs on from the pieces
 *       before) and the document's page count in place of {@code counter(pages)}; the 目录's entries print their page
 *       numbers in place of {@code target-counter(attr(href), page)}, with the page's own rule for them;</li>
 *   <li>the bookmarks of the page (parts and their sections) are written once for the joined document, each opening
 *       its page at its heading; the document's title, language zh-CN, outline shown on opening and page labels
 *       1, 2, … as {@link PdfRendering#asDocument} sets them.</li>
 * </ul>
 * A part whose markup is larger than the piece size is cut between its sections, each piece starting a new page.
 */
final class PiecewisePdf {

    /**
     * The markup a piece holds at most (characters of the page), unless one section is larger: about 15 自评表 of 25
     * 三级指标, some 25 pages, laid out and drawn tagged (PDF/UA: the structure tree of the piece is held until it is
     * written) in well under 64 MiB of heap.
     */
    static final int PIECE_CHARS = 150_000;

    /**
     * The largest page (characters) whose PDF is tagged (PDF/UA). Joining tagged pieces merges their structure trees,
     * which PDFBox holds in memory whole: a department of up to some 40 自评表 is tagged, a larger
     * one (120 自评表 ran out of 128 MiB while joining) is laid out untagged.
     */
    static final int TAGGED_MAX_CHARS = 400_000;

    /**
     * A builder for one piece, everything set but the content and the output: fonts, SVG, resource access, and
     * whether the piece is tagged.
     */
    @FunctionalInterface
    interface Layout {
        PdfRendererBuilder builder(PDDocument doc, boolean tagged) throws IOException;
    }

    /** Where a bookmarked anchor is: its piece, its page in the piece (from 0) and the top of its box (PDF points). */
    // positions on a page are PDF geometry in points, float as PDFBox and openhtmltopdf give and take them (no amount)
    private record Place(int piece, int page, float top) {
    }

    /** A link of the 目录 to an anchor: its page in the front piece (from 0) and its box (PDF points). */
    private record Link(String anchor, int page, float x, float y, float width, float height) {
    }

    /** The id given to each link of the front to an anchor, so that its box can be found: the prefix, then the anchor. */
    static final String LINK_ID = "piecewise-link-";
    private static final Pattern FRONT_LINK = Pattern.compile("<a href=\"#([^\"]+)\">");

    private static final Pattern PAGES = Pattern.compile("counter\\(\\s*pages\\s*\\)");
    private static final Pattern TARGET_RULE = Pattern.compile(
            "([^{}]*?)(::?(?:after|before))\\s*\\{([^{}]*target-counter\\(\\s*attr\\(\\s*href\\s*\\)\\s*,\\s*page\\s*\\)[^{}]*)}");
    private static final Pattern TARGET = Pattern.compile("target-counter\\(\\s*attr\\(\\s*href\\s*\\)\\s*,\\s*page\\s*\\)");

    private final Layout layout;
    private final int pieceChars;

    PiecewisePdf(Layout layout, int pieceChars) {
        this.layout = layout;
        this.pieceChars = pieceChars;
    }

    /** The PDF of {@code page}, titled {@code title}. */
    byte[] write(String page, String title) throws IOException {
        boolean tagged = page.length() <= TAGGED_MAX_CHARS;
        PrintPieces cut = PrintPieces.of(page, pieceChars);
        List<PrintPieces.Piece> pieces = cut.pieces();
        List<PrintPieces.Bookmark> flat = new ArrayList<>();
        flatten(cut.bookmarks(), flat);
        Pattern anchors = Pattern.compile("^(?:" + flat.stream().map(b -> Pattern.quote(b.anchor())).collect(Collectors.joining("|")) + ")$");

        // first pass: each piece's pages and where its anchors are; the front (the 目录) last, with the numbers
        int n = pieces.size();
        int[] pages = new int[n];
        Map<String, Place> places = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (!pieces.get(i).front()) {
                pages[i] = layOut(tagged, PrintPieces.page(cut.head(), pieces.get(i)), i, anchors, places, new ArrayList<>());
            }
        }
        int frontIndex = frontIndex(pieces);
        String frontHead = cut.head();
        List<Link> links = new ArrayList<>();
        if (frontIndex >= 0) {
            // the 目录's links point to anchors of other pieces: found by an id of their own, made links after joining
            PrintPieces.Piece front = pieces.get(frontIndex);
            pieces = new ArrayList<>(pieces);
            pieces.set(frontIndex, new PrintPieces.Piece(FRONT_LINK.matcher(front.content())
                    .replaceAll(m -> Matcher.quoteReplacement(m.group().substring(0, m.group().length() - 1) + " id=\"" + LINK_ID + m.group(1) + "\">")),
                    true));
            Pattern frontIds = Pattern.compile("^(?:" + anchors.pattern().substring(1, anchors.pattern().length() - 1) + "|"
                    + Pattern.quote(LINK_ID) + ".*)$");
            pages[frontIndex] = 1;
            for (int attempt = 0; attempt < 4; attempt++) {
                frontHead = withContentsNumbers(cut.head(), flat, places, pages);
                links.clear();
                int laid = layOut(tagged, PrintPieces.page(frontHead, pieces.get(frontIndex)), frontIndex, frontIds, places, links);
                if (laid == pages[frontIndex]) {
                    break;
                }
                pages[frontIndex] = laid;
            }
            frontHead = withContentsNumbers(cut.head(), flat, places, pages);
        }
        int total = 0;
        for (int p : pages) {
            total += p;
        }

        Path dir = Files.createTempDirectory("pdf-pieces");
        try {
            // second pass: each piece drawn with its page numbers, to a file of its own
            List<Path> files = new ArrayList<>();
            int first = 1;
            for (int i = 0; i < n; i++) {
                String head = PAGES.matcher(i == frontIndex ? frontHead : cut.head()).replaceAll("\"" + total + "\"");
                Path file = dir.resolve("piece-" + i + ".pdf");
                int drawn = draw(tagged, PrintPieces.page(head, pieces.get(i)), first, file);
                if (drawn != pages[i]) {
                    throw new IllegalStateException("piece " + i + " of the PDF took " + drawn + " pages, " + pages[i] + " when counted");
                }
                files.add(file);
                first += pages[i];
            }
            Path joined = dir.resolve("joined.pdf");
            join(files, joined, title, cut.bookmarks(), places, pages, frontIndex, links);
            return Files.readAllBytes(joined);
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static int frontIndex(List<PrintPieces.Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).front()) {
                return i;
            }
        }
        return -1;
    }

    private static void flatten(List<PrintPieces.Bookmark> bookmarks, List<PrintPieces.Bookmark> into) {
        for (PrintPieces.Bookmark b : bookmarks) {
            if (b.anchor() != null) {
                into.add(b);
            }
            flatten(b.children(), into);
        }
    }

    /** Lays out one piece without drawing it: its number of pages; the places of its anchors are put in {@code places}. */
    private int layOut(boolean tagged, String html, int piece, Pattern anchors, Map<String, Place> places, List<Link> links) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = layout.builder(doc, tagged).withHtmlContent(html, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                Layer layer = renderer.getRootBox().getLayer();
                LayoutContext c = renderer.getSharedContext().newLayoutContextInstance();
                float dpp = renderer.getDotsPerPoint();
                for (Map.Entry<String, Box> e : renderer.getSharedContext().getIdMap().entrySet()) {
                    if (!anchors.matcher(e.getKey()).matches()) {
                        continue;
                    }
                    Box box = e.getValue();
                    if (!e.getKey().startsWith(LINK_ID)) {
                        // a section's box may begin at the foot of a page whose rest its heading did not fit: its first
                        // line is where it opens
                        while (box.getChildCount() > 0) {
                            box = box.getChild(0);
                        }
                    }
                    PageBox page = layer.getPage(c, box.getAbsY());
                    if (page == null) {
                        continue;
                    }
                    float top = (page.getBottom() - box.getAbsY() + page.getMarginBorderPadding(c, CalculatedStyle.BOTTOM)) / dpp;
                    if (e.getKey().startsWith(LINK_ID)) {
                        float x = (box.getAbsX() + page.getMarginBorderPadding(c, CalculatedStyle.LEFT)) / dpp;
                        float height = box.getHeight() / dpp;
                        links.add(new Link(e.getKey().substring(LINK_ID.length()), page.getPageNo(), x, top - height,
                                box.getEffectiveWidth() / dpp, height));
                    } else {
                        places.put(e.getKey(), new Place(piece, page.getPageNo(), top));
                    }
                }
                return renderer.getRootBox().getLayer().getPages().size();
            }
        }
    }

    /** Draws one piece into {@code file}, its pages numbered from {@code firstPage}: its number of pages. */
    private int draw(boolean tagged, String html, int firstPage, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            PDDocument doc = new PDDocument();
            layout.builder(doc, tagged).withHtmlContent(html, null).useInitialPageNumber(firstPage).toStream(out).run();
        }
        try (PDDocument drawn = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            return drawn.getNumberOfPages();
        }
    }

    /**
     * The head with the 目录's numbers: for each anchor, the page's rule that prints {@code target-counter(attr(href),
     * page)} repeated for that link with the anchor's page number in its place.
     */
    static String withContentsNumbers(String head, List<PrintPieces.Bookmark> anchors, Map<String, Place> places, int[] pages) {
        Matcher m = TARGET_RULE.matcher(head);
        if (!m.find()) {
            return head;
        }
        String selector = m.group(1).trim();
        String pseudo = m.group(2);
        String body = m.group(3);
        StringBuilder rules = new StringBuilder("\n<style>\n");
        for (PrintPieces.Bookmark b : anchors) {
            Place p = places.get(b.anchor());
            if (p == null) {
                continue;
            }
            int number = p.page() + 1;
            for (int i = 0; i < p.piece(); i++) {
                number += pages[i];
            }
            rules.append(selector).append("[href=\"#").append(cssString(b.anchor())).append("\"]").append(pseudo).append(" {")
                    .append(TARGET.matcher(body).replaceAll(Matcher.quoteReplacement("\"" + number + "\""))).append("}\n");
        }
        rules.append("</style>\n");
        int headEnd = head.indexOf("</head>");
        return head.substring(0, headEnd) + rules + head.substring(headEnd);
    }

    private static String cssString(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\3C ").replace("&", "\\26 ");
    }

    /** Joins the pieces' files into {@code out} and writes the document's title, language, outline and page labels. */
    private static void join(List<Path> files, Path out, String title, List<PrintPieces.Bookmark> bookmarks, Map<String, Place> places,
                             int[] pages, int frontIndex, List<Link> links) throws IOException {
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (Path f : files) {
                PDDocument source = Loader.loadPDF(f.toFile(), IOUtils.createTempFileOnlyStreamCache());
                sources.add(source);
                merger.appendDocument(doc, source);
            }
            doc.getDocumentInformation().setProducer(sources.isEmpty() ? null : sources.get(0).getDocumentInformation().getProducer());
            int[] offsets = new int[pages.length];
            for (int i = 1; i < pages.length; i++) {
                offsets[i] = offsets[i - 1] + pages[i - 1];
            }
            PDDocumentOutline outline = new PDDocumentOutline();
            outline(doc, outline, bookmarks, places, offsets);
            if (outline.hasChildren()) {
                doc.getDocumentCatalog().setDocumentOutline(outline);
            }
            for (Link l : links) {
                Place target = places.get(l.anchor());
                if (target != null) {
                    PDAnnotationLink link = new PDAnnotationLink();
                    link.setRectangle(new PDRectangle(l.x(), l.y(), l.width(), l.height()));
                    PDBorderStyleDictionary none = new PDBorderStyleDictionary();
                    none.setWidth(0);
                    link.setBorderStyle(none);
                    link.setDestination(destination(doc, target, offsets));
                    doc.getPage(offsets[frontIndex] + l.page()).getAnnotations().add(link);
                }
            }
            PdfRendering.asDocument(doc, title);
            doc.save(out.toFile());
        } finally {
            for (PDDocument s : sources) {
                s.close();
            }
        }
    }

    private static PDPageXYZDestination destination(PDDocument doc, Place p, int[] offsets) {
        PDPageXYZDestination d = new PDPageXYZDestination();
        d.setPage(doc.getPage(offsets[p.piece()] + p.page()));
        d.setTop(Math.round(p.top()));
        d.setLeft(0);
        return d;
    }

    private static void outline(PDDocument doc, PDOutlineNode parent, List<PrintPieces.Bookmark> bookmarks, Map<String, Place> places,
                                int[] offsets) {
        for (PrintPieces.Bookmark b : bookmarks) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(b.title());
            Place p = b.anchor() == null ? null : places.get(b.anchor());
            if (p != null) {
                item.setDestination(destination(doc, p, offsets));
            }
            parent.addLast(item);
            outline(doc, item, b.children(), places, offsets);
        }
    }
}
