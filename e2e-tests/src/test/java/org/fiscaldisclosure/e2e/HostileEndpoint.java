package org.fiscaldisclosure.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fiscaldisclosure.infra.Suite;

/**
 * One operation of a service as its committed OpenAPI document ({@code api-specs/<service>/openapi.json}) describes
 * it: the hostile-input corpus is generated from these, so an endpoint added to a service is attacked too.
 *
 * @param roles       the roles the operation's bearer security requirement names; empty when it is public
 * @param bodyTypes   the media types of its request body (empty when it takes none)
 * @param pathParams  the names of its path parameters
 * @param queryParams the names of its query parameters
 * @param requiredFields the members its JSON body's schema requires
 */
record HostileEndpoint(Suite.Service service, String method, String template, List<String> roles, List<String> bodyTypes,
                       List<String> pathParams, List<String> queryParams, List<String> requiredFields) {

    static final List<Suite.Service> SERVICES = List.of(Suite.STATEMENTS, Suite.PROCUREMENT, Suite.PERFORMANCE,
            Suite.DISCLOSURE);

    String key() {
        return service.name() + " " + method + " " + template;
    }

    boolean isProtected() {
        return !roles.isEmpty();
    }

    boolean hasJsonBody() {
        return bodyTypes.contains("application/json");
    }

    /** Every operation of the four services, in the order of their documents. */
    static List<HostileEndpoint> all(Path root) {
        List<HostileEndpoint> all = new ArrayList<>();
        for (Suite.Service service : SERVICES) {
            JsonNode spec;
            try {
                spec = Http.JSON.readTree(root.resolve("api-specs").resolve(service.name()).resolve("openapi.json").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
                while (ops.hasNext()) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                    if (!List.of("GET", "PUT", "POST", "DELETE", "PATCH").contains(method)) {
                        continue;
                    }
                    all.add(of(service, method, path.getKey(), op.getValue(), spec));
                }
            }
        }
        return all;
    }

    private static HostileEndpoint of(Suite.Service service, String method, String template, JsonNode op, JsonNode spec) {
        List<String> roles = new ArrayList<>();
        for (JsonNode requirement : op.path("security")) {
            requirement.fields().forEachRemaining(e -> e.getValue().forEach(r -> roles.add(r.asText())));
        }
        List<String> bodyTypes = new ArrayList<>();
        op.path("requestBody").path("content").fieldNames().forEachRemaining(bodyTypes::add);
        TreeSet<String> path = new TreeSet<>();
        TreeSet<String> query = new TreeSet<>();
        for (JsonNode p : op.path("parameters")) {
            (p.path("in").asText().equals("path") ? path : p.path("in").asText().equals("query") ? query : new TreeSet<String>())
                    .add(p.path("name").asText());
        }
        List<String> required = new ArrayList<>();
        JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            schema = spec.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        schema.path("required").forEach(r -> required.add(r.asText()));
        return new HostileEndpoint(service, method, template, List.copyOf(roles), List.copyOf(bodyTypes),
                List.copyOf(path), List.copyOf(query), List.copyOf(required));
    }
}
