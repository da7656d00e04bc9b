package org.fiscaldisclosure.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.fiscaldisclosure.testsupport.CsvRecords;

/**
 * The open data of a published version as a user takes it: the data package validated against the published Data
 * Package, Tabular Data Package and Fiscal Data Package JSON Schemas (the copies the disclosure-service's tests keep),
 * holding every table 表1-表12, every CSV read back against its table schema; the quality view and the feed.
 */
final class OpenDataChecks {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private OpenDataChecks() {
    }

    /** Asserts the version's data package; answers its files by name. */
    static Map<String, byte[]> assertDataPackage(Path root, String disclosureUrl, int version) throws Exception {
        HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(URI.create(disclosureUrl + "/versions/" + version + "?format=datapackage"))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        JsonNode pkg = Http.JSON.readTree(files.get("datapackage.json"));
        Set<ValidationMessage> violations = new LinkedHashSet<>();
        for (String profile : List.of("data-package.json", "tabular-data-package.json", "fiscal-data-package.json")) {
            Path schema = root.resolve("services/disclosure-service/src/test/resources/frictionless/" + profile);
            try (InputStream in = Files.newInputStream(schema)) {
                violations.addAll(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in).validate(pkg));
            }
        }
        assertEquals(Set.of(), violations);
        for (int n = 1; n <= 12; n++) {
            assertTrue(files.containsKey("table-T" + n + ".csv"), "表" + n + " in " + files.keySet());
        }
        assertTrue(files.containsKey("data-dictionary.csv"), files.keySet().toString());
        for (JsonNode resource : pkg.get("resources")) {
            byte[] csv = files.get(resource.get("path").asText());
            assertNotNull(csv, resource.get("path").asText());
            String text = new String(csv, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFF"), "UTF-8 with a BOM: " + resource.get("path"));
            List<List<String>> rows = CsvRecords.of(text);
            List<String> names = new ArrayList<>();
            resource.at("/schema/fields").forEach(f -> names.add(f.get("name").asText()));
            assertEquals(names, rows.get(0), resource.get("path").asText());
            for (List<String> row : rows.subList(1, rows.size())) {
                assertEquals(names.size(), row.size(), resource.get("path") + ": " + row);
                for (int i = 0; i < names.size(); i++) {
                    String type = resource.at("/schema/fields/" + i + "/type").asText();
                    String v = row.get(i);
                    boolean ok = v.isEmpty() || type.equals("string")
                            || (type.equals("number") && v.matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)"))
                            || (type.equals("integer") && v.matches("[+-]?[0-9]+"));
                    assertTrue(ok, resource.get("path") + " " + names.get(i) + " is " + type + ": " + v);
                }
            }
        }
        return files;
    }

}
