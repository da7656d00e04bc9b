package org.fiscaldisclosure.disclosure.service.rendering;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.fiscaldisclosure.support.problem.Problem;
import org.fiscaldisclosure.support.problem.ProblemException;

/**
 * The PDF of a version: the very page {@link HtmlRendering} writes, laid out by openhtmltopdf with its print
 * stylesheet (A4, no 目录 navigation, tables kept whole where they fit), the CJK font of {@link PdfFont} embedded as
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

    @Inject
    public PdfRendering(HtmlRendering html, PdfFont font) {
        this.html = html;
        this.font = font;
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
        font.problem().ifPresent(p -> {
            throw new ProblemException(Problem.of(503, "pdf-font-unavailable", "无法生成 PDF", p, List.of()));
        });
        String page = new String(html.render(input), StandardCharsets.UTF_8);
        try (PDDocument doc = new PDDocument(); TrueTypeFont ttf = font.open(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont cjk = PDType0Font.load(doc, ttf, true);
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(doc)
                    .useFastMode()
                    .withProducer("fiscal-disclosure disclosure-service")
                    .useFont(new PDFontSupplier(cjk), PdfFont.FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true)
                    .useFont(new PDFontSupplier(cjk), PdfFont.FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true)
                    .useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE))
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withHtmlContent(page, null)
                    .toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
