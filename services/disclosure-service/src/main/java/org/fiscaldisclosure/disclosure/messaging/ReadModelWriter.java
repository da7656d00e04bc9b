package org.fiscaldisclosure.disclosure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fiscaldisclosure.disclosure.messaging.BatchPlan.DisclosureKey;
import org.fiscaldisclosure.disclosure.messaging.BatchPlan.EventId;
import org.fiscaldisclosure.disclosure.messaging.BatchPlan.PartSlot;
import org.fiscaldisclosure.disclosure.messaging.BatchPlan.Touched;
import org.fiscaldisclosure.platform.messaging.Segments;
import org.hibernate.Session;

/**
 * Applies part events to the read model, a poll's records in one transaction that records every event as seen
 * together with its effect: a redelivered event (same source and id) changes nothing, and a revision not newer than
 * the stored one (or than one applied before it in the same batch) is ignored, so duplicates and reordering have no
 * effect beyond the newest revision. Of several revisions of one part in a batch only the newest is written
 * ({@link BatchPlan}); the records that cannot be read are parked in the same transaction. Set-wise statements
 * (arrays through {@code unnest}, JDBC batches) keep it to a few round trips per poll whatever its size.
 */
@ApplicationScoped
public class ReadModelWriter {

    /** What applying an event did: the consumer's counter {@code fiscal.consumer.events} per outcome. */
    public enum Outcome { APPLIED, STALE, DUPLICATE, PARKED, SEGMENT }

    private static final String RECORD_SEEN = "insert into consumed_event (source, id) select * from unnest(?::text[], ?::text[]) "
            + "on conflict do nothing returning source, id";
    /** A part's derivation ({@code PartRevision.derivation}), absent from the payload when 0. */
    private static final String DERIVATION = "coalesce((%s.document ->> 'derivation')::bigint, 0)";
    private static final String STORED_REVISIONS = "select p.unit_code, p.fiscal_year, p.part, p.revision, "
            + DERIVATION.formatted("p") + " from disclosure_part p "
            + "join unnest(?::text[], ?::int[], ?::text[]) k(unit_code, fiscal_year, part) "
            + "on p.unit_code = k.unit_code and p.fiscal_year = k.fiscal_year and p.part = k.part";
    private static final String ENSURE_DISCLOSURE = "insert into disclosure (unit_code, fiscal_year, region_code, updated_at) "
            + "select *, now() from unnest(?::text[], ?::int[], ?::text[]) on conflict (unit_code, fiscal_year) do nothing";
    private static final String UPSERT_PART = "insert into disclosure_part (unit_code, fiscal_year, part, revision, revised_at, event_id, document, received_at) "
            + "values (?, ?, ?, ?, ?, ?, cast(convert_from(?, 'UTF8') as jsonb), now()) "
            + "on conflict (unit_code, fiscal_year, part) do update set revision = excluded.revision, "
            + "revised_at = excluded.revised_at, event_id = excluded.event_id, document = excluded.document, "
            + "received_at = excluded.received_at where (disclosure_part.revision, " + DERIVATION.formatted("disclosure_part")
            + ") < (excluded.revision, " + DERIVATION.formatted("excluded") + ")";
    private static final String TOUCH_DISCLOSURE = "update disclosure set updated_at = now(), unit_name = coalesce(?, unit_name) "
            + "where unit_code = ? and fiscal_year = ?";
    private static final String PARK = "insert into parked_event (topic, kafka_partition, kafka_offset, event_key, ce_id, ce_source, "
            + "ce_type, payload, reason, parked_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, now()) "
            + "on conflict (topic, kafka_partition, kafka_offset) do nothing";

    private static final String STORE_SEGMENTS = "insert into part_segment (unit_code, fiscal_year, hash, content) "
            + "values (?, ?, ?, ?) on conflict do nothing";
    private static final String FIND_SEGMENTS = "select hash, content from part_segment where hash = any(?::text[])";

    @Inject
    EntityManager em;

    @Inject
    PartEventReader reader;

