package org.fiscaldisclosure.contracts.document;

/**
 * A chart generated from the part's figures.
 *
 * @param id      stable id (e.g. {@code income-by-source})
 * @param caption the caption shown under it
 * @param svg     a complete, self-contained SVG document (no scripts, no external references)
 */
public record Chart(String id, String caption, String svg) {
}
