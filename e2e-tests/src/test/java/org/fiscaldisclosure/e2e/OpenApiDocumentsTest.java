package org.fiscaldisclosure.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each service's generated OpenAPI document describes itself: every operation has its own operationId, every
 * parameter a description and a typed schema (the unit code with its pattern, the year, revision and version as
 * integers), every field of every schema a description, and no schema is a library's class (Jackson's JsonNode).
 */
class OpenApiDocumentsTest {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    /** contracts UnitCode.PATTERN, which the services check. */
    static final String UNIT_CODE_PATTERN = "^[0-9]{6}-[0-9A-Z]{1,24}$";
    static final Set<String> INTEGER_PARAMETERS = Set.of("year", "revision", "version", "other", "page", "size");

    static JsonNode document(String service) throws Exception {
        Path generated = OpenApiSpecsTest.ROOT.resolve("services").resolve(service).resolve("target/openapi/openapi.json");
        assertTrue(Files.isRegularFile(generated), generated + " was not generated: package the service first");
        return new ObjectMapper().readTree(generated.toFile());
    }

    /** Every operation as "METHOD path" with its node. */
    static Map<String, JsonNode> operations(JsonNode doc) {
        Map<String, JsonNode> ops = new HashMap<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (METHODS.contains(op.getKey())) {
                ops.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
        return ops;
    }

    @ParameterizedTest
    @ValueSource(strings = {"statements-service", "procurement-service", "performance-service", "disclosure-service"})
    void everyOperationHasItsOwnOperationId(String service) throws Exception {
        Map<String, JsonNode> ops = operations(document(service));
        assertFalse(ops.isEmpty());
        Map<String, String> seen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        ops.forEach((name, op) -> {
            String id = op.path("operationId").asText("");
            if (id.isBlank()) {
                problems.add(name + ": no operationId");
            } else if (seen.putIfAbsent(id, name) != null) {
                problems.add(name + ": operationId " + id + " also used by " + seen.get(id));
            }
        });
        assertEquals(List.of(), problems, service);
    }

    @ParameterizedTest
    @ValueSource(strings = {"statements-service", "procurement-service", "performance-service", "disclosure-service"})
    void everyParameterIsDescribedAndTyped(String service) throws Exception {
        List<String> problems = new ArrayList<>();
        int unitCodes = 0;
        for (Map.Entry<String, JsonNode> op : operations(document(service)).entrySet()) {
            for (JsonNode p : op.getValue().path("parameters")) {
                String name = op.getKey() + " " + p.path("in").asText() + " " + p.path("name").asText();
                if (p.path("description").asText("").isBlank()) {
                    problems.add(name + ": no description");
                }
                String type = p.at("/schema/type").asText("");
                if (type.isBlank()) {
                    problems.add(name + ": no schema type");
                }
                if (INTEGER_PARAMETERS.contains(p.path("name").asText()) && !type.equals("integer")) {
                    problems.add(name + ": " + type + " instead of integer");
                }
                if (p.path("name").asText().equals("unitCode")) {
                    unitCodes++;
                    if (!UNIT_CODE_PATTERN.equals(p.at("/schema/pattern").asText())) {
                        problems.add(name + ": pattern " + p.at("/schema/pattern") + " instead of " + UNIT_CODE_PATTERN);
                    }
                }
            }
        }
        assertEquals(List.of(), problems, service);
        assertTrue(unitCodes > 0, service + " documents no unitCode parameter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"statements-service", "procurement-service", "performance-service", "disclosure-service"})
    void noSchemaIsJacksonsJsonNode(String service) throws Exception {
        JsonNode doc = document(service);
        assertFalse(doc.at("/components/schemas").has("JsonNode"), service);
        assertFalse(doc.at("/components/schemas").has("JsonNodeType"), service);
        assertFalse(doc.toString().contains("#/components/schemas/JsonNode"), service);
    }

    @ParameterizedTest
    @ValueSource(strings = {"statements-service", "procurement-service", "performance-service", "disclosure-service"})
    void everyFieldOfEverySchemaIsDescribed(String service) throws Exception {
        List<String> undescribed = new ArrayList<>();
        JsonNode schemas = document(service).at("/components/schemas");
        assertTrue(schemas.size() > 10, service + " documents " + schemas.size() + " schemas");
        schemas.properties().forEach(s -> undescribedFields(s.getKey(), s.getValue(), undescribed));
        assertEquals(List.of(), undescribed, service + ": fields without a description (the platform's "
                + "openapi/field-descriptions.properties gives them one by name)");
    }

    private static void undescribedFields(String path, JsonNode schema, List<String> undescribed) {
        schema.path("properties").properties().forEach(p -> {
            if (p.getValue().path("description").asText("").isBlank()) {
                undescribed.add(path + "." + p.getKey());
            }
            undescribedFields(path + "." + p.getKey(), p.getValue(), undescribed);
        });
        if (schema.has("items")) {
            undescribedFields(path + "[]", schema.get("items"), undescribed);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"disclosure-service"})
    void theRebuildDocumentsThe202ItAnswers(String service) throws Exception {
        JsonNode responses = operations(document(service)).get("POST /api/v1/disclosures/admin/rebuild").get("responses");
        assertTrue(responses.has("202"), responses.toString());
        assertFalse(responses.has("200"), responses.toString());
        assertFalse(responses.has("422"), responses.toString());
    }
}
