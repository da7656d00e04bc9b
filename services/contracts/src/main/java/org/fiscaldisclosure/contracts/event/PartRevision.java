package org.fiscaldisclosure.contracts.event;

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
 * @param <T>      the part's content type
 */
public record PartRevision<T>(
        UnitCode unitCode,
        FiscalYear fiscalYear,
        long revision,
        Instant revisedAt,
        T part,
        Map<String, BigDecimal> headline,
        ValidationSummary validation) {
}
