package org.fiscaldisclosure.disclosure.rendering;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The CJK font the PDF embeds (subset), read once at startup from {@code fiscal.pdf.font}: by default Debian's
 * {@code fonts-wqy-microhei} ({@code /usr/share/fonts/truetype/wqy/wqy-microhei.ttc}, installed by
 * {@code scripts/ensure-debian-packages.sh} and the image's Dockerfile). A TrueType collection (.ttc) gives its first
 * face that is not a monospaced one; a .ttf is used as it is. When the file is missing or unreadable the service
 * still starts, logs why, reports itself not ready ({@link PdfFontHealthCheck}) and refuses to publish, since
 * every version needs its PDF.
 */
@ApplicationScoped
@Startup
public class PdfFont {

    private static final Logger LOG = Logger.getLogger(PdfFont.class);

    /** The family name the page's print stylesheet asks for first. */
    public static final String FAMILY = "WenQuanYi Micro Hei";

    private final Path path;
    private final byte[] bytes;
    private final String problem;

    public PdfFont(@ConfigProperty(name = "fiscal.pdf.font", defaultValue = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc") String path) {
        this.path = Path.of(path);
        byte[] read = null;
        String why = null;
        try {
            read = Files.readAllBytes(this.path);
            try (TrueTypeFont probe = face(read)) {
                probe.getNumberOfGlyphs();
            }
        } catch (IOException | RuntimeException e) {
            read = null;
            why = "PDF 字体不可用：" + path + "（" + (Files.exists(this.path) ? "无法读取为 TrueType 字体：" + e.getMessage() : "文件不存在")
                    + "）。请安装 fonts-wqy-microhei（scripts/ensure-debian-packages.sh）或以 fiscal.pdf.font 指定 CJK 字体文件";
            LOG.error(why);
        }
        this.bytes = read;
        this.problem = why;
    }

    /** Why the font cannot be used, or empty when it can. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    public Path path() {
        return path;
    }

    /** A fresh font object for one document (font objects are not shared between threads). */
    TrueTypeFont open() throws IOException {
        if (bytes == null) {
            throw new IllegalStateException(problem);
        }
        return face(bytes);
    }

    private static TrueTypeFont face(byte[] bytes) throws IOException {
        if (bytes.length >= 4 && bytes[0] == 't' && bytes[1] == 't' && bytes[2] == 'c' && bytes[3] == 'f') {
            TrueTypeCollection ttc = new TrueTypeCollection(new ByteArrayInputStream(bytes));
            List<TrueTypeFont> faces = new ArrayList<>();
            ttc.processAllFonts(faces::add);
            return faces.stream().filter(f -> !name(f).contains("Mono")).findFirst()
                    .or(() -> faces.stream().findFirst())
                    .orElseThrow(() -> new IOException("empty font collection"));
        }
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    private static String name(TrueTypeFont f) {
        try {
            return String.valueOf(f.getName());
        } catch (IOException e) {
            return "";
        }
    }
}
