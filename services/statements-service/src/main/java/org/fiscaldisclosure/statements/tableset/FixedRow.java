package org.fiscaldisclosure.statements.tableset;

/** A named row of a table; {@code stated} rows are totals the service computes itself and only compares. */
public record FixedRow(String key, String name, boolean stated) {
}
