package org.fiscaldisclosure.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
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
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fiscaldisclosure.infra.SampleLoader;
import org.fiscaldisclosure.infra.Suite;
import org.fiscaldisclosure.testdata.DepartmentSize;
import org.fiscaldisclosure.testdata.LargeDepartment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A large department ({@link LargeDepartment}, reduced to {@link #SIZE}) from PUT to a published version through the
 * four packaged services: its three parts PUT by a preparer, the assembled disclosure complete with no FATAL finding,
 * each WARNING one the generator's documentation explains (docs/testdata.md), explained by a reviewer, approved,
 * published, every file rendered after the publication, and the page, the PDF's text and the workbook each showing
 * every evaluated project's name, the data package's projects.csv its code and name.
 */
class LargeDepartmentIT {

    /**
     * The department this test loads: the reduced shape (60 自评表, 100 项 rows, 40 contracts, 20 purchased services),
     * so that the suite's tests stay within their time; the benchmark loads the full one (300 自评表).
     */
    static final DepartmentSize SIZE = DepartmentSize.REDUCED;
    static final long SEED = 20240;
    static final String UNIT = LargeDepartment.UNIT.unitCode();

    /** The WARNINGs the large department legitimately raises, and the reviewer's explanation of each. */
    static final Map<String, String> EXPLAINED = Map.of(
            "ST-CAT-001", "该科目为《2024年政府收支分类科目》中的科目，本年度分类科目目录尚未收录，已核对编码与名称。");

    static RunningSuite running;
    static LargeDepartment.Parts parts;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        running = RunningSuite.start("service-logs-large");
        parts = new LargeDepartment(running.root()).generate(SEED, SIZE);
        Http.bearer = running.suite().tokens().allRoles();
    }

    @AfterAll
    static void stop() {
        Http.bearer = null;
        if (running != null) {
            running.close();
        }
    }

    static String disclosure() {
        return running.suite().baseUrl(Suite.DISCLOSURE) + "/api/v1/disclosures/" + UNIT + "/" + LargeDepartment.YEAR;
    }

    @Test
    void theLargeDepartmentIsPublishedWithEveryProjectInEveryRendering() throws Exception {
        String preparer = running.suite().tokens().preparer(UNIT);
        for (Map.Entry<String, String> part : parts.json().entrySet()) {
            String url = running.suite().baseUrl(SampleLoader.owners().get(part.getKey())) + "/api/v1/" + part.getKey() + "/"
                    + UNIT + "/" + LargeDepartment.YEAR;
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + preparer)
                    .PUT(HttpRequest.BodyPublishers.ofString(part.getValue())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, r.statusCode(), "PUT " + part.getKey() + " (" + part.getValue().length() + " chars): " + r.body());
        }
        SampleLoader.awaitComplete(running.suite(), UNIT, LargeDepartment.YEAR, Duration.ofMinutes(3));

        // the findings: no FATAL; every WARNING one a reviewer explains, and explained
        JsonNode publication = Http.get(disclosure() + "/publication").body();
        String hash = publication.get("contentHash").asText();
        Map<String, Integer> warnings = new TreeMap<>();
        for (JsonNode f : publication.path("blockingFindings")) {
            assertEquals("WARNING", f.path("severity").asText(), "no FATAL finding: " + f);
            String rule = f.path("ruleId").asText();
            assertTrue(EXPLAINED.containsKey(rule), "an expected WARNING: " + f);
            warnings.merge(rule, 1, Integer::sum);
            ObjectNode e = Http.JSON.createObjectNode().put("ruleId", rule).put("location", f.path("location").asText())
                    .put("text", EXPLAINED.get(rule)).put("author", "王审核");
            Http.Reply explained = Http.postJson(disclosure() + "/explanations", e.toString());
            assertEquals(201, explained.status(), explained.toString());
            hash = explained.body().get("contentHash").asText();
        }
        System.out.println("large department " + SIZE + ": WARNINGs explained " + warnings);

        ObjectNode approval = Http.JSON.createObjectNode().put("contentHash", hash).put("approver", "王审核")
                .put("confidentialityReviewed", true).put("confidentialityReviewer", "李保密").put("signedOff", true)
                .put("signedOffBy", "张主任");
        assertEquals(201, Http.postJson(disclosure() + "/approvals", approval.toString()).status());
        Http.Reply published = Http.postJson(disclosure() + "/versions",
                Http.JSON.createObjectNode().put("contentHash", hash).put("publishedBy", "赵发布").toString());
        assertEquals(201, published.status(), published.toString());
        assertEquals(5, published.body().get("files").size(), published.toString());

        JsonNode version = Http.await(disclosure() + "/versions/1", v -> {
            for (JsonNode f : v.path("files")) {
                assertTrue(!"FAILED".equals(f.path("state").asText()), "a file failed: " + f);
            }
            return v.path("files").size() == 5 && v.path("files").findValues("state").stream().allMatch(s -> s.asText().equals("READY"));
        }, Duration.ofMinutes(10));
        System.out.println("files of version 1: " + version.get("files"));

        String page = new String(file("html"), StandardCharsets.UTF_8);
        String pdf;
        try (PDDocument doc = Loader.loadPDF(file("pdf"))) {
            pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            System.out.println("PDF pages: " + doc.getNumberOfPages());
        }
        String workbook = cells(file("xlsx"));
        Map<String, byte[]> members = unzip(file("datapackage"));
        String projectsCsv = new String(members.get("projects.csv"), StandardCharsets.UTF_8);
        assertEquals(SIZE.projects() + 1, projectsCsv.split("\r\n").length, projectsCsv);

        // the page, the PDF and the workbook print each 自评表 under its project's name; the data package lists code and name
        List<String> missing = new ArrayList<>();
        for (var p : parts.performance().projects()) {
            check(missing, "page", page, p.name());
            check(missing, "pdf", pdf, p.name());
            check(missing, "xlsx", workbook, p.name());
            check(missing, "projects.csv", projectsCsv, p.projectCode() + "," + p.name() + ",");
        }
        assertTrue(missing.isEmpty(), "projects missing from a rendering: " + missing);

        // the files verify against the version's signed manifest and state the same figures (docs/verification.md)
        VerifiedDownloads.assertVerifiable(running.root(), running.suite().baseUrl(Suite.DISCLOSURE), UNIT, LargeDepartment.YEAR, 1);
    }

    /**
     * The sample with its performance part grown to 48 自评表 (the sample's nine copied under new codes and names): a
     * request of about 155 kB of compact JSON whose event, the published form included, is larger than one broker record may be. It
     * is accepted and reaches the disclosure whole, with every other part.
     */
    @Test
    void aPerformancePartOf48ProjectsReachesTheDisclosure() throws Exception {
        String unit = "110102-SWD";
        String preparer = running.suite().tokens().preparer(unit);
        Path sample = running.root().resolve("sample").resolve(unit).resolve("2024");
        ObjectNode performance = (ObjectNode) Http.JSON.readTree(Files.readString(sample.resolve("performance.json")));
        ArrayNode projects = (ArrayNode) performance.get("projects");
        List<JsonNode> originals = new ArrayList<>();
        projects.forEach(originals::add);
        for (int i = projects.size(); i < 48; i++) {
            ObjectNode copy = originals.get(i % originals.size()).deepCopy();
            copy.put("projectCode", String.format("11010224T9%05d", i));
            copy.put("name", copy.get("name").asText() + "（第" + i + "项）");
            projects.add(copy);
        }
        Map<String, String> bodies = Map.of("final-accounts", Files.readString(sample.resolve("final-accounts.json")),
                "procurement", Files.readString(sample.resolve("procurement.json")), "performance", performance.toString());
        assertTrue(bodies.get("performance").getBytes(StandardCharsets.UTF_8).length > 150_000, "a performance part of about 155 kB (compact)");
        for (Map.Entry<String, String> part : bodies.entrySet()) {
            String url = running.suite().baseUrl(SampleLoader.owners().get(part.getKey())) + "/api/v1/" + part.getKey() + "/" + unit + "/2024";
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + preparer)
                    .PUT(HttpRequest.BodyPublishers.ofString(part.getValue())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, r.statusCode(), "PUT " + part.getKey() + ": " + r.body());
        }
        String body = SampleLoader.awaitComplete(running.suite(), unit, 2024, Duration.ofMinutes(2));
        JsonNode d = Http.JSON.readTree(body);
        JsonNode received = d.at("/parts/performance/part/projects");
        assertEquals(48, received.size(), "every 自评表 reached the disclosure");
        for (int i = 0; i < 48; i++) {
            assertEquals(projects.get(i).get("projectCode").asText(), received.get(i).get("projectCode").asText());
        }
    }

    private static void check(List<String> missing, String where, String text, String expected) {
        if (!text.contains(expected)) {
            missing.add(where + ": " + expected);
        }
    }

    static byte[] file(String format) throws Exception {
        HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(URI.create(disclosure() + "/versions/1?format=" + format))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), format + ": " + new String(r.body(), StandardCharsets.UTF_8));
        return r.body();
    }

    static String cells(byte[] xlsx) throws Exception {
        StringBuilder s = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        s.append(cell.toString()).append('\n');
                    }
                }
            }
        }
        return s.toString();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
