package org.fiscaldisclosure.procurement.figures;

/** Where a table figure comes from: entered as it is, or summed from the rows behind it. */
public enum FigureSource {
    STATED,
    DERIVED
}
