package org.fiscaldisclosure.disclosure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.fiscaldisclosure.disclosure.rendering.StoredCompression;
import org.junit.jupiter.api.Test;

/** Which renderings are stored compressed, and which clients get them as stored. */
class StoredCompressionTest {

    @Test
    void textFormatsAreStoredCompressedAndCompressedFormatsAsRendered() {
        for (String text : new String[] {"application/json", "application/json; charset=utf-8", "text/html; charset=utf-8",
                "text/csv", "application/vnd.datapackage+json", "application/xml"}) {
            assertTrue(StoredCompression.worthCompressing(text), text);
        }
        for (String packed : new String[] {"application/pdf", "application/zip",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}) {
            assertFalse(StoredCompression.worthCompressing(packed), packed);
        }
        byte[] json = "{\"a\":\"部门决算\"}".repeat(200).getBytes(StandardCharsets.UTF_8);
        byte[] gz = StoredCompression.gzip(json);
        assertTrue(gz.length * 10 < json.length);
        assertArrayEquals(json, StoredCompression.gunzip(gz));
    }

    @Test
    void gzipIsSentToAClientThatAcceptsItAndToNoOther() {
        for (String yes : new String[] {"gzip", "gzip, deflate, br", "br;q=1.0, gzip;q=0.8", "*", "deflate, *;q=0.5", "GZIP"}) {
            assertTrue(StoredCompression.accepts(yes), yes);
        }
        for (String no : new String[] {null, "", "identity", "br", "gzip;q=0", "gzip; q=0.0, br", "*;q=0", "deflate"}) {
            assertFalse(StoredCompression.accepts(no), no);
        }
    }
}
