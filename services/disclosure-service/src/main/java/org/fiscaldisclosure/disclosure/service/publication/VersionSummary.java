package org.fiscaldisclosure.disclosure.service.publication;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** A published version without its content: number, hash, who published and approved it, revisions, headline. */
public record VersionSummary(
        int version,
        String contentHash,
        Instant publishedAt,
        String publishedBy,
        String correctionNote,
        ApprovalView approval,
        Map<String, Long> revisions,
        Map<String, BigDecimal> headline,
        String href) {

    public static VersionSummary of(PublishedDocument d) {
        return new VersionSummary(d.version(), d.contentHash(), d.publishedAt(), d.publishedBy(), d.correctionNote(),
                d.approval(), d.revisions(), d.headline(), href(d.unitCode(), d.fiscalYear(), d.version()));
    }

    public static String href(String unitCode, int fiscalYear, int version) {
        return "/api/v1/disclosures/" + unitCode + "/" + fiscalYear + "/versions/" + version;
    }
}
