package org.fiscaldisclosure.disclosure.rendering;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The published version as one JSON document (UTF-8, compact: machines read it, and a person's browser or {@code jq}
 * indents it): everything that was approved and published.
 */
@ApplicationScoped
public class JsonRendering implements Rendering {

    private final ObjectMapper mapper;

    @Inject
    public JsonRendering(ObjectMapper mapper) {
        this.mapper = mapper.copy().disable(SerializationFeature.INDENT_OUTPUT);
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public byte[] render(RenderInput input) {
        try {
            return mapper.writeValueAsBytes(input.document());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
