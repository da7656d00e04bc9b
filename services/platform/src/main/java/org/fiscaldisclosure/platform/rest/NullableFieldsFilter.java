package org.fiscaldisclosure.platform.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes every schema say what the JSON holds (OpenAPI 3.1, whose schemas are JSON Schema 2020-12):
 * <ul>
 *   <li>a field the schema does not require may be null: the services write absent values as {@code null}, so its
 *       type admits {@code null} (a reference becomes "the referenced schema or null");</li>
 *   <li>a reference is typed by the schema it references: the scanner writes {@code type: object} beside a
 *       reference of a described field, which would make an amount (a JSON number) an object as well.</li>
 * </ul>
 * The examples of the documents are checked against the schemas (OpenApiDocumentsTest), which is how both were found.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableFieldsFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(s -> visit(s, 0));
    }

    private static void visit(Schema schema, int depth) {
        if (schema == null || depth > 16) {
            return;
        }
        if (schema.getRef() != null) {
            schema.setType(null);
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            properties.forEach((name, property) -> {
                visit(property, depth + 1);
                if (property != null && !required.contains(name)) {
                    nullable(property);
                }
            });
        }
        visit(schema.getItems(), depth + 1);
        if (schema.getAdditionalPropertiesSchema() != null) {
            visit(schema.getAdditionalPropertiesSchema(), depth + 1);
        }
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(s -> visit(s, depth + 1));
            }
        }
    }

    private static void nullable(Schema property) {
        if (property.getRef() != null) {
            Schema referenced = OASFactory.createSchema().ref(property.getRef());
            property.setRef(null);
            property.setAnyOf(new ArrayList<>(List.of(referenced,
                    OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL)))));
            return;
        }
        if (property.getType() != null && !property.getType().isEmpty() && !property.getType().contains(Schema.SchemaType.NULL)) {
            List<Schema.SchemaType> types = new ArrayList<>(property.getType());
            types.add(Schema.SchemaType.NULL);
            property.setType(types);
            if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
                List<Object> values = new ArrayList<>(property.getEnumeration());
                values.add(null);
                property.setEnumeration(values);
            }
        }
    }
}
