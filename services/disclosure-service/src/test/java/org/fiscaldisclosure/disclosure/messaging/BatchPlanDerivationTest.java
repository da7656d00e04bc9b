package org.fiscaldisclosure.disclosure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.junit.jupiter.api.Test;

/** A revision derived again (its previous year's part changed) replaces the stored one; an older derivation does not. */
class BatchPlanDerivationTest {

    static IncomingPartEvent event(String id, long revision, long derivation) {
        return new IncomingPartEvent(id, "/statements", PartKind.STATEMENTS, UnitCode.of("110102-D"), FiscalYear.of(2024),
                revision, Instant.EPOCH, "单位", new byte[0], derivation, false);
    }

    static BatchPlan.PartSlot slot() {
        return new BatchPlan.PartSlot("110102-D", 2024, PartKind.STATEMENTS.key());
    }

    @Test
    void aHigherDerivationOfTheStoredRevisionIsApplied() {
        IncomingPartEvent e = event("a", 3, 1);
        BatchPlan plan = BatchPlan.ofDerived(List.of(e), Set.of(BatchPlan.EventId.of(e)), Map.of(slot(), new long[] {3, 0}));
        assertEquals(List.of(e), plan.newest());
    }

    @Test
    void theSameOrALowerDerivationAndAnOlderRevisionAreStale() {
        IncomingPartEvent same = event("b", 3, 1);
        IncomingPartEvent older = event("c", 2, 5);
        BatchPlan plan = BatchPlan.ofDerived(List.of(same, older), Set.of(BatchPlan.EventId.of(same), BatchPlan.EventId.of(older)),
                Map.of(slot(), new long[] {3, 1}));
        assertEquals(List.of(), plan.newest());
        assertEquals(2, plan.counts().get(ReadModelWriter.Outcome.STALE));
    }

    @Test
    void aNewRevisionWinsOverAnyDerivationOfTheOneBefore() {
        IncomingPartEvent derived = event("d", 3, 2);
        IncomingPartEvent next = event("e", 4, 0);
        BatchPlan plan = BatchPlan.ofDerived(List.of(next, derived), Set.of(BatchPlan.EventId.of(derived), BatchPlan.EventId.of(next)),
                Map.of(slot(), new long[] {3, 0}));
        assertEquals(List.of(next), plan.newest());
    }
}
