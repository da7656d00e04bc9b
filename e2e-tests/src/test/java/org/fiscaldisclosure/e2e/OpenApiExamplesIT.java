package org.fiscaldisclosure.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.fiscaldisclosure.infra.RoleTokens;
import org.fiscaldisclosure.infra.SampleLoader;
import org.fiscaldisclosure.infra.Suite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example request and response of every operation (docs/api.md) are what the suite answers for the sample
 * disclosure: the packaged suite is given the sample's three parts (sample/110102-SWD/2024, the putPart examples),
 * publishes it as {@code scripts/publish-sample.sh} does, then every GET operation of the four generated documents is
 * called for the sample with each media type it documents, and the remaining write operations once each
 * (a project's 自评表 put back, an explanation, an approval, version 3, a catalogue edition, the rebuild).
 * <p>
 * Each operation's examples are kept in {@code services/<service>/src/main/resources/openapi/examples/<operationId>.json},
 * which {@code ExamplesFilter} adds to the document. Without {@code -Dexamples.update=true} this test checks that
 * every operation answered its documented success status and that each committed example has the shape of the
 * answer (the same fields with the same JSON types; values such as times and hashes differ from run to run); with
 * it, the captured examples are written over the committed ones (then package the services again and regenerate
 * api-specs/ with {@code -Dspecs.update=true}). Large answers are shortened (every array to its first items, text to
 * its first lines) and binary ones referenced by the address that serves them.
 */
class OpenApiExamplesIT {

    static final String UNIT = "110102-SWD";
    static final int YEAR = 2024;
    static final List<Suite.Service> SERVICES = List.of(Suite.STATEMENTS, Suite.PROCUREMENT, Suite.PERFORMANCE, Suite.DISCLOSURE);
    /** The part paths of the producers, and their sample files. */
    static final Map<Suite.Service, String> PARTS = Map.of(Suite.STATEMENTS, "final-accounts",
            Suite.PROCUREMENT, "procurement", Suite.PERFORMANCE, "performance");
    /** Above this many characters of JSON an example keeps only the first items of its arrays. */
    static final int LARGE_JSON = 16_000;
    /** Text examples keep at most this many characters, cut at a line end. */
    static final int LARGE_TEXT = 3_000;

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static RunningSuite running;
    /** service → operationId → its examples, as the filter reads them. */
    final Map<Suite.Service, Map<String, ObjectNode>> captured = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void start() {
        running = RunningSuite.start("service-logs-examples");
    }

    @AfterAll
    static void stop() {
        if (running != null) {
            running.close();
        }
    }

    record Answer(int status, String contentType, byte[] body, String etag) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }
    }

    @Test
    void everyOperationAnswersTheSampleAsItsExampleShows() throws Exception {
        String token = running.suite().tokens().allRoles();
        Path sample = running.root().resolve("sample").resolve(UNIT).resolve(String.valueOf(YEAR));

        // 1. the sample's parts, PUT as ./run.sh loads them: each producer's first revision (201)
        for (Suite.Service producer : List.of(Suite.STATEMENTS, Suite.PROCUREMENT, Suite.PERFORMANCE)) {
            String part = PARTS.get(producer);
            String body = Files.readString(sample.resolve(part + ".json"));
            Answer a = send("PUT", url(producer, "/api/v1/" + part + "/" + UNIT + "/" + YEAR), token, "application/json",
                    "application/json", body.getBytes(StandardCharsets.UTF_8), null);
            ObjectNode ex = example(producer, "putPart");
            request(ex, "application/json", jsonExample(JSON.readTree(body), "sample/" + UNIT + "/" + YEAR + "/" + part + ".json"));
            if (!producer.equals(Suite.PERFORMANCE)) {
                request(ex, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", external(
                        "/api/v1/" + part + "/" + UNIT + "/" + YEAR + "/tables.xlsx",
                        "the workbook GET …/tables.xlsx gives for the sample, edited and PUT back"));
            }
            response(producer, "putPart", a, "PUT the sample's " + part + ".json (its first revision)");
        }
        SampleLoader.awaitComplete(running.suite(), UNIT, YEAR, Duration.ofSeconds(90));

        // 2. corrected, explained, approved and published as versions 1 and 2, as docs/disclosure.md walks through it
        runPublishScript();

        // 3. every GET operation, with each media type it documents
        Map<Suite.Service, JsonNode> documents = new LinkedHashMap<>();
        for (Suite.Service s : SERVICES) {
            documents.put(s, OpenApiDocumentsTest.document(s.name()));
        }
        String projectCode = firstProjectCode(token);
        for (Suite.Service s : SERVICES) {
            for (Map.Entry<String, JsonNode> op : new TreeMap<>(OpenApiDocumentsTest.operations(documents.get(s))).entrySet()) {
                if (op.getKey().startsWith("GET ")) {
                    getEveryMediaType(s, op.getKey().substring(4), op.getValue(), token, projectCode);
                }
            }
        }

        // 4. the other write operations, once each
        writeOperations(sample, token, projectCode);

        // 5. every operation of the documents has its examples
        for (Suite.Service s : SERVICES) {
            OpenApiDocumentsTest.operations(documents.get(s)).forEach((name, op) -> {
                String id = op.path("operationId").asText();
                if (!captured.getOrDefault(s, Map.of()).containsKey(id)) {
                    problems.add(s.name() + " " + name + " (" + id + "): not called by this test");
                }
            });
        }
        keepOrCompare();
        assertEquals(List.of(), problems);
    }

    // ---- the walk ----------------------------------------------------------------------------------------------

    private void getEveryMediaType(Suite.Service s, String path, JsonNode op, String token, String projectCode) throws Exception {
        String id = op.path("operationId").asText();
        String success = successStatus(op);
        if (success == null) {
            problems.add(s.name() + " GET " + path + ": no documented success status");
            return;
        }
        Iterator<String> types = op.at("/responses/" + success + "/content").fieldNames();
        while (types.hasNext()) {
            String mediaType = types.next();
            String accept = mediaType.replaceAll(";\\s*qs=[0-9.]+", "");
            String address = address(path, op, mediaType, projectCode);
            Answer a = send("GET", url(s, address), token, accept, null, null, null);
            if (!String.valueOf(a.status()).equals(success)) {
                problems.add(s.name() + " GET " + address + " (" + accept + "): " + a.status() + " instead of " + success
                        + ": " + abbreviate(a.text()));
                continue;
            }
            responseAs(s, id, success, mediaType, a, address, "GET " + address + " for the sample");
        }
    }

    private void writeOperations(Path sample, String token, String projectCode) throws Exception {
        // a project's 自评表 put back as it is: the latest revision again (200)
        String part = "/api/v1/performance/" + UNIT + "/" + YEAR;
        Answer project = send("GET", url(Suite.PERFORMANCE, part + "/projects/" + projectCode), token, "application/json", null, null, null);
        expect(project, 200, "GET project " + projectCode);
        Answer put = send("PUT", url(Suite.PERFORMANCE, part + "/projects/" + projectCode), token, "application/json",
                "application/json", project.body(), project.etag());
        request(example(Suite.PERFORMANCE, "putProjectEvaluation"), "application/json",
                jsonExample(project.json(), "the sample's 自评表 " + projectCode + " as GET …/projects/" + projectCode + " gives it"));
        response(Suite.PERFORMANCE, "putProjectEvaluation", put, "PUT " + projectCode + " back unchanged, If-Match the part's ETag");

        // an explanation given again with more words, so the content changes: approved and published as version 3
        String d = "/api/v1/disclosures/" + UNIT + "/" + YEAR;
        JsonNode explained = null;
        for (JsonNode f : send("GET", url(Suite.DISCLOSURE, d + "/findings"), token, "application/json", null, null, null).json().path("findings")) {
            if (f.path("severity").asText().equals("WARNING") && f.hasNonNull("explanation")) {
                explained = f;
                break;
            }
        }
        assertTrue(explained != null, "the published sample has an explained WARNING");
        ObjectNode explanation = JsonNodeFactory.instance.objectNode().put("ruleId", explained.path("ruleId").asText())
                .put("location", explained.path("location").asText())
                .put("text", explanationText(sample, explained.path("ruleId").asText()) + "（经复核，说明不变。）")
                .put("author", "钱财务");
        post(Suite.DISCLOSURE, "explainFinding", d + "/explanations", token, explanation, "the sample's explanation of "
                + explained.path("ruleId").asText() + " (corrections/explanations.tsv), given again");
        String hash = send("GET", url(Suite.DISCLOSURE, d + "/publication"), token, "application/json", null, null, null)
                .json().path("contentHash").asText();
        ObjectNode approval = JsonNodeFactory.instance.objectNode().put("contentHash", hash).put("approver", "王审核")
                .put("confidentialityReviewed", true).put("confidentialityReviewer", "李保密")
                .put("signedOff", true).put("signedOffBy", "张部长");
        post(Suite.DISCLOSURE, "approveContent", d + "/approvals", token, approval, "the current content approved as scripts/publish-sample.sh approves it");
        ObjectNode publish = JsonNodeFactory.instance.objectNode().put("contentHash", hash).put("publishedBy", "赵发布")
                .put("correctionNote", "补充第三部分政府购买服务的说明。");
        post(Suite.DISCLOSURE, "publishVersion", d + "/versions", token, publish, "the approved content published as the next version, with its correction note");

        // a catalogue edition, not complete: one 项 of the shipped catalogue under its own name
        String csv = "科目编码,科目名称\r\n2013901,行政运行\r\n";
        Answer loaded = send("POST", url(Suite.STATEMENTS, "/api/v1/classifications/" + YEAR + "/func/editions?complete=false&source="
                + URLEncoder.encode("财政部《2024年政府收支分类科目》", StandardCharsets.UTF_8)), token, "application/json", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8), null);
        ObjectNode catalogue = example(Suite.STATEMENTS, "loadCatalogueEditionCsv");
        request(catalogue, "text/csv", textExample(csv, "an edition of one entry, complete=false"));
        response(Suite.STATEMENTS, "loadCatalogueEditionCsv", loaded, "POST …/2024/func/editions?complete=false&source=…");

        // the read model rebuilt from the events (202), last: it is asynchronous
        Answer rebuild = send("POST", url(Suite.DISCLOSURE, "/api/v1/disclosures/admin/rebuild"), token, "application/json", null, null, null);
        response(Suite.DISCLOSURE, "rebuildReadModel", rebuild, "POST …/admin/rebuild");
    }

    private void post(Suite.Service s, String id, String path, String token, JsonNode body, String summary) throws Exception {
        byte[] bytes = JSON.writeValueAsBytes(body);
        Answer a = send("POST", url(s, path), token, "application/json", "application/json", bytes, null);
        request(example(s, id), "application/json", jsonExample(body, summary));
        response(s, id, a, "POST " + path.replace("/api/v1/disclosures/" + UNIT + "/" + YEAR, "…") + ": " + summary);
    }

    /** The answer as the example of the operation's documented status and media type it gave. */
    private void response(Suite.Service s, String id, Answer a, String summary) throws Exception {
        String mediaType = a.contentType() == null ? "application/json" : a.contentType().replaceAll(";.*", "");
        if (a.status() >= 300) {
            problems.add(s.name() + " " + id + ": " + a.status() + " " + abbreviate(a.text()));
            return;
        }
        responseAs(s, id, String.valueOf(a.status()), mediaType, a, null, summary);
    }

    private void responseAs(Suite.Service s, String id, String status, String mediaType, Answer a, String address, String summary)
            throws Exception {
        ObjectNode responses = child(child(example(s, id), "responses"), status);
        String base = mediaType.replaceAll(";.*", "").toLowerCase(Locale.ROOT);
        if (base.contains("json")) {
            responses.set(mediaType, jsonExample(a.json(), summary));
        } else if (isText(base)) {
            responses.set(mediaType, textExample(a.text(), summary));
        } else {
            responses.set(mediaType, external(address, summary + " (" + a.body().length + " bytes)"));
        }
    }

    private void runPublishScript() throws Exception {
        Path out = running.root().resolve("e2e-tests/target/examples-publish-sample.out");
        ProcessBuilder bash = new ProcessBuilder("bash", running.root().resolve("scripts/publish-sample.sh").toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).directory(running.root().toFile());
        bash.environment().put("DISCLOSURE_URL", running.suite().baseUrl(Suite.DISCLOSURE));
        bash.environment().put("STATEMENTS_URL", running.suite().baseUrl(Suite.STATEMENTS));
        bash.environment().put("PERFORMANCE_URL", running.suite().baseUrl(Suite.PERFORMANCE));
        Path tokens = running.root().resolve("e2e-tests/target/examples-tokens.env");
        RoleTokens.writeEnv(running.suite().tokens().forUnit(UNIT), tokens);
        bash.environment().keySet().removeIf(name -> name.endsWith("_TOKEN"));
        bash.environment().put("TOKENS_FILE", tokens.toString());
        Process script = bash.start();
        boolean ended = script.waitFor(10, TimeUnit.MINUTES);
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(ended, "the script did not end in 10 minutes: " + output);
        assertEquals(0, script.exitValue(), output);
    }

    private String firstProjectCode(String token) throws Exception {
        Answer part = send("GET", url(Suite.PERFORMANCE, "/api/v1/performance/" + UNIT + "/" + YEAR), token, "application/json", null, null, null);
        expect(part, 200, "GET the performance part");
        return part.json().at("/part/projects/0/projectCode").asText();
    }

    /** The operation's path for the sample: its parameters filled in, a required query parameter given. */
    private static String address(String path, JsonNode op, String mediaType, String projectCode) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("unitCode", UNIT);
        values.put("year", String.valueOf(YEAR));
        values.put("revision", "1");
        values.put("version", "1");
        values.put("other", "2");
        values.put("regionCode", UNIT.substring(0, 6));
        values.put("scheme", "func");
        values.put("code", "2013901");
        values.put("chart", "income-by-source");
        values.put("id", "beijing-2024");
        values.put("projectCode", projectCode);
        values.put("name", mediaType.startsWith("text/csv") ? "table-T1.csv" : "datapackage.json");
        String filled = path;
        List<String> query = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            String name = p.path("name").asText();
            if (p.path("in").asText().equals("path")) {
                filled = filled.replace("{" + name + "}", values.get(name));
            } else if (p.path("in").asText().equals("query") && p.path("required").asBoolean()) {
                query.add(name + "=" + values.get(name));
            }
        }
        return query.isEmpty() ? filled : filled + "?" + String.join("&", query);
    }

    static String successStatus(JsonNode op) {
        TreeSet<String> codes = new TreeSet<>();
        op.path("responses").fieldNames().forEachRemaining(c -> {
            if (c.startsWith("2")) {
                codes.add(c);
            }
        });
        return codes.isEmpty() ? null : codes.first();
    }

    // ---- the examples ----------------------------------------------------------------------------------------------

    private ObjectNode example(Suite.Service s, String id) {
        return captured.computeIfAbsent(s, k -> new TreeMap<>()).computeIfAbsent(id, k -> JsonNodeFactory.instance.objectNode());
    }

    private static void request(ObjectNode example, String mediaType, ObjectNode value) {
        child(example, "request").set(mediaType, value);
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        if (!(parent.get(name) instanceof ObjectNode)) {
            parent.set(name, JsonNodeFactory.instance.objectNode());
        }
        return (ObjectNode) parent.get(name);
    }

    static ObjectNode jsonExample(JsonNode value, String summary) throws Exception {
        JsonNode shown = value;
        String note = "";
        for (int keep = 3; keep >= 1 && JSON.writeValueAsString(shown).length() > LARGE_JSON; keep--) {
            shown = shortened(value, keep);
            note = "（数组只保留前 " + keep + " 项）";
        }
        ObjectNode e = JsonNodeFactory.instance.objectNode().put("summary", summary + note);
        e.set("value", shown);
        return e;
    }

    static JsonNode shortened(JsonNode value, int keep) {
        if (value.isArray()) {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < Math.min(keep, value.size()); i++) {
                a.add(shortened(value.get(i), keep));
            }
            return a;
        }
        if (value.isObject()) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            value.properties().forEach(e -> o.set(e.getKey(), shortened(e.getValue(), keep)));
            return o;
        }
        return value;
    }

    static ObjectNode textExample(String text, String summary) {
        String shown = text;
        String note = "";
        if (text.length() > LARGE_TEXT) {
            int end = text.lastIndexOf('\n', LARGE_TEXT);
            shown = text.substring(0, end > 0 ? end + 1 : LARGE_TEXT);
            note = "（前 " + shown.length() + " 个字符，共 " + text.length() + " 个）";
        }
        return JsonNodeFactory.instance.objectNode().put("summary", summary + note).put("value", shown);
    }

    static ObjectNode external(String address, String summary) {
        return JsonNodeFactory.instance.objectNode().put("summary", summary).put("externalValue", address);
    }

    static boolean isText(String mediaType) {
        return mediaType.startsWith("text/") || mediaType.contains("svg") || mediaType.contains("javascript")
                || mediaType.contains("pem") || mediaType.contains("jose");
    }

    /** With -Dexamples.update=true writes the examples; otherwise compares each with the committed one by shape. */
    private void keepOrCompare() throws Exception {
        boolean update = Boolean.getBoolean("examples.update");
        List<String> differences = new ArrayList<>();
        for (Map.Entry<Suite.Service, Map<String, ObjectNode>> s : captured.entrySet()) {
            Path dir = running.root().resolve("services").resolve(s.getKey().name()).resolve("src/main/resources/openapi/examples");
            if (update) {
                Files.createDirectories(dir);
                try (var old = Files.list(dir)) {
                    for (Path f : old.toList()) {
                        Files.delete(f);
                    }
                }
            }
            for (Map.Entry<String, ObjectNode> op : s.getValue().entrySet()) {
                Path file = dir.resolve(op.getKey() + ".json");
                if (update) {
                    Files.writeString(file, JSON.writeValueAsString(op.getValue()) + "\n");
                    continue;
                }
                if (!Files.isRegularFile(file)) {
                    differences.add(file + " is missing");
                    continue;
                }
                TreeSet<String> committed = shape(JSON.readTree(file.toFile()));
                TreeSet<String> now = shape(op.getValue());
                if (!committed.equals(now)) {
                    TreeSet<String> gone = new TreeSet<>(committed);
                    gone.removeAll(now);
                    TreeSet<String> added = new TreeSet<>(now);
                    added.removeAll(committed);
                    differences.add(s.getKey().name() + " " + op.getKey() + ": no longer answered " + gone + "; new " + added);
                }
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        assertEquals(List.of(), differences, "the examples are not what the suite answers now: run this test with "
                + "-Dexamples.update=true, package the services and regenerate api-specs/ (docs/api.md)");
    }

    /** The paths and JSON types of an example: arrays as [], every summary and every text value left out. */
    static TreeSet<String> shape(JsonNode examples) {
        TreeSet<String> out = new TreeSet<>();
        shape("", examples, out);
        return out;
    }

    private static void shape(String at, JsonNode node, TreeSet<String> out) {
        if (at.endsWith("/summary") && node.isTextual()) {
            return;
        }
        if (node.isObject()) {
            out.add(at + ":object");
            node.properties().forEach(e -> shape(at + "/" + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            out.add(at + ":array");
            node.forEach(item -> shape(at + "/[]", item, out));
        } else {
            out.add(at + ":" + (node.isNumber() ? "number" : node.getNodeType().name().toLowerCase(Locale.ROOT)));
        }
    }

    // ---- HTTP ----------------------------------------------------------------------------------------------------

    private static String url(Suite.Service s, String path) {
        return running.suite().baseUrl(s) + path;
    }

    static Answer send(String method, String url, String token, String accept, String contentType, byte[] body, String ifMatch)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).header("Accept", accept);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body(),
                r.headers().firstValue("ETag").orElse(null));
    }

    private static void expect(Answer a, int status, String what) {
        assertEquals(status, a.status(), what + ": " + abbreviate(a.text()));
    }

    private static String explanationText(Path sample, String ruleId) throws Exception {
        for (String line : Files.readAllLines(sample.resolve("corrections/explanations.tsv"))) {
            String[] cols = line.split("\t", 2);
            if (cols.length == 2 && cols[0].equals(ruleId)) {
                return cols[1];
            }
        }
        return "单位已核实该项数据。";
    }

    private static String abbreviate(String s) {
        return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }
}
