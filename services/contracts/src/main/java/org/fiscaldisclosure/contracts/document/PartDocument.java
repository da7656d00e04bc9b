package org.fiscaldisclosure.contracts.document;

import java.util.List;

/** What a part contributes to the published document: its sections, in the producer's order. */
public record PartDocument(List<DocumentSection> sections) {

    public static final PartDocument EMPTY = new PartDocument(List.of());

    public PartDocument {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
