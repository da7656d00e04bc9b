package org.fiscaldisclosure.disclosure.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.fiscaldisclosure.contracts.event.CloudEventHeaders;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.event.PartRevision;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.platform.messaging.Segments;

/**
 * Reads a part event: CloudEvents binary-mode headers, the type and topic it belongs to, and a payload that must
 * parse and pass the same constraints as the REST input. Unknown payload fields are ignored (a v1 reader reads
 * v1 payloads with fields added later).
 */
@ApplicationScoped
public class PartEventReader {

    private final ObjectMapper mapper;
    /** Reads manifests as trees with every number as written. */
    private final ObjectMapper exact;
    private final Validator validator;
    /** The payload type of each part (constructing it per event showed in the profile). */
    private final Map<PartKind, JavaType> types = new EnumMap<>(PartKind.class);

    /**
     * The payload is validated with every constraint, but with a traversable resolver that reaches every property:
     * the application's default one asks Hibernate ORM whether each property of each object is loaded (a lazy-loading
     * check meant for entities), which cost a sizeable share of the consumer's time and is always "yes" for these
     * plain records.
     */
    @Inject
    public PartEventReader(ObjectMapper mapper, ValidatorFactory validators) {
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.exact = mapper.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        this.validator = validators.usingContext().traversableResolver(new TraverseAll()).getValidator();
        for (PartKind kind : PartKind.values()) {
            types.put(kind, this.mapper.getTypeFactory().constructParametricType(PartRevision.class, kind.contentType()));
        }
    }

