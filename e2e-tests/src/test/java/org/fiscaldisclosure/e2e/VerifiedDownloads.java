package org.fiscaldisclosure.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.fiscaldisclosure.testsupport.ParityReadBack;

/**
 * A published version of the running suite checked as docs/verification.md tells a reader to: its five files
 * downloaded and verified against the version's signed manifest with {@code scripts/verify-download.sh} and the
 * published PEM key, and every figure of its parity report read back from the five files.
 */
final class VerifiedDownloads {

    static final List<String> FORMATS = List.of("html", "pdf", "xlsx", "json", "datapackage");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private VerifiedDownloads() {
    }

    static byte[] bytes(String url) throws Exception {
        HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), url + ": " + new String(r.body(), StandardCharsets.UTF_8));
        return r.body();
    }

    /** The version's signed manifest, once its files are all rendered (a large PDF takes a while). */
    static byte[] manifest(String version) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(URI.create(version + "/manifest.jws")).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() == 200) {
                return r.body();
            }
            assertTrue(r.statusCode() == 503 && System.nanoTime() < deadline,
                    version + "/manifest.jws: " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
            Thread.sleep(1000);
        }
    }

    static void assertVerifiable(Path root, String base, String unit, int year, int n) throws Exception {
        String version = base + "/api/v1/disclosures/" + unit + "/" + year + "/versions/" + n;
        Path dir = Files.createDirectories(root.resolve("e2e-tests/target/verified-downloads/" + unit + "-v" + n));
        Path jws = Files.write(dir.resolve("manifest.jws"), manifest(version));
        Path pem = Files.write(dir.resolve("publication-key.pem"), bytes(base + "/api/v1/publication-keys/current.pem"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("scripts/verify-download.sh").toString(),
                jws.toString(), pem.toString()));
        for (String f : FORMATS) {
            files.put(f, bytes(version + "?format=" + f));
            command.add(Files.write(dir.resolve(unit + "-" + year + "-v" + n + "." + f), files.get(f)).toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), out);
        assertEquals(0, p.exitValue(), out);
        assertEquals(FORMATS.size(), out.lines().filter(l -> l.startsWith("OK ")).count(), out);

        JsonNode report = Http.JSON.readTree(bytes(version + "/parity"));
        assertTrue(report.path("figures").asInt() > 100, "the sample's tables hold hundreds of figures: " + report.path("figures"));
        List<ParityReadBack.Mismatch> mismatches = ParityReadBack.check(report, files);
        assertEquals(List.of(), mismatches, unit + " v" + n + ": every figure the same in the five files");
    }
}
