package org.fiscaldisclosure.producer.part;

import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;

/**
 * Fired (synchronously, inside the transaction) when a part store derived a revision's validation and document again
 * without a new revision ({@code PartStore.reevaluate}): audited as the system's change, with the reason.
 */
public record PartRederived(PartKind kind, UnitCode unit, FiscalYear year, long revision, long derivation, String reason,
                            int findingsBefore, int findingsAfter) {
}
