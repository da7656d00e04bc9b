package org.fiscaldisclosure.platform.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Gives every operation its example request and response, from the service's
 * {@code openapi/examples/<operationId>.json}: what the suite answers for the sample disclosure (110102-SWD, 2024),
 * captured and kept true by e2e-tests' {@code OpenApiExamplesIT} (docs/api.md). The file holds
 * <pre>
 * {"request":   {"&lt;media type&gt;": {"summary": …, "value": … | "externalValue": …}},
 *  "responses": {"&lt;status&gt;": {"&lt;media type&gt;": {"summary": …, "value": … | "externalValue": …}}}}
 * </pre>
 * Each example is added, named {@code sample}, to the media type of the request body or of the response it names;
 * a media type or status the operation does not document is left out (the test of the documents then finds the
 * operation without its example).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ExamplesFilter implements OASFilter {

    static final String DIRECTORY = "openapi/examples/";
    static final String NAME = "sample";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Override
    public Operation filterOperation(Operation operation) {
        String id = operation.getOperationId();
        if (id == null) {
            return operation;
        }
        JsonNode examples = read(DIRECTORY + id + ".json");
        if (examples == null) {
            return operation;
        }
        if (operation.getRequestBody() != null) {
            addExamples(operation.getRequestBody().getContent(), examples.path("request"));
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            examples.path("responses").properties().forEach(status -> {
                APIResponse response = operation.getResponses().getAPIResponse(status.getKey());
                if (response != null) {
                    addExamples(response.getContent(), status.getValue());
                }
            });
        }
        return operation;
    }

    private static void addExamples(Content content, JsonNode byMediaType) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        byMediaType.properties().forEach(e -> {
            MediaType media = content.getMediaType(e.getKey());
            if (media != null) {
                media.addExample(NAME, example(e.getValue()));
            }
        });
    }

    private static Example example(JsonNode node) {
        Example example = OASFactory.createExample();
        if (node.hasNonNull("summary")) {
            example.summary(node.get("summary").asText());
        }
        if (node.hasNonNull("description")) {
            example.description(node.get("description").asText());
        }
        if (node.hasNonNull("externalValue")) {
            example.externalValue(node.get("externalValue").asText());
        } else if (node.has("value")) {
            example.value(plain(node.get("value")));
        }
        return example;
    }

    /** The value as plain maps, lists, strings, exact numbers and booleans, which the document writer knows. */
    private static Object plain(JsonNode value) {
        return JSON.convertValue(value, Object.class);
    }

    private static JsonNode read(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ExamplesFilter.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " is not valid JSON", e);
        }
    }
}
