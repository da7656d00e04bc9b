package org.fiscaldisclosure.producer.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {

    /** Read as the audit trail reads: exact, trailing zeros kept. */
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    static JsonNode revision(String part, String headline) throws Exception {
        return JSON.readTree("{\"revision\":1,\"part\":" + part + ",\"headline\":" + headline + "}");
    }

    @Test
    void aChangedFigureIsACellAChangedTextAFieldAndNumbersCompareByValue() throws Exception {
        JsonNode before = revision("{\"name\":\"甲\",\"rows\":[{\"code\":\"a\",\"v\":1.50},{\"code\":\"b\",\"v\":2}]}",
                "{\"total\":3.50,\"same\":1}");
        JsonNode after = revision("{\"name\":\"乙\",\"rows\":[{\"code\":\"a\",\"v\":1.5},{\"code\":\"b\",\"v\":3}]}",
                "{\"total\":4.5,\"same\":1.00}");
        RevisionDiff.Summary s = RevisionDiff.between(before, after);
        assertFalse(s.created());
        assertEquals(1, s.changedCells());
        assertEquals(1, s.changedFields());
        assertEquals(List.of("/name", "/rows/code=b/v"), s.changes().stream().map(RevisionDiff.Change::path).toList());
        assertEquals(List.of(new RevisionDiff.HeadlineChange("total", new BigDecimal("3.50"), new BigDecimal("4.5"))), s.headline());
    }

    @Test
    void aRowInsertedByCodeDoesNotShiftTheOthers() throws Exception {
        JsonNode before = revision("{\"rows\":[{\"code\":\"a\",\"v\":1},{\"code\":\"c\",\"v\":3}]}", "{}");
        JsonNode after = revision("{\"rows\":[{\"code\":\"a\",\"v\":1},{\"code\":\"b\",\"v\":2},{\"code\":\"c\",\"v\":3}]}", "{}");
        RevisionDiff.Summary s = RevisionDiff.between(before, after);
        assertEquals(1, s.changedCells());
        assertEquals(1, s.changedFields()); // the new row's code
        assertTrue(s.changes().stream().allMatch(c -> c.path().startsWith("/rows/code=b/")));
    }

    @Test
    void theFirstRevisionCountsWhatItSetAndListsNothing() throws Exception {
        RevisionDiff.Summary s = RevisionDiff.between(null, revision("{\"a\":1,\"b\":\"x\",\"c\":[1,2]}", "{\"t\":1}"));
        assertTrue(s.created());
        assertEquals(3, s.changedCells());
        assertEquals(1, s.changedFields());
        assertEquals(List.of(), s.changes());
        assertEquals(1, s.headline().size());
    }

    @Test
    void beyondTheLimitChangesAreCountedNotListed() throws Exception {
        StringBuilder a = new StringBuilder("[");
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < RevisionDiff.MAX_CHANGES + 5; i++) {
            a.append(i == 0 ? "" : ",").append(i);
            b.append(i == 0 ? "" : ",").append(i + 1);
        }
        RevisionDiff.Summary s = RevisionDiff.between(revision("{\"v\":" + a + "]}", "{}"), revision("{\"v\":" + b + "]}", "{}"));
        assertEquals(RevisionDiff.MAX_CHANGES + 5, s.changedCells());
        assertEquals(RevisionDiff.MAX_CHANGES, s.changes().size());
        assertEquals(5, s.changesOmitted());
    }
}
