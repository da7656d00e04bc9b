package org.fiscaldisclosure.contracts.document;

/** How a cell's value is meant and shown. */
public enum CellKind {
    /** Text, shown as it is. */
    TEXT,
    /** Money in exact 元 ({@code value}); shown in 万元, two decimals, HALF_UP. */
    AMOUNT,
    /** A plain number ({@code value}: a count, a score, points); shown as it is. */
    NUMBER,
    /** A percentage ({@code value} = 12.34 for 12.34%); shown with two decimals and {@code %}. */
    PERCENT,
    /** Nothing to show (a blank cell of the published table). */
    EMPTY
}
