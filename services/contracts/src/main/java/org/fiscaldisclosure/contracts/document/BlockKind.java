package org.fiscaldisclosure.contracts.document;

/** What a {@link Block} is. */
public enum BlockKind {
    /** A sub-heading inside a section, with its own numbering as the producer writes it (e.g. {@code （一）…}). */
    HEADING,
    /** A paragraph of final text. */
    PARAGRAPH,
    /** A table. */
    TABLE,
    /** A chart, as a self-contained SVG. */
    CHART
}
