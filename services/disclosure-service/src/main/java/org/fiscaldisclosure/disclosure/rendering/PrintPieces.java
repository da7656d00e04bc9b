package org.fiscaldisclosure.disclosure.rendering;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The print page ({@link HtmlRendering#printPage}) cut into pieces that are laid out one at a time
 * ({@link PiecewisePdf}): the front (the page's header, the correction note and the 目录), then each part, a part
 * larger than {@code maxChars} cut between its sections (the 自评表 of a large department in groups), the page's
 * closing sections (附：主要数据, the footer) joined to the last piece. Every piece is a whole page: the page's head
 * (its styles) without the {@code <bookmarks>}, which are read here and written once for the whole document.
 *
 * <p>The page is well-formed XHTML whose every text and attribute value is escaped, so its tags are found by
 * scanning for {@code <}: a {@code <} in a text can only be {@code &lt;}.
 */
final class PrintPieces {

    /** A bookmark of the page: its title, the anchor it opens and its children. */
    record Bookmark(String title, String anchor, List<Bookmark> children) {
    }

    /**
     * One piece: the content between the page's head and {@code </body>}, and whether it is the front (the 目录,
     * whose page numbers are known only once the other pieces are laid out).
     */
    record Piece(String content, boolean front) {
    }

    private final String head;
    private final List<Bookmark> bookmarks;
    private final List<Piece> pieces;

    private PrintPieces(String head, List<Bookmark> bookmarks, List<Piece> pieces) {
        this.head = head;
        this.bookmarks = bookmarks;
        this.pieces = pieces;
    }

    /** The head of the page up to and with {@code <body>}, without its bookmarks. */
    String head() {
        return head;
    }

    List<Bookmark> bookmarks() {
        return bookmarks;
    }

    List<Piece> pieces() {
        return pieces;
    }

    /** A whole page of one piece, with {@code head} (the page's head, its styles completed for this piece). */
    static String page(String head, Piece piece) {
        return head + piece.content() + "</body></html>";
    }

    /** Cuts the page: no piece holds more than {@code maxChars} of the parts' markup unless one section does. */
    static PrintPieces of(String page, int maxChars) {
        int bodyTag = page.indexOf("<body");
        if (bodyTag < 0) {
            throw new IllegalArgumentException("not a page: no <body>");
        }
        int bodyOpen = page.indexOf('>', bodyTag) + 1;
        int bodyClose = page.lastIndexOf("</body>");
        String head = page.substring(0, bodyOpen);
        List<Bookmark> bookmarks = List.of();
        int b0 = head.indexOf("<bookmarks>");
        if (b0 >= 0) {
            int b1 = head.indexOf("</bookmarks>", b0) + "</bookmarks>".length();
            bookmarks = bookmarks(head.substring(b0, b1));
            head = head.substring(0, b0) + head.substring(b1);
        }

        List<Element> body = children(page, bodyOpen, bodyClose);
        Element main = body.stream().filter(e -> e.name.equals("main")).findFirst().orElse(null);
        List<Piece> pieces = new ArrayList<>();
        if (main == null) {
            pieces.add(new Piece(page.substring(bodyOpen, bodyClose), true));
            return new PrintPieces(head, bookmarks, pieces);
        }
        List<Element> inMain = children(page, main.openEnd, main.closeStart);
        int firstPart = indexOf(inMain, "part", 0);
        int lastPart = lastIndexOf(inMain, "part");
        String mainOpen = page.substring(main.start, main.openEnd);

        StringBuilder front = new StringBuilder();
        for (Element e : body) {
            if (e == main) {
                break;
            }
            front.append(e.text(page)).append('\n');
        }
        front.append(mainOpen).append('\n');
        for (int i = 0; i < (firstPart < 0 ? inMain.size() : firstPart); i++) {
            front.append(inMain.get(i).text(page)).append('\n');
        }
        front.append("</main>\n");
        pieces.add(new Piece(front.toString(), true));

        if (firstPart >= 0) {
            for (int i = firstPart; i <= lastPart; i++) {
                Element part = inMain.get(i);
                if (part.end - part.start <= maxChars || !part.hasClass(page, "part")) {
                    pieces.add(new Piece(mainOpen + "\n" + part.text(page) + "\n</main>\n", false));
                    continue;
                }
                String partOpen = page.substring(part.start, part.openEnd);
                StringBuilder group = new StringBuilder();
                int sections = 0;
                for (Element c : children(page, part.openEnd, part.closeStart)) {
                    boolean section = c.hasClass(page, "doc-section");
                    if (section && sections > 0 && group.length() + (c.end - c.start) > maxChars) {
                        pieces.add(new Piece(mainOpen + "\n" + partOpen + "\n" + group + "</section>\n</main>\n", false));
                        group.setLength(0);
                        sections = 0;
                    }
                    group.append(c.text(page)).append('\n');
                    sections += section ? 1 : 0;
                }
                pieces.add(new Piece(mainOpen + "\n" + partOpen + "\n" + group + "</section>\n</main>\n", false));
            }
        }
        // the closing sections after the last part, and what follows <main>, join the last piece
        StringBuilder tail = new StringBuilder();
        for (int i = lastPart + 1; firstPart >= 0 && i < inMain.size(); i++) {
            tail.append(inMain.get(i).text(page)).append('\n');
        }
        StringBuilder after = new StringBuilder();
        boolean past = false;
        for (Element e : body) {
            if (past) {
                after.append(e.text(page)).append('\n');
            }
            past |= e == main;
        }
        Piece last = pieces.remove(pieces.size() - 1);
        String content = last.content();
        int close = content.lastIndexOf("</main>");
        pieces.add(new Piece(content.substring(0, close) + tail + content.substring(close) + after, last.front()));
        return new PrintPieces(head, bookmarks, pieces);
    }

    private static int indexOf(List<Element> elements, String cls, int from) {
        for (int i = from; i < elements.size(); i++) {
            if (elements.get(i).classes.contains(cls)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(List<Element> elements, String cls) {
        for (int i = elements.size() - 1; i >= 0; i--) {
            if (elements.get(i).classes.contains(cls)) {
                return i;
            }
        }
        return -1;
    }

    /** An element of the page: where it starts, where its start tag ends, where its end tag starts, where it ends. */
    private record Element(String name, List<String> classes, int start, int openEnd, int closeStart, int end) {

        String text(String page) {
            return page.substring(start, end);
        }

        boolean hasClass(String page, String cls) {
            return classes.contains(cls);
        }
    }

    private static final Pattern CLASS = Pattern.compile("\\sclass=\"([^\"]*)\"");

    /** The child elements between {@code from} and {@code to} (text between them, whitespace, is left out). */
    private static List<Element> children(String page, int from, int to) {
        List<Element> out = new ArrayList<>();
        int i = from;
        while (true) {
            int lt = page.indexOf('<', i);
            if (lt < 0 || lt >= to) {
                return out;
            }
            if (page.startsWith("<!--", lt)) {
                i = page.indexOf("-->", lt) + 3;
                continue;
            }
            int openEnd = tagEnd(page, lt);
            String tag = page.substring(lt, openEnd);
            String name = tag.substring(1).split("[\\s/>]", 2)[0];
            List<String> classes = List.of();
            Matcher m = CLASS.matcher(tag);
            if (m.find()) {
                classes = List.of(m.group(1).trim().split("\\s+"));
            }
            if (tag.endsWith("/>")) {
                out.add(new Element(name, classes, lt, openEnd, openEnd, openEnd));
                i = openEnd;
                continue;
            }
            int closeStart = closing(page, openEnd, name);
            int end = page.indexOf('>', closeStart) + 1;
            out.add(new Element(name, classes, lt, openEnd, closeStart, end));
            i = end;
        }
    }

    /** The end of the tag starting at {@code lt} (after its {@code >}), quotes respected. */
    private static int tagEnd(String page, int lt) {
        char quote = 0;
        for (int i = lt + 1; i < page.length(); i++) {
            char c = page.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unterminated tag at " + lt);
    }

    /** Where the end tag of the element named {@code name} whose start tag ends at {@code from} starts. */
    private static int closing(String page, int from, String name) {
        int depth = 1;
        int i = from;
        while (true) {
            int lt = page.indexOf('<', i);
            if (lt < 0) {
                throw new IllegalArgumentException("no </" + name + ">");
            }
            if (page.startsWith("<!--", lt)) {
                i = page.indexOf("-->", lt) + 3;
                continue;
            }
            int end = tagEnd(page, lt);
            if (page.startsWith("</", lt)) {
                if (page.startsWith(name, lt + 2) && !Character.isLetterOrDigit(page.charAt(lt + 2 + name.length()))) {
                    if (--depth == 0) {
                        return lt;
                    }
                }
            } else if (page.charAt(end - 2) != '/' && page.startsWith(name, lt + 1)
                    && !Character.isLetterOrDigit(page.charAt(lt + 1 + name.length())) && page.charAt(lt + 1) != '!') {
                depth++;
            }
            i = end;
        }
    }

    /** The {@code <bookmarks>} element read as a tree (its names unescaped). */
    private static List<Bookmark> bookmarks(String xml) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Bookmark> top = new ArrayList<>();
        Deque<List<Bookmark>> open = new ArrayDeque<>();
        open.push(top);
        try {
            XMLStreamReader r = f.createXMLStreamReader(new StringReader(xml));
            Deque<String[]> pending = new ArrayDeque<>();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("bookmark")) {
                    String href = r.getAttributeValue(null, "href");
                    pending.push(new String[] {r.getAttributeValue(null, "name"), href != null && href.startsWith("#") ? href.substring(1) : href});
                    open.push(new ArrayList<>());
                } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("bookmark")) {
                    List<Bookmark> children = open.pop();
                    String[] b = pending.pop();
                    open.peek().add(new Bookmark(b[0], b[1], List.copyOf(children)));
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("unreadable bookmarks: " + e.getMessage(), e);
        }
        return List.copyOf(top);
    }
}
