package org.fiscaldisclosure.disclosure.rules;

import java.util.Objects;
import java.util.Optional;
import org.fiscaldisclosure.contracts.part.performance.Performance;
import org.fiscaldisclosure.contracts.part.procurement.Procurement;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;

/**
 * What the cross-part rules see of a disclosure: which parts are there with their headline figures, and each part's
 * detailed payload read through its contract type. A detailed payload is absent when the part is missing or its
 * payload cannot be read as (or is not a valid) instance of its type; a rule that needs it then reports nothing
 * (the missing part itself is DS-PART-001).
 */
public record DisclosureParts(
        PartHeadlines headlines,
        Optional<FinalAccounts> statements,
        Optional<Procurement> procurement,
        Optional<Performance> performance) {

    public DisclosureParts {
        Objects.requireNonNull(headlines, "headlines");
        Objects.requireNonNull(statements, "statements");
        Objects.requireNonNull(procurement, "procurement");
        Objects.requireNonNull(performance, "performance");
    }

    /** Headline figures only: every rule on detailed figures stays quiet. */
    public static DisclosureParts headlinesOnly(PartHeadlines headlines) {
        return new DisclosureParts(headlines, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The statements' totals, when the statements part is readable. */
    public Optional<StatementTotals> statementTotals() {
        return statements.map(StatementTotals::new);
    }
}
