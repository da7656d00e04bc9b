package org.fiscaldisclosure.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each service's generated OpenAPI document describes itself: every operation has its own operationId, every
 * parameter a description and a typed schema (the unit code with its pattern, the year, revision and version as
 * integers), every field of every schema a description, and no schema is a library's class (Jackson's JsonNode).
 * Every operation carries an example request (when it has a body) and an example response for its success status,
 * what the suite answers for the sample (kept true by {@code OpenApiExamplesIT}), each valid against its schema.
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

    /**
     * Classes of libraries that must never be a schema of the API: the scanner names a schema after the class it
     * describes (a generic one after the class and its arguments: UniString, RestResponsePartRevision), so a leak
     * shows as one of these names, alone or at the start of a name.
     */
    static final Pattern LIBRARY_TYPE = Pattern.compile("(?:Json(?:Node|NodeType|Object|Array|Value)|ObjectNode|ArrayNode"
            + "|TextNode|NumericNode|DecimalNode|Buffer|RoutingContext|MultiMap|Response|RestResponse|ResponseBuilder|Uni"
            + "|Multi|TemplateInstance|StreamingOutput|InputStream|OutputStream|EntityTag|UriInfo|Panache[A-Za-z]*"
            + "|Hibernate[A-Za-z]*|Persistent(?:Bag|Set|List|Map)|EntityManager|Session|Throwable|StackTraceElement)"
            + "(?:[A-Z0-9].*)?|File|Path|Object|Map|Class|Type");

    @ParameterizedTest
    @ValueSource(strings = {"statements-service", "procurement-service", "performance-service", "disclosure-service"})
    void noSchemaIsALibrarysClass(String service) throws Exception {
        JsonNode doc = document(service);
        List<String> leaks = new ArrayList<>();
        doc.at("/components/schemas").fieldNames().forEachRemaining(name -> {
            if (LIBRARY_TYPE.matcher(name).matches()) {
                leaks.add(name);
            }
        });
        assertEquals(List.of(), leaks, service);
    }

    @ParameterizedTest
    @ValueSource(strings = {"statements-service", "procurement-service", "performance-service", "disclosure-service"})
    void everyOperationHasAnExampleRequestAndAnExampleResponse(String service) throws Exception {
        List<String> missing = new ArrayList<>();
        operations(document(service)).forEach((name, op) -> {
            if (op.has("requestBody") && examples(op.at("/requestBody/content")).isEmpty()) {
                missing.add(name + ": no example request");
            }
            // a success status with its example (a PUT documents 201 and 200; the sample's first PUT gives the 201)
            List<String> success = new ArrayList<>();
            List<String> exemplified = new ArrayList<>();
            op.path("responses").properties().forEach(r -> {
                if (r.getKey().startsWith("2")) {
                    success.add(r.getKey());
                    if (!examples(r.getValue().path("content")).isEmpty()) {
                        exemplified.add(r.getKey());
                    }
                }
            });
            if (success.isEmpty()) {
                missing.add(name + ": no success status documented");
            } else if (exemplified.isEmpty()) {
                missing.add(name + ": no example of its " + success + " response");
            }
        });
        assertEquals(List.of(), new ArrayList<>(new TreeSet<>(missing)), service + " (examples: services/" + service
                + "/src/main/resources/openapi/examples/<operationId>.json, written by OpenApiExamplesIT)");
    }

    /** The examples of a content map: media type → the example, each with a value or an external value. */
    static Map<String, JsonNode> examples(JsonNode content) {
        Map<String, JsonNode> found = new HashMap<>();
        content.properties().forEach(m -> m.getValue().path("examples").properties().forEach(e -> {
            if (e.getValue().has("value") || e.getValue().hasNonNull("externalValue")) {
                found.put(m.getKey(), e.getValue());
            }
        }));
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"statements-service", "procurement-service", "performance-service", "disclosure-service"})
    void everyExampleIsValidAgainstItsSchema(String service) throws Exception {
        JsonNode doc = document(service);
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        List<String> invalid = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, JsonNode> op : operations(doc).entrySet()) {
            List<Map.Entry<String, JsonNode>> contents = new ArrayList<>();
            contents.add(Map.entry("request", op.getValue().at("/requestBody/content")));
            op.getValue().path("responses").properties().forEach(r -> contents.add(Map.entry(r.getKey(), r.getValue().path("content"))));
            for (Map.Entry<String, JsonNode> content : contents) {
                for (Map.Entry<String, JsonNode> media : examples(content.getValue()).entrySet()) {
                    JsonNode example = media.getValue();
                    JsonNode schema = content.getValue().path(media.getKey()).path("schema");
                    if (!example.has("value") || schema.isMissingNode()) {
                        continue;
                    }
                    // the media type's schema with the document's components beside it, so that its $refs resolve
                    ObjectNode root = schema.deepCopy();
                    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
                    root.set("components", doc.get("components"));
                    Set<ValidationMessage> errors = factory.getSchema(root).validate(example.get("value"));
                    checked++;
                    if (!errors.isEmpty()) {
                        invalid.add(op.getKey() + " " + content.getKey() + " " + media.getKey() + ": "
                                + errors.stream().map(ValidationMessage::getMessage).limit(5).toList());
                    }
                }
            }
        }
        assertEquals(List.of(), invalid, service);
        assertTrue(checked >= 10, service + ": only " + checked + " examples checked");
    }
}
