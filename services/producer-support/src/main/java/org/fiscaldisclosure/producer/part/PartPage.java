package org.fiscaldisclosure.producer.part;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A page of a part listing. */
public record PartPage(List<Item> items, int page, int size, long total) {

    /** One listed part with its headline figures. */
    public record Item(String unitCode, int fiscalYear, String regionCode, long revision, Instant revisedAt,
                       Map<String, BigDecimal> headline) {
    }
}