    /**
     * Applies the records of one poll (in record order) in one transaction: readable events to the read model,
     * unreadable ones parked (once per record).
     *
     * @return how many records had each outcome; PARKED counts only the records parked now, not those parked before;
     *         SEGMENT the segments stored now
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<Outcome, Integer> apply(List<PolledRecord> records) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
            List<IncomingSegment> segments = records.stream().filter(PolledRecord::isSegment).map(PolledRecord::segment).toList();
            counts.put(Outcome.SEGMENT, storeSegments(c, segments));
            List<IncomingPartEvent> events = new ArrayList<>();
            List<Parked> unreadable = new ArrayList<>();
            Map<PolledRecord, Segments.Manifest> manifests = manifests(records);
            Map<String, byte[]> known = segmentsOf(c, manifests);
            for (PolledRecord r : records) {
                if (r.readable()) {
                    try {
                        events.add(joined(r, manifests.get(r), known));
                    } catch (UnreadableEventException e) {
                        unreadable.add(new Parked(r.record(), e.getMessage()));
                    }
                } else if (!r.isSegment()) {
                    unreadable.add(new Parked(r.record(), r.unreadable()));
                }
            }
            if (!events.isEmpty()) {
                Set<EventId> recorded = recordSeen(c, BatchPlan.firstDeliveries(events));
                List<IncomingPartEvent> fresh = events.stream().filter(e -> recorded.contains(EventId.of(e))).toList();
                BatchPlan plan = BatchPlan.ofDerived(events, recorded, storedRevisions(c, fresh));
                ensureDisclosures(c, plan.touched());
                writeParts(c, plan.newest());
                touchDisclosures(c, plan.touched());
                plan.counts().forEach((o, n) -> counts.merge(o, n, Integer::sum));
            }
            counts.put(Outcome.PARKED, park(c, unreadable));
            if (counts.get(Outcome.SEGMENT) == 0) {
                counts.remove(Outcome.SEGMENT);
            }
            return counts;
        });
    }

    /** A part event as it is applied: a manifest with its segments joined in and checked; any other as read. */
    private IncomingPartEvent joined(PolledRecord r, Segments.Manifest manifest, Map<String, byte[]> known)
            throws UnreadableEventException {
        IncomingPartEvent e = r.event();
        if (manifest == null) {
            return e;
        }
        try {
            return reader.joined(e, r.record().key(), manifest.join(known::get));
        } catch (Segments.MissingSegmentException missing) {
            throw new UnreadableEventException("refers to " + missing.getMessage());
        }
    }

    /** Stores a poll's segments (each once per unit, year and hash); returns how many were new. */
    private static int storeSegments(Connection c, List<IncomingSegment> segments) throws SQLException {
        if (segments.isEmpty()) {
            return 0;
        }
        try (PreparedStatement s = c.prepareStatement(STORE_SEGMENTS)) {
            for (IncomingSegment seg : segments) {
                s.setString(1, seg.unitCode());
                s.setInt(2, seg.fiscalYear());
                s.setString(3, seg.hash());
                s.setBytes(4, seg.json());
                s.addBatch();
            }
            int stored = 0;
            for (int n : executeBatch(s)) {
                stored += Math.max(n, 0);
            }
            return stored;
        }
    }

    /** The poll's segmented part events, each manifest read once (its references now, its join later). */
    private static Map<PolledRecord, Segments.Manifest> manifests(List<PolledRecord> records) {
        Map<PolledRecord, Segments.Manifest> manifests = new java.util.IdentityHashMap<>();
        for (PolledRecord r : records) {
            if (r.readable() && r.event().segmented()) {
                manifests.put(r, Segments.Manifest.parse(r.event().payload()));
            }
        }
        return manifests;
    }

