package org.fiscaldisclosure.disclosure.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;

/**
 * Reads stored JSON (part payloads, published documents) without ever passing an amount through a binary floating
 * point number: decimals become {@code BigDecimal} exactly as written, trailing zeros kept ({@code 3586400.00} stays
 * {@code 3586400.00}). Fields it does not know are ignored.
 */
@ApplicationScoped
public class ExactJson {

    private final ObjectMapper mapper;

    @Inject
    public ExactJson(ObjectMapper mapper) {
        this.mapper = mapper.copy()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }

    public JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable: " + e.getOriginalMessage(), e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable as " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public <T> T convert(JsonNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable as " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The amount of a stored figure: a JSON number exactly as written, or a number written as text; null when the node
     * is missing, null or not a number.
     */
    public static BigDecimal decimal(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        try {
            return new BigDecimal(n.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
