package org.fiscaldisclosure.platform.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A body the scanner could not type (a rendered template, a built response) is documented as what it is on the
 * wire: text (HTML, JavaScript, SVG, CSV, plain text) as a string, any other non-JSON type as binary.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class BodySchemasFilter implements OASFilter {

    @Override
    public void filterOpenAPI(org.eclipse.microprofile.openapi.models.OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().values().forEach(r -> {
                    if (r.getContent() != null && r.getContent().getMediaTypes() != null) {
                        r.getContent().getMediaTypes().forEach(BodySchemasFilter::type);
                    }
                });
            }
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null
                    && op.getRequestBody().getContent().getMediaTypes() != null) {
                op.getRequestBody().getContent().getMediaTypes().forEach(BodySchemasFilter::type);
            }
        }));
    }

    private static void type(String mediaType, MediaType media) {
        if (media == null || media.getSchema() != null || mediaType.contains("json")) {
            return;
        }
        Schema schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        if (!isText(mediaType)) {
            schema.format("binary");
        }
        media.setSchema(schema);
    }

    static boolean isText(String mediaType) {
        String m = mediaType.toLowerCase(java.util.Locale.ROOT);
        return m.startsWith("text/") || m.contains("svg") || m.contains("javascript") || m.contains("pem")
                || m.contains("jose");
    }
}
