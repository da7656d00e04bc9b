package org.fiscaldisclosure.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Cutting a revision into a manifest and segments and joining it back gives the same JSON, numbers as written. */
class SegmentsTest {

    /** A revision with {@code n} large projects, one section each, and {@code 20 n} findings. */
    private static String revision(int n, String changedName) {
        String projects = IntStream.range(0, n).mapToObj(i -> "{\"projectCode\":\"P" + i + "\",\"name\":\""
                + (i == 3 && changedName != null ? changedName : "项目" + i) + "\",\"budget\":1180801.00,\"text\":\""
                + "说明".repeat(600) + "\"}").collect(Collectors.joining(","));
        String sections = IntStream.range(0, n).mapToObj(i -> "{\"id\":\"S" + i + "\",\"blocks\":[{\"text\":\""
                + (i == 3 && changedName != null ? changedName : "段落" + i).repeat(300) + "\"}]}").collect(Collectors.joining(","));
        String findings = IntStream.range(0, 20 * n).mapToObj(i -> "{\"ruleId\":\"PF-IND-00" + (i % 9) + "\",\"table\":\"/projects/"
                + (i / 20) + "\",\"provided\":0.10,\"message\":\"" + (i / 20 == 3 && changedName != null ? changedName : "第" + i + "条")
                + "\"}").collect(Collectors.joining(","));
        return "{\"unitCode\":\"110102-SWD\",\"fiscalYear\":2024,\"revision\":1,\"part\":{\"department\":{\"score\":98},"
                + "\"projects\":[" + projects + "]},\"headline\":{\"grandIncomeTotal\":3586400.00},"
                + "\"validation\":{\"fatal\":0,\"findings\":[" + findings + "]},\"document\":{\"sections\":[" + sections + "]}}";
    }

    private static Map<String, byte[]> byHash(Segments.Cut cut) {
        Map<String, byte[]> m = new HashMap<>();
        cut.segments().forEach(s -> m.put(s.hash(), s.json()));
        return m;
    }

    @Test
    void joiningTheCutGivesTheRevisionBackWithItsNumbersAsWritten() throws Exception {
        byte[] original = revision(12, null).getBytes(StandardCharsets.UTF_8);
        Segments.Cut cut = Segments.cut(original);
        assertTrue(cut.manifest().length * 10 < original.length, "the manifest is small: " + cut.manifest().length);
        assertEquals(Segments.references(cut.manifest()), byHash(cut).keySet());
        byte[] joined = Segments.join(cut.manifest(), byHash(cut)::get);
        assertArrayEquals(original, joined);
        assertTrue(new String(joined, StandardCharsets.UTF_8).contains("\"grandIncomeTotal\":3586400.00"));
        for (Segments.Segment s : cut.segments()) {
            assertEquals(Segments.sha256(s.json()), s.hash());
        }
    }

    @Test
    void aChangeToOneProjectChangesOnlyItsOwnSegmentsAndFewChunks() {
        Segments.Cut before = Segments.cut(revision(40, null).getBytes(StandardCharsets.UTF_8));
        Segments.Cut after = Segments.cut(revision(40, "改名").getBytes(StandardCharsets.UTF_8));
        Set<String> old = byHash(before).keySet();
        List<Segments.Segment> fresh = after.segments().stream().filter(s -> !old.contains(s.hash())).toList();
        long bytes = fresh.stream().mapToLong(s -> s.json().length).sum() + after.manifest().length;
        long whole = before.segments().stream().mapToLong(s -> s.json().length).sum() + before.manifest().length;
        assertTrue(fresh.size() <= 6, "the project, its section and the chunks of its findings: " + fresh.size());
        assertTrue(bytes * 10 < whole, "one project of forty costs " + bytes + " B of " + whole + " B");
    }

    @Test
    void aRevisionWithoutLargePiecesIsLeftAsItIsAndAMissingSegmentIsNamed() {
        byte[] small = "{\"unitCode\":\"110102-SWD\",\"part\":{\"items\":[{\"a\":1}]}}".getBytes(StandardCharsets.UTF_8);
        Segments.Cut cut = Segments.cut(small);
        assertTrue(cut.segments().isEmpty());
        assertArrayEquals(small, cut.manifest());

        Segments.Cut big = Segments.cut(revision(3, null).getBytes(StandardCharsets.UTF_8));
        Segments.MissingSegmentException e = assertThrows(Segments.MissingSegmentException.class,
                () -> Segments.join(big.manifest(), h -> null));
        assertEquals(big.segments().size(), e.hashes().size());
    }

    @Test
    void aTreeIsCutWithoutBeingWrittenAndReadAgainIntoTheSameManifestAndSegments() throws Exception {
        byte[] original = revision(12, null).getBytes(StandardCharsets.UTF_8);
        com.fasterxml.jackson.databind.ObjectMapper exact = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        Segments.Cut fromBytes = Segments.cut(original);
        Segments.Cut fromTree = Segments.cut((com.fasterxml.jackson.databind.node.ObjectNode) exact.readTree(original));
        assertArrayEquals(fromBytes.manifest(), fromTree.manifest());
        assertEquals(byHash(fromBytes).keySet(), byHash(fromTree).keySet());
    }

    @Test
    void aManifestReadOnceNamesItsSegmentsAndJoinsWithThem() throws Exception {
        byte[] original = revision(12, null).getBytes(StandardCharsets.UTF_8);
        Segments.Cut cut = Segments.cut(original);
        Segments.Manifest manifest = Segments.Manifest.parse(cut.manifest());
        assertEquals(byHash(cut).keySet(), manifest.references());
        Map<String, byte[]> asked = new HashMap<>();
        byte[] joined = manifest.join(h -> {
            asked.put(h, byHash(cut).get(h));
            return asked.get(h);
        });
        assertArrayEquals(original, joined);
        assertEquals(manifest.references(), asked.keySet());

        byte[] plain = "{\"unitCode\":\"110102-SWD\",\"part\":{}}".getBytes(StandardCharsets.UTF_8);
        Segments.Manifest none = Segments.Manifest.parse(plain);
        assertTrue(none.references().isEmpty());
        assertArrayEquals(plain, none.join(h -> {
            throw new AssertionError("nothing to fetch");
        }));
    }
}