    /** Every property reachable and cascadable: the payload is not an entity, so nothing is lazily loaded. */
    private static final class TraverseAll implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    }

    /** Reads a part event ({@link IncomingPartEvent}) or a segment of one ({@link IncomingSegment}). */
    public Object readRecord(ConsumerRecord<String, byte[]> record) throws UnreadableEventException {
        String type = header(record, CloudEventHeaders.TYPE);
        if (Segments.EVENT_TYPE.equals(type)) {
            return readSegment(record);
        }
        return read(record);
    }

    public IncomingPartEvent read(ConsumerRecord<String, byte[]> record) throws UnreadableEventException {
        String id = header(record, CloudEventHeaders.ID);
        String source = header(record, CloudEventHeaders.SOURCE);
        String type = header(record, CloudEventHeaders.TYPE);
        String spec = header(record, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(spec)) {
            throw new UnreadableEventException("ce_specversion is " + spec + ", expected 1.0");
        }
        PartKind kind;
        try {
            kind = PartKind.ofEventType(type);
        } catch (IllegalArgumentException e) {
            throw new UnreadableEventException("unknown ce_type " + type);
        }
        if (!kind.topic().equals(record.topic())) {
            throw new UnreadableEventException("ce_type " + type + " does not belong on topic " + record.topic());
        }
        byte[] payload = utf8(record.value());
        if (Segments.mayHoldReferences(payload)) {
            return readManifest(record, id, source, kind, payload);
        }
        return checked(id, source, kind, record.key(), payload);
    }

    /** Parses and checks a whole (joined) payload. */
    private IncomingPartEvent checked(String id, String source, PartKind kind, String key, byte[] payload)
            throws UnreadableEventException {
        PartRevision<?> revision = parse(payload, kind);
        String expectedKey = CloudEventHeaders.key(revision.unitCode().value(), revision.fiscalYear().value());
        if (!expectedKey.equals(key)) {
            throw new UnreadableEventException("key " + key + " does not match the payload's " + expectedKey);
        }
        String unitName = revision.part() instanceof FinalAccounts statements ? statements.unit().name() : null;
        return new IncomingPartEvent(id, source, kind, revision.unitCode(), revision.fiscalYear(), revision.revision(),
                revision.revisedAt(), unitName, payload, revision.derivation(), false);
    }

    /** A manifest: its identity and revision from the tree; the content is checked once joined ({@link #joined}). */
    private IncomingPartEvent readManifest(ConsumerRecord<String, byte[]> record, String id, String source, PartKind kind,
                                           byte[] payload) throws UnreadableEventException {
        JsonNode tree;
        try {
            tree = exact.readTree(payload);
        } catch (IOException e) {
            throw new UnreadableEventException("payload is not JSON: " + e.getMessage());
        }
        try {
            UnitCode unit = UnitCode.of(tree.path("unitCode").asText());
            FiscalYear year = FiscalYear.of(tree.path("fiscalYear").asInt());
            long revision = tree.path("revision").asLong();
            Instant revisedAt = Instant.parse(tree.path("revisedAt").asText());
            if (revision < 1) {
                throw new UnreadableEventException("payload lacks a revision");
            }
            String expectedKey = CloudEventHeaders.key(unit.value(), year.value());
            if (!expectedKey.equals(record.key())) {
                throw new UnreadableEventException("key " + record.key() + " does not match the payload's " + expectedKey);
            }
            JsonNode name = tree.path("part").path("unit").get("name");
            String unitName = kind == PartKind.STATEMENTS && name != null && name.isTextual() ? name.asText() : null;
            return new IncomingPartEvent(id, source, kind, unit, year, revision, revisedAt, unitName, payload,
                    tree.path("derivation").asLong(0), true);
        } catch (RuntimeException e) {
            throw new UnreadableEventException("payload lacks unitCode, fiscalYear, revision or revisedAt: " + e.getMessage());
        }
    }

    /** A manifest's event with its segments joined in, parsed and checked like any payload. */
    public IncomingPartEvent joined(IncomingPartEvent manifest, String key, byte[] joined) throws UnreadableEventException {
        IncomingPartEvent e = checked(manifest.ceId(), manifest.ceSource(), manifest.kind(), key, joined);
        if (e.revision() != manifest.revision()) {
            throw new UnreadableEventException("joined payload has revision " + e.revision() + ", manifest " + manifest.revision());
        }
        return e;
    }

    /** A segment: on a part topic, keyed {@code <unit>:<year>/<sha-256>}, its content matching the hash. */
    private IncomingSegment readSegment(ConsumerRecord<String, byte[]> record) throws UnreadableEventException {
        if (Arrays.stream(PartKind.values()).noneMatch(k -> k.topic().equals(record.topic()))) {
            throw new UnreadableEventException("a segment does not belong on topic " + record.topic());
        }
        String key = record.key() == null ? "" : record.key();
        int slash = key.lastIndexOf('/');
        int colon = key.lastIndexOf(':', slash);
        if (slash < 0 || colon < 0) {
            throw new UnreadableEventException("segment key " + key + " is not <unitCode>:<year>/<sha-256>");
        }
        String hash = key.substring(slash + 1);
        byte[] json = utf8(record.value());
        if (!Segments.sha256(json).equals(hash)) {
            throw new UnreadableEventException("segment content does not match its hash " + hash);
        }
        try {
            UnitCode unit = UnitCode.of(key.substring(0, colon));
            FiscalYear year = FiscalYear.parse(key.substring(colon + 1, slash));
            return new IncomingSegment(unit.value(), year.value(), hash, json);
        } catch (IllegalArgumentException e) {
            throw new UnreadableEventException("segment key " + key + ": " + e.getMessage());
        }
    }

    private PartRevision<?> parse(byte[] payload, PartKind kind) throws UnreadableEventException {
        JavaType type = types.get(kind);
        PartRevision<?> revision;
        try {
            revision = mapper.readValue(payload, type);
        } catch (IOException e) {
            throw new UnreadableEventException("payload is not a valid " + kind.eventType() + ": "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        if (revision == null || revision.unitCode() == null || revision.fiscalYear() == null || revision.part() == null
                || revision.revisedAt() == null || revision.revision() < 1) {
            throw new UnreadableEventException("payload lacks unitCode, fiscalYear, revision, revisedAt or part");
        }
        Set<ConstraintViolation<Object>> violations = validator.validate((Object) revision.part());
        if (!violations.isEmpty()) {
            throw new UnreadableEventException("payload fails validation: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
        }
        return revision;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) throws UnreadableEventException {
        Header h = record.headers().lastHeader(name);
        if (h == null || h.value() == null || h.value().length == 0) {
            throw new UnreadableEventException("missing CloudEvents header " + name);
        }
        return utf8Header(h.value());
    }

    /** The payload's bytes when they are well-formed UTF-8 (parsed as they are: no decoding into a String first). */
    private static byte[] utf8(byte[] bytes) throws UnreadableEventException {
        if (bytes == null) {
            throw new UnreadableEventException("empty payload (a tombstone is not a part revision)");
        }
        if (!Utf8.isWellFormed(bytes)) {
            throw new UnreadableEventException("payload is not UTF-8");
        }
        return bytes;
    }

    private static String utf8Header(byte[] bytes) throws UnreadableEventException {
        if (!Utf8.isWellFormed(bytes)) {
            throw new UnreadableEventException("a CloudEvents header is not UTF-8");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
