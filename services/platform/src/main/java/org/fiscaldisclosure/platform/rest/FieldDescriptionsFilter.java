package org.fiscaldisclosure.platform.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every field of every schema of a service's OpenAPI document its Chinese description, from one glossary
 * ({@code openapi/field-descriptions.properties}): by {@code Schema.field} where a name means something particular in
 * one schema, by the field name otherwise. A description written at the field stays. Fields of inline objects and of
 * array items are described under the name of the schema that holds them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class FieldDescriptionsFilter implements OASFilter {

    static final String GLOSSARY = "openapi/field-descriptions.properties";

    private final Properties glossary = load();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().forEach((name, schema) -> describe(name, schema, 0));
    }

    private void describe(String schemaName, Schema schema, int depth) {
        if (schema == null || depth > 8) {
            return;
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.forEach((field, property) -> {
                if (property == null) {
                    return;
                }
                if (property.getDescription() == null || property.getDescription().isBlank()) {
                    String text = describedAs(schemaName, field);
                    if (text != null) {
                        property.setDescription(text);
                    }
                }
                describe(schemaName, property, depth + 1);
            });
        }
        describe(schemaName, schema.getItems(), depth + 1);
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(s -> describe(schemaName, s, depth + 1));
        }
    }

    String describedAs(String schemaName, String field) {
        String particular = glossary.getProperty(schemaName + "." + field);
        return particular != null ? particular : glossary.getProperty(field);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = FieldDescriptionsFilter.class.getClassLoader().getResourceAsStream(GLOSSARY)) {
            if (in == null) {
                throw new IllegalStateException(GLOSSARY + " is missing from the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
