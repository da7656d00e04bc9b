package org.fiscaldisclosure.statements.figures;

import java.util.Optional;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.statements.classification.CatalogueView;

/**
 * What the statements rules and the narrative read: the part's figures, the year's catalogue, and the previous
 * year's figures (from the previous year's part when the suite holds it).
 */
public record StatementsContext(int year, StatementFigures figures, CatalogueView catalogue,
                                Optional<StatementFigures> previousYear) {

    public FinalAccounts part() {
        return figures.part();
    }

    /** A prior-year figure by narrative key: computed from the previous year's part, else as entered. */
    public Optional<Amount> prior(String key) {
        if (previousYear.isPresent()) {
            return Optional.of(PriorFigures.of(previousYear.get(), key));
        }
        return Optional.ofNullable(part().priorYear().figures().get(key));
    }
}
