package org.fiscaldisclosure.disclosure.rules;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Optional;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.part.performance.Performance;
import org.fiscaldisclosure.contracts.part.procurement.Procurement;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.disclosure.document.ExactJson;

/**
 * Reads the parts' detailed payloads (the {@code part} of each stored event payload) through the contract types,
 * exactly ({@link ExactJson}: no amount passes through a binary floating point number), and checks them with the
 * types' own constraints. A payload that does not read, or reads into an invalid value, counts as absent.
 */
public final class PartContents {

    private final ExactJson json;
    private final Validator validator;

    public PartContents(ExactJson json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** @param parts the parts as their events carried them, keyed by {@link PartKind#key()} */
    public DisclosureParts read(Map<String, JsonNode> parts) {
        return new DisclosureParts(PartHeadlines.of(parts),
                detail(parts.get(PartKind.STATEMENTS.key()), FinalAccounts.class),
                detail(parts.get(PartKind.PROCUREMENT.key()), Procurement.class),
                detail(parts.get(PartKind.PERFORMANCE.key()), Performance.class));
    }

    <T> Optional<T> detail(JsonNode payload, Class<T> type) {
        if (payload == null || !payload.path("part").isObject()) {
            return Optional.empty();
        }
        T value;
        try {
            value = json.convert(payload.get("part"), type);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        return value != null && validator.validate(value).isEmpty() ? Optional.of(value) : Optional.empty();
    }
}
