package org.fiscaldisclosure.disclosure.messaging;

import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.event.PartRevision;

/** A part event that was read and checked: its CloudEvents identity, its part, and the revision it carries. */
public record IncomingPartEvent(String ceId, String ceSource, PartKind kind, PartRevision<?> revision, String payload) {
}
