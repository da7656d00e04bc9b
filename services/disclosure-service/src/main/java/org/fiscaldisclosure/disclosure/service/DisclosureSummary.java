package org.fiscaldisclosure.disclosure.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A row of the disclosure listing, for dashboards. */
public record DisclosureSummary(
        String unitCode,
        int fiscalYear,
        String regionCode,
        String unitName,
        Completeness completeness,
        Map<String, Long> revisions,
        Map<String, BigDecimal> headline,
        Instant updatedAt) {

    /** A page of the listing. */
    public record Page(List<DisclosureSummary> items, int page, int size, long total) {
    }
}
