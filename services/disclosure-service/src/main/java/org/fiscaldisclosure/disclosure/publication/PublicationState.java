package org.fiscaldisclosure.disclosure.publication;

import java.util.List;
import org.fiscaldisclosure.disclosure.assembly.Completeness;
import org.fiscaldisclosure.disclosure.findings.LocatedFinding;
import org.fiscaldisclosure.disclosure.published.ApprovalView;

/**
 * What a reviewer or publisher needs to know: the status, the current content hash (what an approval must name),
 * the approval of that hash if any, the newest version, and what still blocks publication.
 *
 * @param publishable            true when POST …/versions with this hash would succeed (a correction note aside)
 * @param correctionNoteRequired true when the next version is not the first
 * @param blockingFindings       FATAL findings and WARNINGs without an explanation
 */
public record PublicationState(
        PublicationStatus status,
        String contentHash,
        Completeness completeness,
        boolean approved,
        ApprovalView approval,
        Integer latestVersion,
        String latestVersionHash,
        boolean publishable,
        boolean correctionNoteRequired,
        List<LocatedFinding> blockingFindings) {
}
