package org.fiscaldisclosure.contracts.disclosure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;

/**
 * The payload of a {@code fiscal.disclosure.published.v1} event on {@code fiscal.disclosures.v1}: one immutable
 * published version of a disclosure, as a summary. The full published content is served by the disclosure-service
 * at {@code href}; the content hash identifies it exactly.
 *
 * @param version        1, 2, ... per unit and year
 * @param contentHash    SHA-256 (hex) of the canonical content that was approved and published
 * @param correctionNote 更正说明; null for version 1, required after it
 * @param revisions      the revision of each part that was published
 * @param headline       the parts' headline figures (元 or points) as published
 * @param findings       the counts of the findings published with the version (FATAL is always 0)
 * @param href           the path of the version in the disclosure-service's API
 */
public record DisclosurePublished(
        UnitCode unitCode,
        FiscalYear fiscalYear,
        int version,
        String contentHash,
        Instant publishedAt,
        String publishedBy,
        String correctionNote,
        PublishedApproval approval,
        Map<String, Long> revisions,
        Map<String, BigDecimal> headline,
        FindingCounts findings,
        String href) {

    /** The CloudEvents {@code type} of the event. */
    public static final String EVENT_TYPE = "fiscal.disclosure.published.v1";
    /** The CloudEvents {@code source} of the event. */
    public static final String SOURCE = "/disclosure-service";
}
