package org.fiscaldisclosure.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.disclosure.findings.ExplanationView;
import org.fiscaldisclosure.disclosure.publication.CanonicalJson;
import org.fiscaldisclosure.disclosure.publication.ContentHash;
import org.junit.jupiter.api.Test;

/** The content hash depends on the content only: not on key order, number spelling or who explained when. */
class ContentHashTest {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    static String hash(String statements, List<ExplanationView> explanations) throws Exception {
        return ContentHash.of("110102-SWD", 2024, Map.of("statements", json(statements)), explanations);
    }

    @Test
    void theCanonicalTextSortsKeysAndWritesExactPlainNumbers() throws Exception {
        assertEquals("{\"a\":[1,0.5,\"说明\\\"\",null,true],\"b\":3586400,\"c\":{\"x\":0,\"y\":12345678901234567890.01}}",
                CanonicalJson.write(json("{\"c\":{\"y\":12345678901234567890.010,\"x\":0.00},\"b\":3586400.00,"
                        + "\"a\":[1.0,0.50,\"说明\\\"\",null,true]}")));
    }

    @Test
    void keyOrderAndNumberSpellingDoNotChangeTheHash() throws Exception {
        String a = hash("{\"revision\":1,\"headline\":{\"expenditureTotal\":3586400.00,\"projectExpenditure\":3501200}}", List.of());
        String b = hash("{\"headline\":{\"projectExpenditure\":3501200.0,\"expenditureTotal\":3586400},\"revision\":1}", List.of());
        assertEquals(a, b);
        assertTrue(a.matches("[0-9a-f]{64}"), a);
    }

    @Test
    void aChangedFigureOrRevisionChangesTheHash() throws Exception {
        String a = hash("{\"revision\":1,\"headline\":{\"expenditureTotal\":3586400.00}}", List.of());
        assertNotEquals(a, hash("{\"revision\":1,\"headline\":{\"expenditureTotal\":3586400.01}}", List.of()));
        assertNotEquals(a, hash("{\"revision\":2,\"headline\":{\"expenditureTotal\":3586400.00}}", List.of()));
    }

    @Test
    void theExplanationTextIsContentButItsAuthorAndTimeAreNot() throws Exception {
        String part = "{\"revision\":1}";
        ExplanationView e = new ExplanationView("DS-T12-001", "procurement/T12/-/x", "低于采购限额", "甲", Instant.EPOCH);
        String base = hash(part, List.of());
        String explained = hash(part, List.of(e));
        assertNotEquals(base, explained);
        assertEquals(explained, hash(part, List.of(new ExplanationView(e.ruleId(), e.location(), e.text(), "乙", Instant.now()))));
        assertNotEquals(explained, hash(part, List.of(new ExplanationView(e.ruleId(), e.location(), "另一说明", "甲", Instant.EPOCH))));
    }
}
