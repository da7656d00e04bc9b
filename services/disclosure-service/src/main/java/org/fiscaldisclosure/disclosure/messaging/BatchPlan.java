package org.fiscaldisclosure.disclosure.messaging;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a poll's readable events do to the read model when applied together, decided exactly as applying them one
 * by one in record order would: the first delivery of a (source, id) not seen before is fresh and every other one a
 * duplicate; a fresh event is applied when its revision is newer than its part's stored revision or the newest
 * revision applied before it in the batch (or the same revision derived again: a higher derivation), and stale
 * otherwise. Only the last applied revision of each part (its
 * newest) is written; the revisions it supersedes within the batch are counted as applied, as they would have been.
 * Pure logic: the batch writer supplies the event ids already recorded and the stored revisions.
 */
final class BatchPlan {

    /** A CloudEvents identity, the key of {@code consumed_event}. */
    record EventId(String source, String id) {
        static EventId of(IncomingPartEvent e) {
            return new EventId(e.ceSource(), e.ceId());
        }
    }

    /** A part of one disclosure, the key of {@code disclosure_part}. */
    record PartSlot(String unitCode, int fiscalYear, String part) {
        static PartSlot of(IncomingPartEvent e) {
            return new PartSlot(e.unitCode().value(), e.fiscalYear().value(), e.kind().key());
        }
    }

    /** One disclosure, the key of {@code disclosure}. */
    record DisclosureKey(String unitCode, int fiscalYear) {
    }

    /** A disclosure touched by the batch: its region, and the unit name of its last applied statements revision (or null). */
    record Touched(String regionCode, String unitName) {
    }

    private final Map<ReadModelWriter.Outcome, Integer> counts = new EnumMap<>(ReadModelWriter.Outcome.class);
    private final Map<PartSlot, IncomingPartEvent> newest = new LinkedHashMap<>();
    private final Map<DisclosureKey, Touched> touched = new LinkedHashMap<>();

    private BatchPlan() {
        for (ReadModelWriter.Outcome o : ReadModelWriter.Outcome.values()) {
            counts.put(o, 0);
        }
    }

    /** The first delivery in the batch of every event identity, in record order: the candidates for {@code consumed_event}. */
    static List<IncomingPartEvent> firstDeliveries(List<IncomingPartEvent> events) {
        Set<EventId> seen = new HashSet<>();
        List<IncomingPartEvent> first = new ArrayList<>();
        for (IncomingPartEvent e : events) {
            if (seen.add(EventId.of(e))) {
                first.add(e);
            }
        }
        return first;
    }

    /**
     * @param events   the poll's readable events in record order
     * @param recorded the identities of {@link #firstDeliveries} that were not in {@code consumed_event} before (and are now)
     * @param stored   the stored revision of every part the fresh events touch that has one
     */
    static BatchPlan of(List<IncomingPartEvent> events, Set<EventId> recorded, Map<PartSlot, Long> stored) {
        Map<PartSlot, long[]> withDerivation = new LinkedHashMap<>();
        stored.forEach((k, v) -> withDerivation.put(k, new long[] {v, 0}));
        return ofDerived(events, recorded, withDerivation);
    }

    /**
     * As {@link #of}, with the stored (revision, derivation) of every part: an event of the stored revision is applied
     * when its derivation is higher (the producer derived the revision again).
     */
    static BatchPlan ofDerived(List<IncomingPartEvent> events, Set<EventId> recorded, Map<PartSlot, long[]> stored) {
        BatchPlan plan = new BatchPlan();
        Set<EventId> claimed = new HashSet<>();
        Map<PartSlot, long[]> current = new LinkedHashMap<>(stored);
        for (IncomingPartEvent e : events) {
            EventId id = EventId.of(e);
            if (!recorded.contains(id) || !claimed.add(id)) {
                plan.count(ReadModelWriter.Outcome.DUPLICATE);
                continue;
            }
            PartSlot slot = PartSlot.of(e);
            long[] before = current.get(slot);
            if (before != null && !e.newerThan(before[0], before[1])) {
                plan.count(ReadModelWriter.Outcome.STALE);
                continue;
            }
            current.put(slot, new long[] {e.revision(), e.derivation()});
            plan.newest.put(slot, e);
            DisclosureKey key = new DisclosureKey(slot.unitCode(), slot.fiscalYear());
            Touched was = plan.touched.get(key);
            plan.touched.put(key, new Touched(e.unitCode().regionCode(),
                    e.unitName() != null ? e.unitName() : was == null ? null : was.unitName()));
            plan.count(ReadModelWriter.Outcome.APPLIED);
        }
        return plan;
    }

    private void count(ReadModelWriter.Outcome outcome) {
        counts.merge(outcome, 1, Integer::sum);
    }

    /** How many events of the batch had each outcome. */
    Map<ReadModelWriter.Outcome, Integer> counts() {
        return counts;
    }

    /** The newest applied revision of every part the batch changes: the only ones written. */
    List<IncomingPartEvent> newest() {
        return List.copyOf(newest.values());
    }

    /** The disclosures whose parts the batch changes. */
    Map<DisclosureKey, Touched> touched() {
        return touched;
    }
}