    /** The segments the poll's manifests refer to (stored before or in this transaction), by hash. */
    private static Map<String, byte[]> segmentsOf(Connection c, Map<PolledRecord, Segments.Manifest> manifests) throws SQLException {
        Set<String> hashes = new HashSet<>();
        manifests.values().forEach(m -> hashes.addAll(m.references()));
        Map<String, byte[]> found = new HashMap<>();
        if (hashes.isEmpty()) {
            return found;
        }
        try (PreparedStatement s = c.prepareStatement(FIND_SEGMENTS)) {
            s.setArray(1, c.createArrayOf("text", hashes.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getBytes(2));
                }
            }
        }
        return found;
    }

    /**
     * Forgets what was derived from the part topics, before they are read again from the beginning. Disclosure rows
     * stay (explanations, approvals and versions refer to them); their unit name is derived again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clearDerivedState() {
        em.createNativeQuery("delete from disclosure_part").executeUpdate();
        em.createNativeQuery("delete from part_segment").executeUpdate();
        em.createNativeQuery("delete from consumed_event").executeUpdate();
        em.createNativeQuery("delete from parked_event").executeUpdate();
        em.createNativeQuery("update disclosure set unit_name = null").executeUpdate();
    }

    /**
     * Parks a record with its reason, once: a record redelivered after a crash (parked, offset not yet committed) is
     * not parked again.
     *
     * @return whether it was parked now (false: it had been parked before)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean park(ConsumerRecord<String, byte[]> record, String reason) {
        return em.unwrap(Session.class).doReturningWork(c -> park(c, List.of(new Parked(record, reason)))) == 1;
    }

    /** Records the events' identities as seen; returns those that had not been seen before. */
    private static Set<EventId> recordSeen(Connection c, List<IncomingPartEvent> candidates) throws SQLException {
        Set<EventId> recorded = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(RECORD_SEEN)) {
            s.setArray(1, c.createArrayOf("text", candidates.stream().map(IncomingPartEvent::ceSource).toArray()));
            s.setArray(2, c.createArrayOf("text", candidates.stream().map(IncomingPartEvent::ceId).toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    recorded.add(new EventId(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return recorded;
    }

    private static Map<PartSlot, long[]> storedRevisions(Connection c, List<IncomingPartEvent> fresh) throws SQLException {
        Map<PartSlot, long[]> stored = new HashMap<>();
        if (fresh.isEmpty()) {
            return stored;
        }
        List<PartSlot> slots = fresh.stream().map(PartSlot::of).distinct().toList();
        try (PreparedStatement s = c.prepareStatement(STORED_REVISIONS)) {
            s.setArray(1, c.createArrayOf("text", slots.stream().map(PartSlot::unitCode).toArray()));
            s.setArray(2, c.createArrayOf("int4", slots.stream().map(PartSlot::fiscalYear).toArray()));
            s.setArray(3, c.createArrayOf("text", slots.stream().map(PartSlot::part).toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.put(new PartSlot(rs.getString(1), rs.getInt(2), rs.getString(3)), new long[] {rs.getLong(4), rs.getLong(5)});
                }
            }
        }
        return stored;
    }

    /** The disclosure rows the parts refer to, created when missing (in key order, as any other writer would lock them). */
    private static void ensureDisclosures(Connection c, Map<DisclosureKey, Touched> touched) throws SQLException {
        if (touched.isEmpty()) {
            return;
        }
        List<Map.Entry<DisclosureKey, Touched>> rows = sorted(touched);
        try (PreparedStatement s = c.prepareStatement(ENSURE_DISCLOSURE)) {
            s.setArray(1, c.createArrayOf("text", rows.stream().map(e -> e.getKey().unitCode()).toArray()));
            s.setArray(2, c.createArrayOf("int4", rows.stream().map(e -> e.getKey().fiscalYear()).toArray()));
            s.setArray(3, c.createArrayOf("text", rows.stream().map(e -> e.getValue().regionCode()).toArray()));
            s.executeUpdate();
        }
    }

    /**
     * Writes the newest revision of each part. Every one of them is newer than the stored one (the plan read the
     * stored revisions in this transaction, and only this consumer writes parts), so each must change a row; one that
     * does not means another writer got there first, and the batch is rolled back to be applied record by record.
     */
    private static void writeParts(Connection c, List<IncomingPartEvent> newest) throws SQLException {
        if (newest.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(UPSERT_PART)) {
            for (IncomingPartEvent e : newest) {
                s.setString(1, e.unitCode().value());
                s.setInt(2, e.fiscalYear().value());
                s.setString(3, e.kind().key());
                s.setLong(4, e.revision());
                s.setObject(5, e.revisedAt().atOffset(ZoneOffset.UTC));
                s.setString(6, e.ceId());
                s.setBytes(7, e.payload()); // as received: checked UTF-8, no String and no re-encoding on the way
                s.addBatch();
            }
            int[] changed = executeBatch(s);
            for (int n : changed) {
                if (n == 0) {
                    throw new IllegalStateException("a part revision planned as newer was not newer when written");
                }
            }
        }
    }

    private static void touchDisclosures(Connection c, Map<DisclosureKey, Touched> touched) throws SQLException {
        if (touched.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(TOUCH_DISCLOSURE)) {
            for (Map.Entry<DisclosureKey, Touched> e : sorted(touched)) {
                s.setString(1, e.getValue().unitName());
                s.setString(2, e.getKey().unitCode());
                s.setInt(3, e.getKey().fiscalYear());
                s.addBatch();
            }
            executeBatch(s);
        }
    }

    /** A record to park and why. */
    private record Parked(ConsumerRecord<String, byte[]> record, String reason) {
    }

    /** Parks the records (each once); returns how many were parked now. */
    private static int park(Connection c, List<Parked> records) throws SQLException {
        if (records.isEmpty()) {
            return 0;
        }
        try (PreparedStatement s = c.prepareStatement(PARK)) {
            for (Parked p : records) {
                ConsumerRecord<String, byte[]> r = p.record();
                s.setString(1, r.topic());
                s.setInt(2, r.partition());
                s.setLong(3, r.offset());
                s.setString(4, r.key());
                s.setString(5, headerOrNull(r, "ce_id"));
                s.setString(6, headerOrNull(r, "ce_source"));
                s.setString(7, headerOrNull(r, "ce_type"));
                s.setString(8, r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8)
                        .replace(String.valueOf((char) 0), "\\u0000")); // PostgreSQL text holds no NUL
                s.setString(9, p.reason());
                s.addBatch();
            }
            int parked = 0;
            for (int n : executeBatch(s)) {
                parked += n;
            }
            return parked;
        }
    }

    /**
     * Runs a JDBC batch; when it fails, throws the database's own error rather than the driver's batch summary,
     * whose message repeats the statement with its parameters (whole part documents).
     */
    private static int[] executeBatch(PreparedStatement s) throws SQLException {
        try {
            return s.executeBatch();
        } catch (BatchUpdateException e) {
            throw e.getNextException() != null ? e.getNextException() : e;
        }
    }

    private static List<Map.Entry<DisclosureKey, Touched>> sorted(Map<DisclosureKey, Touched> touched) {
        return touched.entrySet().stream().sorted(Comparator.comparing((Map.Entry<DisclosureKey, Touched> e) -> e.getKey().unitCode())
                .thenComparingInt(e -> e.getKey().fiscalYear())).toList();
    }

    private static String headerOrNull(ConsumerRecord<String, byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
