package org.fiscaldisclosure.statements.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.platform.security.Acting;
import org.fiscaldisclosure.platform.security.Actor;
import org.fiscaldisclosure.producer.part.PartHead;
import org.fiscaldisclosure.statements.classification.CatalogueStore;
import org.fiscaldisclosure.statements.repository.FinalAccountsStore;

/**
 * After a catalogue edition of a year is loaded, the statements parts of that year are derived again (their
 * catalogue findings and printed names depend on it), each in a transaction of its own, as the system's change; a
 * part whose findings and document do not change is left as it is (no event).
 */
@ApplicationScoped
public class CatalogueReevaluation {

    @Inject
    FinalAccountsStore store;

    void loaded(@Observes CatalogueStore.EditionLoaded edition) {
        year(edition.fiscalYear(), edition.reason());
    }

    /** @return how many parts of the year changed */
    public int year(int year, String reason) {
        List<String> units = QuarkusTransaction.requiringNew().call(() -> PartHead.<PartHead>find(
                "fiscalYear = ?1 and revision > 0 order by unitCode", year).stream().map(h -> h.unitCode).toList());
        int changed = 0;
        for (String unit : units) {
            boolean did = QuarkusTransaction.requiringNew().call(() -> Acting.as(Actor.SYSTEM,
                    () -> store.reevaluate(UnitCode.of(unit), FiscalYear.of(year), reason).isPresent()));
            changed += did ? 1 : 0;
        }
        return changed;
    }
}
