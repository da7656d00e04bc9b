package org.fiscaldisclosure.disclosure.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.fiscaldisclosure.contracts.event.PartKind;

/**
 * What the cross-part rules see of a disclosure: which parts are there and each part's headline figures, read
 * defensively (a key that is absent or not a number is simply not there, and a rule that needs it does not run).
 */
public record PartHeadlines(Map<PartKind, Map<String, BigDecimal>> present) {

    public PartHeadlines {
        present = Map.copyOf(present);
    }

    /** From the parts as their events carried them, keyed by {@link PartKind#key()}. */
    public static PartHeadlines of(Map<String, JsonNode> parts) {
        Map<PartKind, Map<String, BigDecimal>> present = new EnumMap<>(PartKind.class);
        for (PartKind kind : PartKind.values()) {
            JsonNode doc = parts.get(kind.key());
            if (doc != null) {
                present.put(kind, figures(doc));
            }
        }
        return new PartHeadlines(present);
    }

    /** The numeric headline figures of one part's event payload (none when it has no headline). */
    public static Map<String, BigDecimal> figures(JsonNode partDocument) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        if (partDocument != null) {
            partDocument.path("headline").fields().forEachRemaining(e -> {
                if (e.getValue().isNumber()) {
                    figures.put(e.getKey(), e.getValue().decimalValue());
                }
            });
        }
        return figures;
    }

    public boolean has(PartKind kind) {
        return present.containsKey(kind);
    }

    /** A headline figure of a part; empty when the part or the key is missing. */
    public Optional<BigDecimal> figure(PartKind kind, String key) {
        Map<String, BigDecimal> figures = present.get(kind);
        return figures == null ? Optional.empty() : Optional.ofNullable(figures.get(key));
    }
}
