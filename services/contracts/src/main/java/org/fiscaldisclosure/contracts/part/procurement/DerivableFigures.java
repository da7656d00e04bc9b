package org.fiscaldisclosure.contracts.part.procurement;

import java.util.List;

/**
 * A table whose figures may be stated, or left out and derived from the detail rows behind them. A figure left out
 * while the detail rows are not listed either can be neither: {@link FiguresStatedOrDerivable} refuses it.
 */
public interface DerivableFigures {

    /** The JSON names of the figures that are neither stated nor derivable. */
    List<String> figuresMissing();
}
