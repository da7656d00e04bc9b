package org.fiscaldisclosure.platform.messaging;

import org.fiscaldisclosure.contracts.event.CloudEventHeaders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How a large part revision travels and is stored: its big repeated pieces (each project's 自评表, each contract,
 * each section of the published form) are cut out as <b>segments</b>, addressed by the SHA-256 of their compact JSON,
 * and the revision itself (the <b>manifest</b>) keeps a placeholder {@code {"$segment":"<sha-256 hex>"}} in their place.
 * A segment is stored and sent once per unit and year and content: a revision that changes one project of three
 * hundred sends that project's segments and a manifest, not the whole department again.
 *
 * <p>On the wire a segment is a record of type {@link #EVENT_TYPE} on the part's topic, keyed
 * {@code <unitCode>:<year>/<sha-256 hex>} and sent to the partition of the revision's key, before the manifest that
 * refers to it: a consumer reading the partition in order always has a manifest's segments when it reads the manifest.
 * Segments are immutable (the key names the content), so compaction keeps every one a manifest may refer to.
 *
 * <p>Cut are the elements of the arrays directly under {@code /part} and under {@code /document/sections} whose
 * compact JSON is at least {@link #MIN_BYTES}, and the findings ({@code /validation/findings}), in chunks whose ends
 * depend on their content ({@code {"$chunks":[…]}}, each chunk a JSON array); everything else stays in the manifest.
 */
public final class Segments {

    /** The CloudEvents type of a segment record. */
    public static final String EVENT_TYPE = "fiscal.part.segment.v1";
    /** The field of a placeholder. */
    public static final String REF = "$segment";
    /** The field of a list cut into chunks: the hashes of the chunks, in order. */
    public static final String CHUNKS = "$chunks";
    /** Pieces smaller than this stay in the manifest (a reference would save little). */
    public static final int MIN_BYTES = 2_048;
    /** A chunk of a long list ends after an element whose hash is 0 modulo this (16 elements on average)… */
    private static final int CHUNK_DIVISOR = 16;
    /** …or when it reaches this size. */
    private static final int MAX_CHUNK_BYTES = 64 * 1024;

    /** Reads and writes trees with every number exactly as written (decimals as BigDecimal, trailing zeros kept). */
    private static final ObjectMapper EXACT = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private Segments() {
    }

    /** A segment: its address and its compact JSON. */
    public record Segment(String hash, byte[] json) {
    }

    /** A revision cut into its manifest and segments (in document order, each hash once). */
    public record Cut(byte[] manifest, List<Segment> segments) {
    }

    /**
     * Cuts a revision's compact JSON. Numbers are carried exactly as written ({@code 3586400.00} stays so), so the
     * joined revision reads exactly as the original.
     */
    public static Cut cut(byte[] revisionJson) {
        JsonNode tree = tree(revisionJson);
        if (!(tree instanceof ObjectNode revision)) {
            return new Cut(revisionJson, List.of());
        }
        Cut cut = cut(revision);
        return cut.segments().isEmpty() ? new Cut(revisionJson, List.of()) : cut;
    }

    /**
     * Cuts a revision already held as a tree (built with numbers exact, e.g. by a writer's {@code valueToTree} with
     * trailing zeros kept), without writing and reading it again. The tree is changed in place: the cut pieces are
     * replaced by their placeholders, so it is the manifest afterwards.
     */
    public static Cut cut(ObjectNode revision) {
        Map<String, Segment> segments = new LinkedHashMap<>();
        JsonNode part = revision.get("part");
        if (part instanceof ObjectNode p) {
            for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
                if (it.next().getValue() instanceof ArrayNode array) {
                    cutElements(array, segments);
                }
            }
        }
        if (revision.path("document").get("sections") instanceof ArrayNode sections) {
            cutElements(sections, segments);
        }
        if (revision.get("validation") instanceof ObjectNode validation && validation.get("findings") instanceof ArrayNode findings) {
            chunk(validation, "findings", findings, segments);
        }
        return new Cut(bytes(revision), new ArrayList<>(segments.values()));
    }

    private static void cutElements(ArrayNode array, Map<String, Segment> segments) {
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (!element.isObject()) {
                continue;
            }
            byte[] json = bytes(element);
            if (json.length < MIN_BYTES) {
                continue;
            }
            String hash = sha256(json);
            segments.putIfAbsent(hash, new Segment(hash, json));
            array.set(i, EXACT.createObjectNode().put(REF, hash));
        }
    }

    /**
     * Cuts a long list of small elements (the findings) into chunks whose ends depend on the content (an element whose
     * hash is 0 modulo 16 ends a chunk), so that a change to some elements changes only the chunks that hold them and
     * the others keep their hash. The list is replaced by {@code {"$chunks":[hash, …]}}.
     */
    private static void chunk(ObjectNode parent, String field, ArrayNode list, Map<String, Segment> segments) {
        if (bytes(list).length < MIN_BYTES) {
            return;
        }
        ArrayNode hashes = EXACT.createArrayNode();
        ArrayNode current = EXACT.createArrayNode();
        int size = 0;
        for (JsonNode element : list) {
            byte[] json = bytes(element);
            current.add(element);
            size += json.length;
            String h = sha256(json);
            if (Integer.parseInt(h.substring(0, 4), 16) % CHUNK_DIVISOR == 0 || size >= MAX_CHUNK_BYTES) {
                hashes.add(addChunk(current, segments));
                current = EXACT.createArrayNode();
                size = 0;
            }
        }
        if (!current.isEmpty()) {
            hashes.add(addChunk(current, segments));
        }
        parent.set(field, EXACT.createObjectNode().set(CHUNKS, hashes));
    }

    private static String addChunk(ArrayNode chunk, Map<String, Segment> segments) {
        byte[] json = bytes(chunk);
        String hash = sha256(json);
        segments.putIfAbsent(hash, new Segment(hash, json));
        return hash;
    }

    /** The hashes a manifest refers to, each once. */
    public static Set<String> references(byte[] manifestJson) {
        return Manifest.parse(manifestJson).references();
    }

    /**
     * Puts the segments back into a manifest; a manifest without references is returned as it is.
     *
     * @param segments finds a segment's JSON by hash, or null when it is not known
     * @throws MissingSegmentException when a referenced segment is not known
     */
    public static byte[] join(byte[] manifestJson, Function<String, byte[]> segments) throws MissingSegmentException {
        return Manifest.parse(manifestJson).join(segments);
    }

    /**
     * A manifest read once: the hashes it refers to, to fetch them in one query, then its join with them, from the
     * same tree. A manifest without a placeholder is not parsed at all. Single use: {@link #join} fills the tree.
     */
    public static final class Manifest {
        private final byte[] json;
        private final JsonNode tree;
        private final Set<String> references;

        private Manifest(byte[] json, JsonNode tree, Set<String> references) {
            this.json = json;
            this.tree = tree;
            this.references = references;
        }

        public static Manifest parse(byte[] manifestJson) {
            if (!mayHoldReferences(manifestJson)) {
                return new Manifest(manifestJson, null, Set.of());
            }
            JsonNode manifest = tree(manifestJson);
            Set<String> refs = new LinkedHashSet<>();
            visit(manifest, (array, i, hash) -> refs.add(hash));
            manifest.path("validation").path("findings").path(CHUNKS).forEach(h -> refs.add(h.asText()));
            return new Manifest(manifestJson, manifest, refs);
        }

        /** The hashes it refers to, each once, in document order. */
        public Set<String> references() {
            return references;
        }

        /**
         * The revision with its segments in place; the manifest's own bytes when it refers to none.
         *
         * @param segments finds a segment's JSON by hash, or null when it is not known
         * @throws MissingSegmentException when a referenced segment is not known
         */
        public byte[] join(Function<String, byte[]> segments) throws MissingSegmentException {
            if (tree == null) {
                return json;
            }
            return bytes(joinTree(tree, segments));
        }
    }

    private static JsonNode joinTree(JsonNode manifest, Function<String, byte[]> segments) throws MissingSegmentException {
        List<String> missing = new ArrayList<>();
        visit(manifest, (array, i, hash) -> {
            byte[] segment = segments.apply(hash);
            if (segment == null) {
                missing.add(hash);
            } else {
                array.set(i, tree(segment));
            }
        });
        if (manifest.get("validation") instanceof ObjectNode validation
                && validation.path("findings").get(CHUNKS) instanceof ArrayNode chunks) {
            ArrayNode findings = EXACT.createArrayNode();
            for (JsonNode h : chunks) {
                byte[] chunk = segments.apply(h.asText());
                if (chunk == null) {
                    missing.add(h.asText());
                } else {
                    tree(chunk).forEach(findings::add);
                }
            }
            validation.set("findings", findings);
        }
        if (!missing.isEmpty()) {
            throw new MissingSegmentException(missing);
        }
        return manifest;
    }

    /** Whether a JSON text holds a placeholder at all (a quick test before parsing it as a tree). */
    public static boolean mayHoldReferences(byte[] json) {
        return contains(json, ("\"" + REF + "\"").getBytes(StandardCharsets.UTF_8))
                || contains(json, ("\"" + CHUNKS + "\"").getBytes(StandardCharsets.UTF_8));
    }

    private static boolean contains(byte[] json, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= json.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (json[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The record key of a segment. */
    public static String key(String unitCode, int fiscalYear, String hash) {
        return CloudEventHeaders.key(unitCode, fiscalYear) + "/" + hash;
    }

    /** The CloudEvents subject of a segment. */
    public static String subject(String unitCode, int fiscalYear, String hash) {
        return unitCode + "/" + fiscalYear + "/segments/" + hash;
    }

    public static String sha256(byte[] json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Visitor {
        void reference(ArrayNode array, int index, String hash);
    }

    private static void visit(JsonNode manifest, Visitor visitor) {
        JsonNode part = manifest.get("part");
        if (part instanceof ObjectNode p) {
            for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
                if (it.next().getValue() instanceof ArrayNode array) {
                    visitArray(array, visitor);
                }
            }
        }
        if (manifest.path("document").get("sections") instanceof ArrayNode sections) {
            visitArray(sections, visitor);
        }
    }

    private static void visitArray(ArrayNode array, Visitor visitor) {
        for (int i = 0; i < array.size(); i++) {
            JsonNode e = array.get(i);
            if (e.isObject() && e.size() == 1 && e.get(REF) != null && e.get(REF).isTextual()) {
                visitor.reference(array, i, e.get(REF).asText());
            }
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return EXACT.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode tree(byte[] json) {
        try {
            return EXACT.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    /** A manifest refers to segments that are not known. */
    public static final class MissingSegmentException extends Exception {
        private final List<String> hashes;

        public MissingSegmentException(List<String> hashes) {
            super("segments not received: " + hashes);
            this.hashes = List.copyOf(hashes);
        }

        public List<String> hashes() {
            return hashes;
        }
    }
}
