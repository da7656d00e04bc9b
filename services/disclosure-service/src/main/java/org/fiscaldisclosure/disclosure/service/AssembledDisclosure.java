package org.fiscaldisclosure.disclosure.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
        Map<String, BigDecimal> headline,
        Map<String, JsonNode> parts,
        Instant updatedAt) {
}
