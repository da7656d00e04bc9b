package org.fiscaldisclosure.disclosure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.disclosure.publication.ExplanationReceipt;
import org.fiscaldisclosure.disclosure.publication.VersionSummary;
import org.fiscaldisclosure.disclosure.published.ApprovalView;
import org.fiscaldisclosure.disclosure.repository.DisclosureEntity;
import org.fiscaldisclosure.platform.audit.AuditAction;
import org.fiscaldisclosure.platform.audit.AuditEntry;
import org.fiscaldisclosure.platform.audit.AuditTrail;
import org.fiscaldisclosure.platform.messaging.PartKey;
import org.fiscaldisclosure.platform.problem.ProblemException;

/**
 * The disclosure's own audit entries: explanations, approvals, publications, each recorded in the transaction that
 * makes it, with the token's identity (who acted) beside the name the request body states (who is named on the
 * record; the two may differ, e.g. a secretary entering the head's sign-off, and both are kept).
 */
@ApplicationScoped
public class PublicationAudit {

    @Inject
    AuditTrail trail;

    public void explained(UnitCode unit, FiscalYear year, ExplanationReceipt receipt) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("ruleId", receipt.explanation().ruleId());
        summary.put("location", receipt.explanation().location());
        summary.put("text", receipt.explanation().text());
        trail.record(unit, year, AuditTrail.DISCLOSURE, AuditAction.EXPLAINED, null, receipt.contentHash(),
                receipt.explanation().author(), summary);
    }

    public void approved(UnitCode unit, FiscalYear year, ApprovalView approval) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("approvalId", approval.id());
        summary.put("confidentialityReviewer", approval.confidentialityReviewer());
        summary.put("signedOffBy", approval.signedOffBy());
        trail.record(unit, year, AuditTrail.DISCLOSURE, AuditAction.APPROVED, null, approval.contentHash(),
                approval.approver(), summary);
    }

    public void published(UnitCode unit, FiscalYear year, VersionSummary version) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("version", version.version());
        summary.put("correctionNote", version.correctionNote());
        summary.put("approvalId", version.approval().id());
        summary.put("revisions", version.revisions());
        trail.record(unit, year, AuditTrail.DISCLOSURE, AuditAction.PUBLISHED, (long) version.version(),
                version.contentHash(), version.publishedBy(), summary);
    }

    /** The disclosure's entries, oldest first; 404 for a disclosure never received. */
    public List<AuditEntry> of(UnitCode unit, FiscalYear year) {
        if (DisclosureEntity.findById(new PartKey(unit.value(), year.value())) == null) {
            throw ProblemException.notFound("尚未收到 " + unit + "/" + year + " 的任何部分");
        }
        return trail.of(unit, year, AuditTrail.DISCLOSURE);
    }
}
