package org.fiscaldisclosure.support.audit;

import java.time.Instant;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;

/**
 * Fired (synchronously, inside the storing transaction) by the part store for every revision it stores.
 *
 * @param document the stored revision as JSON, exactly as answered and published
 */
public record PartRevised(PartKind kind, UnitCode unit, FiscalYear year, long revision, Instant revisedAt,
                          String document) {
}
