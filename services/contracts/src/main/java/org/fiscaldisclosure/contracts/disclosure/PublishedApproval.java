package org.fiscaldisclosure.contracts.disclosure;

import java.time.Instant;

/**
 * The approval a published version rests on: who approved the content hash, when, and the two attestations
 * (保密审查 by {@code confidentialityReviewer}, 负责人审签 by {@code signedOffBy}).
 */
public record PublishedApproval(String approver, Instant approvedAt, String confidentialityReviewer, String signedOffBy) {
}
