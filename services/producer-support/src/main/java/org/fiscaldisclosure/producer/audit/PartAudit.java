package org.fiscaldisclosure.producer.audit;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.fiscaldisclosure.platform.audit.AuditAction;
import org.fiscaldisclosure.platform.audit.AuditTrail;
import org.fiscaldisclosure.producer.part.PartRederived;
import org.fiscaldisclosure.producer.part.PartRevised;
import org.fiscaldisclosure.producer.part.PartRevisionRow;

/**
 * Audits every revision a part store writes, in the same transaction: who (the caller or the platform), when, which
 * revision, and what changed against the revision before ({@link RevisionDiff}).
 */
@ApplicationScoped
public class PartAudit {

    @Inject
    AuditTrail trail;

    void onRevised(@Observes PartRevised revised) {
        JsonNode current = revised.document();
        JsonNode previous = null;
        if (revised.revision() > 1) {
            PartRevisionRow row = PartRevisionRow.findById(new PartRevisionRow.Key(revised.unit().value(),
                    revised.year().value(), revised.revision() - 1));
            previous = row == null ? null : trail.readExact(row.joined());
        }
        trail.record(revised.unit(), revised.year(), revised.kind().path(), AuditAction.REVISED, revised.revision(),
                null, null, RevisionDiff.between(previous, current));
    }

    /** What a re-evaluation records besides its actor (the system): why, which derivation, findings before and after. */
    public record Reevaluation(String reason, long derivation, int findingsBefore, int findingsAfter) {
    }

    void onRederived(@Observes PartRederived rederived) {
        trail.record(rederived.unit(), rederived.year(), rederived.kind().path(), AuditAction.REEVALUATED,
                rederived.revision(), null, null, new Reevaluation(rederived.reason(), rederived.derivation(),
                        rederived.findingsBefore(), rederived.findingsAfter()));
    }
}
