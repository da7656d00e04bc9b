package org.fiscaldisclosure.disclosure.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The disclosure of one unit and year as assembled from its parts: each part is the newest revision received, as
 * its event carried it; {@code headline} gathers the parts' headline figures.
 */
public record AssembledDisclosure(
        String unitCode,
        int fiscalYear,
        String regionCode,
        String unitName,
        Completeness completeness,
        List<String> missingParts,
        Map<String, Long> revisions,
        @Schema(description = "各部分的主要数字，键见 contracts 的 HeadlineFigure：金额为元（精确到分），smeSharePercent 等比例为百分数，departmentScore 为分，evaluatedProjects 等为个数") Map<String, BigDecimal> headline,
        Map<String, JsonNode> parts,
        Instant updatedAt) {
}
