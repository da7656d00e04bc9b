package org.fiscaldisclosure.disclosure.messaging;

import java.time.Instant;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;

/**
 * A part event that was read and checked: its CloudEvents identity, its part, the revision it carries, what the read
 * model takes from the content (the unit's name, from the statements part), and the payload as received (valid UTF-8
 * JSON, stored as is). The parsed content itself is not kept: a poll's events wait for their transaction together.
 * {@code derivation} orders two events of one revision: the producer derived the revision's findings and document
 * again (its previous year's part changed), the higher derivation is the newer. A segmented payload ({@link #segmented})
 * is a manifest: its identity and revision are read, its content is joined and checked by the writer, in the
 * transaction that stores the segments it refers to.
 */
public record IncomingPartEvent(String ceId, String ceSource, PartKind kind, UnitCode unitCode, FiscalYear fiscalYear,
                                long revision, Instant revisedAt, String unitName, byte[] payload, long derivation,
                                boolean segmented) {

    /** Whether this event is newer than a stored (revision, derivation). */
    public boolean newerThan(long storedRevision, long storedDerivation) {
        return revision > storedRevision || revision == storedRevision && derivation > storedDerivation;
    }

    /**
     * Whether the payload is a manifest whose segments must still be joined in (from the segments stored before it and
     * those of the same poll) and the joined content checked, before it is applied.
     */
    public boolean segmented() {
        return segmented;
    }
}
