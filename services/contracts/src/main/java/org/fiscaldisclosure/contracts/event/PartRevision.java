package org.fiscaldisclosure.contracts.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.fiscaldisclosure.contracts.document.PartDocument;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.fiscaldisclosure.contracts.validation.ValidationSummary;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;

/**
 * One stored revision of a part: what a producer answers to GET and PUT, and the payload of its
 * {@code fiscal.*.part.revised.v1} event (event-carried state transfer: the whole part).
 *
 * @param headline the part's headline figures (named, in 元 or points) for listings and dashboards
 * @param document the part's published form (sections, tables, text, charts) that the disclosure assembles; empty
 *                 when a producer has none, never null
 * @param derivation how many times the producer derived the revision's validation and document again without a new
 *                 revision, because something the part reads changed (the previous year's part); 0 (and absent from
 *                 the JSON) for the revision as first stored. Of two events of one revision the one with the higher
 *                 derivation is newer; the revision number and its ETag stay those of the preparer's content.
 * @param <T>      the part's content type
 */
public record PartRevision<T>(
        UnitCode unitCode,
        FiscalYear fiscalYear,
        long revision,
        Instant revisedAt,
        T part,
        Map<String, BigDecimal> headline,
        ValidationSummary validation,
        PartDocument document,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) long derivation) {

    public PartRevision {
        if (document == null) {
            document = PartDocument.EMPTY;
        }
    }

    /** A revision as first stored (derivation 0). */
    public PartRevision(UnitCode unitCode, FiscalYear fiscalYear, long revision, Instant revisedAt, T part,
                        Map<String, BigDecimal> headline, ValidationSummary validation, PartDocument document) {
        this(unitCode, fiscalYear, revision, revisedAt, part, headline, validation, document, 0);
    }

    /** A revision without a published form. */
    public PartRevision(UnitCode unitCode, FiscalYear fiscalYear, long revision, Instant revisedAt, T part,
                        Map<String, BigDecimal> headline, ValidationSummary validation) {
        this(unitCode, fiscalYear, revision, revisedAt, part, headline, validation, PartDocument.EMPTY, 0);
    }
}
