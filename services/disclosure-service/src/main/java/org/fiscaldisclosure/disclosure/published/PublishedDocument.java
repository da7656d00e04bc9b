package org.fiscaldisclosure.disclosure.published;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.disclosure.findings.FindingsReport;

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
        @Schema(description = "各部分的主要数字，键见 contracts 的 HeadlineFigure：金额为元（精确到分），smeSharePercent 等比例为百分数，departmentScore 为分，evaluatedProjects 等为个数") Map<String, BigDecimal> headline,
        FindingsReport findings,
        Map<String, JsonNode> parts) {
}
