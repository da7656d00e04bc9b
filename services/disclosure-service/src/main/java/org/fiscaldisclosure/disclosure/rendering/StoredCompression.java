package org.fiscaldisclosure.disclosure.rendering;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How a rendering is stored: the formats that are text (JSON, HTML, CSV, XML) are gzip-compressed once, at publish
 * time, at the strongest level (it is done once and read many times), and served as stored to every client that
 * accepts gzip: a read costs no compression. PDF, XLSX and ZIP are compressed formats already and are stored as
 * rendered.
 */
public final class StoredCompression {

    /** The content coding of a compressed rendering ({@code Content-Encoding}). */
    public static final String GZIP = "gzip";

    private StoredCompression() {
    }

    /** Whether a rendering of this media type is stored compressed. */
    public static boolean worthCompressing(String mediaType) {
        String t = mediaType.toLowerCase(Locale.ROOT);
        return t.startsWith("text/") || t.startsWith("application/json") || t.contains("+json")
                || t.startsWith("application/xml") || t.contains("+xml");
    }

    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 6));
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 8192)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("stored rendering not gzip", e);
        }
    }

    /**
     * Whether an {@code Accept-Encoding} header accepts gzip: named (or {@code *}) without {@code q=0}. An absent
     * header accepts only the identity here (a client that says nothing gets what it can surely read).
     */
    public static boolean accepts(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return false;
        }
        boolean star = false;
        for (String part : acceptEncoding.split(",")) {
            String[] p = part.trim().split(";");
            String coding = p[0].trim().toLowerCase(Locale.ROOT);
            boolean refused = false;
            for (int i = 1; i < p.length; i++) {
                String param = p[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
                if (param.startsWith("q=")) {
                    try {
                        refused = Double.parseDouble(param.substring(2)) <= 0;
                    } catch (NumberFormatException e) {
                        refused = true;
                    }
                }
            }
            if (coding.equals(GZIP) || coding.equals("x-gzip")) {
                return !refused;
            }
            if (coding.equals("*")) {
                star = !refused;
            }
        }
        return star;
    }
}
