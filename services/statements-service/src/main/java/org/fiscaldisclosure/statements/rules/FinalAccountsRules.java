package org.fiscaldisclosure.statements.rules;

import org.fiscaldisclosure.platform.validation.RuleCatalogue;
import org.fiscaldisclosure.statements.figures.StatementsContext;

/** The statements part's rule catalogue (docs/domain.md §6.1-§6.6 and the statement side of §6.8). */
public final class FinalAccountsRules {

    private FinalAccountsRules() {
    }

    public static RuleCatalogue<StatementsContext> catalogue() {
        RuleCatalogue<StatementsContext> c = new RuleCatalogue<>("rules/statements.tsv");
        SummaryRules.register(c);
        AppropriationRules.register(c);
        ClassificationRules.register(c);
        TextRules.register(c);
        return c.complete();
    }
}
