package org.fiscaldisclosure.disclosure.rendering;

import static org.fiscaldisclosure.disclosure.rendering.Html.esc;

import io.quarkus.qute.RawString;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Makes a chart's SVG safe to inline into the public page. The charts come from our producers, but the page treats
 * them as untrusted: the SVG is parsed as XML with no DTD allowed (so no entity tricks, nothing fetched), then
 * written again keeping only drawing elements ({@value #ALLOWED_ELEMENTS_TEXT}) and presentation attributes whose
 * values reference nothing ({@code url(…)}, {@code javascript:} and the like are dropped). Scripts, event handlers,
 * links, {@code <image>}, {@code <foreignObject>}, {@code <style>} and {@code style} attributes are removed with
 * their content. An SVG that is not well-formed XML, or whose root is not {@code <svg>}, is not shown at all.
 */
final class SvgSanitizer {

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    static final String ALLOWED_ELEMENTS_TEXT = "svg, g, rect, line, path, text, tspan, title, circle, polyline, polygon";
    static final int MAX_CHARS = 512 * 1024;

    private static final Set<String> ELEMENTS = Set.of(ALLOWED_ELEMENTS_TEXT.split(", "));
    private static final Set<String> ATTRIBUTES = Set.of(
            "width", "height", "viewBox", "preserveAspectRatio", "role", "aria-label",
            "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "dx", "dy", "d", "points", "transform",
            "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray",
            "stroke-linecap", "stroke-linejoin", "opacity",
            "font-family", "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline");
    /** Anything that can reference or run something: a URL function, a scheme, an escape, a CSS expression. */
    private static final Pattern HOSTILE_VALUE = Pattern.compile("url\\s*\\(|[a-z]+\\s*:|\\\\|expression\\s*\\(|[<>]",
            Pattern.CASE_INSENSITIVE);

    private SvgSanitizer() {
    }

    /**
     * The safe SVG markup as a value the page's templates write unescaped ({@link PageTemplates}): the one raw value
     * of the page, made only here, after sanitizing. Empty when the input is not a well-formed SVG document.
     */
    static Optional<RawString> sanitizedMarkup(String svg) {
        return sanitize(svg).map(RawString::new);
    }

    /**
     * The safe SVG markup with its text alternative {@code alt} on the root element, as the PDF's tagging reads it
     * (openhtmltopdf takes a figure's alternate description from its element's {@code alt}); for the PDF's variant of
     * the page only, since {@code alt} is not an SVG attribute a browser reads.
     */
    static Optional<RawString> sanitizedMarkup(String svg, String alt) {
        return sanitize(svg).map(safe -> new RawString(safe.replaceFirst("^<svg ", "<svg alt=\"" + java.util.regex.Matcher.quoteReplacement(esc(alt)) + "\" ")));
    }

    /** The chart's own text (its title, labels and legend, with their figures), in drawing order, joined by "；". */
    static String text(String svg) {
        Optional<String> safe = sanitize(svg);
        if (safe.isEmpty()) {
            return "";
        }
        try {
            org.w3c.dom.NodeList texts = parser().parse(new InputSource(new StringReader(safe.get()))).getElementsByTagNameNS(SVG_NS, "text");
            java.util.List<String> parts = new java.util.ArrayList<>();
            for (int i = 0; i < texts.getLength(); i++) {
                String t = texts.item(i).getTextContent().strip();
                if (!t.isEmpty()) {
                    parts.add(t);
                }
            }
            return String.join("；", parts);
        } catch (SAXException | IOException e) {
            return "";
        }
    }

    /** The safe SVG markup, or empty when the input is not a well-formed SVG document. */
    static Optional<String> sanitize(String svg) {
        if (svg == null || svg.isBlank() || svg.length() > MAX_CHARS) {
            return Optional.empty();
        }
        Element root;
        try {
            root = parser().parse(new InputSource(new StringReader(svg))).getDocumentElement();
        } catch (SAXException | IOException e) {
            return Optional.empty();
        }
        if (!"svg".equals(name(root))) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(svg.length());
        element(root, out, true);
        return Optional.of(out.toString());
    }

    private static DocumentBuilder parser() {
        try {
            // the JDK's own parser, not whichever provider a jar on the class path names (in the packaged app a
            // META-INF/services entry of a rendering dependency pointed to a Xerces class it cannot load)
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new QuietErrors());
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(Element e) {
        String ns = e.getNamespaceURI();
        if (ns != null && !SVG_NS.equals(ns)) {
            return null;
        }
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    private static void element(Element e, StringBuilder out, boolean root) {
        String name = name(e);
        if (name == null || !ELEMENTS.contains(name)) {
            return;
        }
        out.append('<').append(name);
        if (root) {
            out.append(" xmlns=\"").append(SVG_NS).append('"');
        }
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String attr = a.getLocalName() != null ? a.getLocalName() : a.getName();
            if (a.getNamespaceURI() == null && ATTRIBUTES.contains(attr) && !HOSTILE_VALUE.matcher(a.getValue()).find()) {
                out.append(' ').append(attr).append("=\"").append(esc(a.getValue())).append('"');
            }
        }
        out.append('>');
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            switch (c.getNodeType()) {
                case Node.ELEMENT_NODE -> element((Element) c, out, false);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(esc(c.getNodeValue()));
                default -> {
                    // comments and processing instructions are dropped
                }
            }
        }
        out.append("</").append(name).append('>');
    }

    /** Fails on every error without printing it (the default handler writes to stderr). */
    private static final class QuietErrors implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
