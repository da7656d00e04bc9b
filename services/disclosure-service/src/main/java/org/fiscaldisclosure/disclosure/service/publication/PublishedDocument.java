package org.fiscaldisclosure.disclosure.service.publication;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.fiscaldisclosure.disclosure.service.findings.FindingsReport;

/**
 * A published version as it was published, immutable: who published it and when, the approval it rests on, the
 * parts (each revision as its event carried it), every finding with its explanation, and the content hash of
 * exactly this content.
 */
public record PublishedDocument(
        String unitCode,
        int fiscalYear,
        String regionCode,
        String unitName,
        int version,
        String contentHash,
        Instant publishedAt,
        String publishedBy,
        String correctionNote,
        ApprovalView approval,
        Map<String, Long> revisions,
        Map<String, BigDecimal> headline,
        FindingsReport findings,
        Map<String, JsonNode> parts) {
}
