package org.fiscaldisclosure.platform.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A field held as a JSON tree (Jackson's {@code JsonNode}: an audit summary, a part's revision as its event carried
 * it) is documented as the JSON object it is, never as the library's class: the scanner would otherwise describe
 * {@code JsonNode} and its node types as if they were part of the API.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class JsonTreeSchemasFilter implements OASFilter {

    private static final String JSON_NODE = "#/components/schemas/JsonNode";

    @Override
    public Schema filterSchema(Schema schema) {
        if (JSON_NODE.equals(schema.getRef())) {
            schema.setRef(null);
            schema.setItems(null);
            schema.setType(List.of(Schema.SchemaType.OBJECT));
            if (schema.getDescription() == null) {
                schema.setDescription("JSON 对象");
            }
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().removeSchema("JsonNode");
            openAPI.getComponents().removeSchema("JsonNodeType");
        }
    }
}
