package org.fiscaldisclosure.disclosure.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.disclosure.published.ApprovalView;
import org.fiscaldisclosure.disclosure.repository.ApprovalEntity;
import org.fiscaldisclosure.disclosure.repository.DisclosureEntity;
import org.fiscaldisclosure.platform.problem.ProblemException;

/**
 * Records a reviewer's approval of one exact content. Only the current content can be approved: a hash that is
 * not the current content's is refused (409), so nobody approves what they did not see.
 */
@ApplicationScoped
public class ApprovalService {

    @Inject
    ContentAssembler assembler;

    @Transactional
    public ApprovalView approve(UnitCode unit, FiscalYear year, ApprovalRequest request) {
        DisclosureEntity.lock(unit.value(), year.value())
                .orElseThrow(() -> ProblemException.notFound("尚未收到 " + unit + "/" + year + " 的任何部分"));
        String current = assembler.require(unit, year).contentHash();
        if (!current.equals(request.contentHash())) {
            throw Conflicts.staleHash(request.contentHash(), current);
        }
        ApprovalEntity a = new ApprovalEntity();
        a.unitCode = unit.value();
        a.fiscalYear = year.value();
        a.contentHash = current;
        a.approver = request.approver().trim();
        a.confidentialityReviewed = request.confidentialityReviewed();
        a.confidentialityReviewer = request.confidentialityReviewer().trim();
        a.signedOff = request.signedOff();
        a.signedOffBy = request.signedOffBy().trim();
        a.approvedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        a.persist();
        return ApprovalView.of(a);
    }
}
