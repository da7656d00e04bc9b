package org.fiscaldisclosure.procurement.figures;

import java.util.function.Supplier;
import org.fiscaldisclosure.contracts.value.Amount;

/** A figure of table 11 or 12, in 元, with its source. */
public record Figure(Amount amount, FigureSource source) {

    /** The stated amount when there is one, else the derived one. */
    static Figure of(Amount stated, Supplier<Amount> derived) {
        return stated != null ? new Figure(stated, FigureSource.STATED) : new Figure(derived.get(), FigureSource.DERIVED);
    }

    public boolean stated() {
        return source == FigureSource.STATED;
    }
}
