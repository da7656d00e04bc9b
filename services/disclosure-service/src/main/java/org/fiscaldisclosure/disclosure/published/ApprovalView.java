package org.fiscaldisclosure.disclosure.published;

import java.time.Instant;
import org.fiscaldisclosure.disclosure.repository.ApprovalEntity;

/** An approval as recorded. */
public record ApprovalView(long id, String contentHash, String approver, boolean confidentialityReviewed,
                           String confidentialityReviewer, boolean signedOff, String signedOffBy, Instant approvedAt) {

    public static ApprovalView of(ApprovalEntity a) {
        return new ApprovalView(a.id, a.contentHash, a.approver, a.confidentialityReviewed, a.confidentialityReviewer,
                a.signedOff, a.signedOffBy, a.approvedAt);
    }
}
