package org.fiscaldisclosure.producer.part;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fiscaldisclosure.contracts.event.CloudEventHeaders;
import org.fiscaldisclosure.contracts.event.HeadlineFigure;
import org.fiscaldisclosure.contracts.event.PartRevision;
import org.fiscaldisclosure.contracts.validation.ValidationSummary;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.platform.messaging.PartKey;
import org.fiscaldisclosure.platform.messaging.Segments;
import org.fiscaldisclosure.platform.outbox.Outbox;
import org.fiscaldisclosure.platform.problem.ProblemException;

/**
 * Revisioned storage of one kind of part. {@link #put} numbers the new revision under a row lock, stores it, and
 * writes its event into the outbox, all in the caller's transaction: either everything is stored or nothing. A revision
 * is stored and sent as a manifest and the segments it refers to ({@link Segments}); a segment already stored for
 * the unit and year is neither stored nor sent again, so a change to one project costs that project's bytes.
 */
public class PartStore<T> {

    private static final TypeReference<Map<String, BigDecimal>> HEADLINE = new TypeReference<>() {
    };

    private final PartDefinition<T> definition;
    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Outbox outbox;
    private final JavaType revisionType;
    /** Builds trees with every number exactly as the revision holds it (trailing zeros kept). */
    private final ObjectMapper exact;
    /** Writes a part's canonical JSON for its content hash. */
    private final ObjectMapper canonical;

