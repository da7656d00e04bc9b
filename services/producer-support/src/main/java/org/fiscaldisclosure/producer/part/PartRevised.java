package org.fiscaldisclosure.producer.part;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;

/**
 * Fired (synchronously, inside the storing transaction) by the part store for every revision it stores.
 *
 * @param document the stored revision as a JSON tree (numbers exact), exactly as answered and published; read only
 */
public record PartRevised(PartKind kind, UnitCode unit, FiscalYear year, long revision, Instant revisedAt,
                          JsonNode document) {
}