    public PartStore(PartDefinition<T> definition, EntityManager em, ObjectMapper mapper, Outbox outbox) {
        this.definition = definition;
        this.em = em;
        this.mapper = mapper;
        this.outbox = outbox;
        this.revisionType = mapper.getTypeFactory().constructParametricType(PartRevision.class, definition.type());
        this.exact = mapper.copy().configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        this.canonical = mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    public PartDefinition<T> definition() {
        return definition;
    }

    /** The ETag of a revision. */
    public static String etag(long revision) {
        return "\"" + revision + "\"";
    }

    /**
     * Stores a new revision; must run in a transaction. {@code ifMatch} is the request's If-Match header or null.
     * The part is evaluated once ({@link PartDefinition#evaluate}); the revision is turned into a JSON tree once, from
     * which the audit reads it and the manifest and segments are cut. A part identical to the latest revision's (same
     * content hash of its canonical JSON, {@link #contentHash}) is answered with that revision: nothing evaluated,
     * stored or sent.
     */
    public PartRevision<T> put(UnitCode unit, FiscalYear year, T part, String ifMatch) {
        em.createNativeQuery("insert into part_head (unit_code, fiscal_year, region_code, revision, revised_at, headline) "
                        + "values (?1, ?2, ?3, 0, now(), '{}'::jsonb) on conflict do nothing")
                .setParameter(1, unit.value()).setParameter(2, year.value()).setParameter(3, unit.regionCode())
                .executeUpdate();
        PartHead head = em.find(PartHead.class, new PartKey(unit.value(), year.value()), LockModeType.PESSIMISTIC_WRITE);
        checkPrecondition(ifMatch, head.revision);
        String contentHash = contentHash(part);
        if (head.revision > 0) {
            Optional<PartRevision<T>> same = head.contentHash != null
                    ? (contentHash.equals(head.contentHash) ? revision(unit, year, head.revision) : Optional.empty())
                    : sameContent(unit, year, head.revision, part); // a revision stored before content hashes were kept
            if (same.isPresent()) {
                head.contentHash = contentHash;
                return same.get(); // identical to the latest revision: answered with it, nothing stored, no event
            }
        }

        long revision = head.revision + 1;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        PartEvaluation evaluation = definition.evaluate(unit, year, part);
        Map<String, BigDecimal> headline = headline(evaluation.headline());
        PartRevision<T> stored = new PartRevision<>(unit, year, revision, now, part, headline,
                ValidationSummary.of(evaluation.findings()), evaluation.document());
        ObjectNode tree = exact.valueToTree(stored);

        // audited in this transaction (producer.audit.PartAudit): who, when, what changed; before the tree is cut
        Arc.container().beanManager().getEvent().select(PartRevised.class)
                .fire(new PartRevised(definition.kind(), unit, year, revision, now, tree));

        PartRevisionRow row = new PartRevisionRow();
        row.unitCode = unit.value();
        row.fiscalYear = year.value();
        row.revision = revision;
        row.revisedAt = now;
        row.document = storeAndSend(unit, year, tree, now);
        row.persist();

        head.revision = revision;
        head.revisedAt = now;
        head.headline = json(headline);
        head.contentHash = contentHash;
        return stored;
    }

    /**
     * The SHA-256 of a part's canonical JSON: written from its contract type (members in the type's order, map entries
     * by key, numbers exactly as given), so two requests that differ only in the order of their members have the same
     * hash.
     */
    public String contentHash(T part) {
        try {
            return Segments.sha256(canonical.writeValueAsBytes(part));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The part's headline figures under their keys, in the figures' order; each must be one of this part's. */
    private Map<String, BigDecimal> headline(Map<HeadlineFigure, BigDecimal> figures) {
        Map<String, BigDecimal> named = new java.util.LinkedHashMap<>();
        new java.util.TreeMap<>(figures).forEach((figure, value) -> {
            if (figure.part() != definition.kind()) {
                throw new IllegalStateException(figure + " is a headline figure of " + figure.part() + ", not " + definition.kind());
            }
            named.put(figure.key(), value);
        });
        return named;
    }

    /** The latest revision when its part is the same content as {@code part} (same JSON), else empty. */
    private Optional<PartRevision<T>> sameContent(UnitCode unit, FiscalYear year, long latest, T part) {
        Optional<PartRevision<T>> stored = revision(unit, year, latest);
        return stored.filter(r -> same(r.part(), part));
    }

    /** Same JSON content, whatever the order of object members (the database keeps them in an order of its own). */
    private boolean same(Object a, Object b) {
        return mapper.valueToTree(a).equals(mapper.valueToTree(b));
    }

    /** The latest revision's number, 0 when the part has none. */
    public long currentRevision(UnitCode unit, FiscalYear year) {
        PartHead head = PartHead.findById(new PartKey(unit.value(), year.value()));
        return head == null ? 0 : head.revision;
    }

    /**
     * Derives the latest revision's validation and document again (something the part reads changed, e.g. the previous
     * year's part) and, when they differ from the stored ones, stores them in the same revision with its derivation
     * counter raised, writes the revision's event and audits it as the system's, with the reason; must run in a
     * transaction. The preparer's content, the revision number, its time and ETag are unchanged.
     *
     * @return the revision as derived again, or empty when the part has no revision or nothing derived changed
     */
    public Optional<PartRevision<T>> reevaluate(UnitCode unit, FiscalYear year, String reason) {
        PartHead head = em.find(PartHead.class, new PartKey(unit.value(), year.value()), LockModeType.PESSIMISTIC_WRITE);
        if (head == null || head.revision == 0) {
            return Optional.empty();
        }
        PartRevisionRow row = PartRevisionRow.findById(new PartRevisionRow.Key(unit.value(), year.value(), head.revision));
        PartRevision<T> stored = read(row);
        T part = stored.part();
        PartEvaluation evaluation = definition.evaluate(unit, year, part);
        PartRevision<T> derived = new PartRevision<>(unit, year, stored.revision(), stored.revisedAt(), part,
                stored.headline(), ValidationSummary.of(evaluation.findings()), evaluation.document(), stored.derivation() + 1);
        if (same(derived.validation(), stored.validation()) && same(derived.document(), stored.document())) {
            return Optional.empty();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        row.document = storeAndSend(unit, year, exact.valueToTree(derived), now);
        Arc.container().beanManager().getEvent().select(PartRederived.class)
                .fire(new PartRederived(definition.kind(), unit, year, derived.revision(), derived.derivation(), reason,
                        stored.validation().findings().size(), derived.validation().findings().size()));
        return Optional.of(derived);
    }

    private static void checkPrecondition(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        if (ifMatch.trim().equals("*")) {
            if (current == 0) {
                throw ProblemException.preconditionFailed("If-Match: * 要求该部分已存在，但尚无任何版本");
            }
            return;
        }
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (current > 0 && t.equals(etag(current))) {
                return;
            }
        }
        throw ProblemException.preconditionFailed("If-Match " + ifMatch.trim() + " 与当前版本 "
                + (current == 0 ? "（无）" : etag(current)) + " 不符，请重新读取后再提交");
    }

    public Optional<PartRevision<T>> latest(UnitCode unit, FiscalYear year) {
        PartHead head = PartHead.findById(new PartKey(unit.value(), year.value()));
        if (head == null || head.revision == 0) {
            return Optional.empty();
        }
        return revision(unit, year, head.revision);
    }

    public Optional<PartRevision<T>> revision(UnitCode unit, FiscalYear year, long revision) {
        PartRevisionRow row = PartRevisionRow.findById(new PartRevisionRow.Key(unit.value(), year.value(), revision));
        return Optional.ofNullable(row).map(this::read);
    }

    public PartPage list(Integer year, String regionCode, int page, int size) {
        StringBuilder q = new StringBuilder("revision > 0");
        Map<String, Object> params = new java.util.HashMap<>();
        if (year != null) {
            q.append(" and fiscalYear = :year");
            params.put("year", year);
        }
        if (regionCode != null) {
            q.append(" and regionCode = :region");
            params.put("region", regionCode);
        }
        var query = PartHead.<PartHead>find(q.toString(), Sort.by("fiscalYear", Sort.Direction.Descending).and("unitCode"), params);
        long total = query.count();
        List<PartPage.Item> items = query.page(Page.of(page, size)).list().stream()
                .map(h -> new PartPage.Item(h.unitCode, h.fiscalYear, h.regionCode, h.revision, h.revisedAt, readHeadline(h.headline)))
                .toList();
        return new PartPage(items, page, size, total);
    }

    /**
     * Cuts a revision (as a tree, changed in place into its manifest) into its manifest and segments, stores the
     * segments not stored before for the unit and year, and writes their events and then the manifest's into the
     * outbox; returns the manifest (what the revision row holds).
     */
    private String storeAndSend(UnitCode unit, FiscalYear year, ObjectNode revision, Instant now) {
        Segments.Cut cut = Segments.cut(revision);
        String manifest = new String(cut.manifest(), StandardCharsets.UTF_8);
        String key = CloudEventHeaders.key(unit.value(), year.value());
        for (Segments.Segment segment : storeNewSegments(unit, year, cut.segments())) {
            // sent before the manifest, into its partition: a consumer has the segments when it reads the revision
            outbox.add(definition.kind().topic(), Segments.key(unit.value(), year.value(), segment.hash()), key,
                    Segments.EVENT_TYPE, definition.kind().source(), Segments.subject(unit.value(), year.value(), segment.hash()),
                    new String(segment.json(), StandardCharsets.UTF_8), now);
        }
        outbox.add(definition.kind().topic(), key, definition.kind().eventType(), definition.kind().source(),
                unit.value() + "/" + year.value(), manifest, now);
        return manifest;
    }

    /** Stores the segments not stored before for this unit and year; returns those (the ones to send). */
    private List<Segments.Segment> storeNewSegments(UnitCode unit, FiscalYear year, List<Segments.Segment> segments) {
        List<Segments.Segment> added = new java.util.ArrayList<>();
        for (Segments.Segment segment : segments) {
            int n = em.createNativeQuery("insert into part_segment (unit_code, fiscal_year, hash, content) values (?1, ?2, ?3, ?4) "
                            + "on conflict do nothing")
                    .setParameter(1, unit.value()).setParameter(2, year.value()).setParameter(3, segment.hash())
                    .setParameter(4, segment.json()).executeUpdate();
            if (n == 1) {
                added.add(segment);
            }
        }
        return added;
    }

    /** A stored revision as its type: its manifest read once with its segments joined in ({@link PartRevisionRow#joined}). */
    private PartRevision<T> read(PartRevisionRow row) {
        try {
            return mapper.readValue(row.joined(), revisionType);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored revision unreadable", e);
        }
    }

    private Map<String, BigDecimal> readHeadline(String json) {
        try {
            return mapper.readValue(json, HEADLINE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored headline unreadable", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
