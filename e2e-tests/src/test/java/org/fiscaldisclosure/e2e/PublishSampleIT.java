package org.fiscaldisclosure.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fiscaldisclosure.infra.RegionLoad;
import org.fiscaldisclosure.infra.RoleTokens;
import org.fiscaldisclosure.infra.SampleLoader;
import org.fiscaldisclosure.infra.Suite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The publish walk-through of docs/disclosure.md, exactly as documented: {@code scripts/publish-sample.sh} run with
 * bash against the packaged suite with the sample loaded as {@code ./run.sh} loads it. The script itself checks each
 * step (refused while FATAL findings stand, corrections, explanations, approval, version 1, 409 without a new
 * approval, 422 without a correction note, version 2); this test then reads the outcome back through the API, runs
 * the script a second time (it lists what is published and exits 0) and reads the same outcome again.
 */
class PublishSampleIT {

    static final String UNIT = "110102-SWD";
    static RunningSuite running;

    @BeforeAll
    static void start() {
        running = RunningSuite.start("service-logs-publish");
        SampleLoader.load(running.suite(), running.root().resolve("sample"), UNIT, 2024);
        SampleLoader.awaitComplete(running.suite(), UNIT, 2024, Duration.ofSeconds(60));
        Http.bearer = running.suite().tokens().allRoles();
    }

    @AfterAll
    static void stop() {
        Http.bearer = null;
        if (running != null) {
            running.close();
        }
    }

    static String url(Suite.Service s) {
        return running.suite().baseUrl(s);
    }

    @Test
    void theScriptPublishesTheCorrectedSampleAsVersion1AndTheChangeAsVersion2AndARerunSaysSo() throws Exception {
        String output = runScript("publish-sample.out");

        // what the script printed: the refusal with the seed's FATAL findings, then the two refusals of step 4
        assertTrue(output.contains("POST …/versions -> 409"), output);
        assertTrue(output.contains("PF-TOT-001,FATAL,performance,/projects/7,总分,得分,990,99,891"), output);
        assertTrue(output.contains("PF-EXE-001,FATAL,performance"), output);
        assertTrue(output.contains("without a new approval: 409"), output);
        assertTrue(output.contains("without a correction note: 422"), output);

        assertPublishedAsDocumented();
        assertOpenData();
        assertVersion2ReadsAsTheFormPrintsIt();
        // each version's files verify against its signed manifest and state the same figures (docs/verification.md)
        for (int version = 1; version <= 2; version++) {
            VerifiedDownloads.assertVerifiable(running.root(), url(Suite.DISCLOSURE), UNIT, 2024, version);
        }

        // a second run lists what is published, exits 0 and changes nothing
        String again = runScript("publish-sample-again.out");
        assertTrue(again.contains("110102-SWD/2024 is already published"), again);
        assertTrue(again.contains("version 1, published "), again);
        assertTrue(again.contains("version 2, published "), again);
        assertTrue(again.contains("status now: PUBLISHED"), again);
        assertTrue(again.contains("/portal/disclosures/110102-SWD/2024"), again);
        assertPublishedAsDocumented();
    }

    /**
     * A region of three generated units, loaded and published as {@code ./run.sh --region=3} does ({@link RegionLoad}),
     * read back through the portal: found by name and by code, compared across its two years and with its neighbours,
     * bundled, its version 2 diffed, judged by the inspection criteria and announced in the feed, the unit left
     * unpublished and the one published late visibly so.
     */
    @Test
    void aRegionOfGeneratedUnitsIsFoundComparedBundledDiffedJudgedAndFed() throws Exception {
        RegionLoad load = new RegionLoad(running.suite(), running.root(), line -> System.out.println("[e2e] region" + line));
        RegionLoad.Region region = load.load(3);
        RegionChecks checks = new RegionChecks(url(Suite.DISCLOSURE), region);
        checks.searchFindsEachUnitByNameAndByCode();
        checks.aUnitsYearsAreComparedWithTheirChanges();
        checks.theRegionComparisonListsEveryPublishedUnit();
        checks.theBundleHoldsEveryPublishedDisclosureOfTheRegionYear();
        checks.theDiffNamesTheChangeOfVersion2();
        checks.theQualityViewJudgesEveryUnitTheUnpublishedAndTheLateVisibly();
        checks.theFeedListsThePublicationsAndTheLateUnits();
        assertEquals(10, load.urls(region).size(), "the run command prints an address for each page");
    }

    /** Runs the script as documented, with the tokens file ./run.sh writes; asserts it exits 0 and answers its output. */
    static String runScript(String outputName) throws Exception {
        Path out = running.root().resolve("e2e-tests/target/" + outputName);
        ProcessBuilder bash = new ProcessBuilder("bash", running.root().resolve("scripts/publish-sample.sh").toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).directory(running.root().toFile());
        bash.environment().put("DISCLOSURE_URL", url(Suite.DISCLOSURE));
        bash.environment().put("STATEMENTS_URL", url(Suite.STATEMENTS));
        bash.environment().put("PERFORMANCE_URL", url(Suite.PERFORMANCE));
        // the tokens as ./run.sh leaves them: a file of the run, the preparer scoped to the sample's unit
        Path tokens = running.root().resolve("e2e-tests/target/publish-sample-tokens.env");
        RoleTokens.writeEnv(running.suite().tokens().forUnit(UNIT), tokens);
        bash.environment().keySet().removeIf(name -> name.endsWith("_TOKEN"));
        bash.environment().put("TOKENS_FILE", tokens.toString());
        Process script = bash.start();
        boolean ended = script.waitFor(10, TimeUnit.MINUTES);
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(ended, "the script did not end in 10 minutes: " + output);
        assertEquals(0, script.exitValue(), output);
        return output;
    }

    /** The sample's data package holds every table and validates; its quality view, its JSON and the feed answer. */
    static void assertOpenData() throws Exception {
        String base = url(Suite.DISCLOSURE);
        Map<String, byte[]> files = OpenDataChecks.assertDataPackage(running.root(), base + "/api/v1/disclosures/" + UNIT + "/2024", 2);
        String t1 = new String(files.get("table-T1.csv"), StandardCharsets.UTF_8);
        assertTrue(t1.contains("3586400.00"), t1);
        JsonNode quality = Http.get(base + "/api/v1/quality/disclosures/" + UNIT + "/2024").body();
        assertEquals(2, quality.get("version").asInt(), quality.toString());
        assertEquals("REGION_DEADLINE", quality.at("/timeliness/basis").asText(), "the sample records no 批复 date");
        assertEquals(4, quality.get("criteria").size());
        String page = Http.text(base + "/portal/quality/disclosures/" + UNIT + "/2024");
        assertTrue(page.contains("完整性") && !page.contains("fiscal.publication"), page);
        assertTrue(Http.text(base + "/portal/quality/regions/110102/2024").contains(UNIT));
        JsonNode feed = Http.get(base + "/api/v1/feed?regionCode=110102&year=2024").body();
        List<String> ids = new ArrayList<>();
        feed.get("items").forEach(i -> ids.add(i.get("id").asText()));
        assertTrue(ids.contains("publication:" + UNIT + ":2024:v2"), ids.toString());
    }

    /** Version 2's file in a format, kept in e2e-tests/target/ to be looked at. */
    static byte[] version2(String format) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(Suite.DISCLOSURE)
                + "/api/v1/disclosures/" + UNIT + "/2024/versions/2?format=" + format)).timeout(Duration.ofSeconds(120)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), format + ": " + new String(r.body(), StandardCharsets.UTF_8));
        Files.write(running.root().resolve("e2e-tests/target/" + UNIT + "-2024-v2." + format), r.body());
        return r.body();
    }

    /**
     * Version 2 of the sample read back as the public reads it: the page, the PDF and the workbook laid out as the
     * form prints them, the 自评表 headed by its title, year and 项目名称 with its 一级指标 merged, headings numbered in
     * order, the PDF tagged with bold headings and values kept on one line, the workbook's sheets named for what
     * they hold.
     */
    static void assertVersion2ReadsAsTheFormPrintsIt() throws Exception {
        String page = new String(version2("html"), StandardCharsets.UTF_8);
        // each 自评表 as the form heads it, its 一级指标 printed once over its rows
        int forms = count(page, "<h4 class=\"form-title\">项目支出绩效自评表</h4>\n<p class=\"form-year\">（2024年度）</p>");
        assertEquals(8, forms, "the eight 自评表 of version 2");
        assertEquals(forms, count(page, "<tr><th scope=\"row\">项目名称</th><td>"), page);
        assertTrue(page.contains("<tr><th scope=\"row\">项目名称</th><td>社区工作者岗位教育经费</td></tr>"), page);
        assertTrue(count(page, "scope=\"rowgroup\" rowspan=") >= forms, "一级指标 merged over their rows");
        // headings in order: the corrected numbers, 4.资金投入和使用情况 after 3.实施情况, no table of one cell
        for (String heading : List.of("<h4>（二）资产管理</h4>", "<h4>（三）绩效管理</h4>", "<h4>（二）需要说明的事项</h4>", "<h4>4.资金投入和使用情况</h4>")) {
            assertTrue(page.contains(heading), heading);
        }
        assertTrue(page.indexOf("<h4>3.实施情况</h4>") < page.indexOf("<h4>4.资金投入和使用情况</h4>"));
        for (String broken : List.of("（4）", "（5）", "（2） ", ">评价得分</th>")) {
            assertFalse(page.contains(broken), broken);
        }
        // 编制单位 over every table, 单位：万元 over every statement table (表7 empty included)
        assertEquals(count(page, "<div class=\"table-block\">"), count(page, "<span class=\"maker\">编制单位：中共北京市西城区委社会工作部</span>"));
        for (int t = 1; t <= 10; t++) {
            String section = between(page, "id=\"s-statements-T" + t + "\"", "</section>");
            assertTrue(section.contains("<span class=\"money\">单位：万元</span>"), "表" + t + ": " + section);
        }
        // 表6 人员经费 left of 公用经费, each with its 编码; 表10 预算数 left of 决算数, one line of figures
        String t6 = between(page, "id=\"s-statements-T6\"", "</section>");
        assertTrue(t6.indexOf(">人员经费</th>") > 0 && t6.indexOf(">人员经费</th>") < t6.indexOf(">公用经费</th>"), t6);
        assertEquals(2, count(t6, ">编码</th>"), t6);
        String t8 = between(page, "id=\"s-statements-T8\"", "</section>");
        assertTrue(t8.indexOf(">人员经费</th>") > 0 && t8.indexOf(">人员经费</th>") < t8.indexOf(">公用经费</th>"), "表8 two-sided: " + t8);
        String t10 = between(page, "id=\"s-statements-T10\"", "</section>");
        assertTrue(t10.indexOf(">预算数</th>") > 0 && t10.indexOf(">预算数</th>") < t10.indexOf(">决算数</th>"), t10);
        assertEquals(1, count(between(t10, "<tbody>", "</tbody>"), "<tr"), t10);

        try (PDDocument pdf = Loader.loadPDF(version2("pdf"))) {
            assertTrue(pdf.getDocumentCatalog().getStructureTreeRoot() != null, "tagged");
            assertEquals("zh-CN", pdf.getDocumentCatalog().getLanguage());
            String lines = new PDFTextStripper().getText(pdf);
            // a value and a 一级指标 of a 自评表 each on one line, not broken a character or two per line
            assertTrue(lines.contains("≤1.195万元"), "年度指标值 on one line");
            assertTrue(lines.contains("产出指标"), "一级指标 on one line");
            assertTrue(lines.contains("（2024年度）") && lines.contains("4.资金投入和使用情况"), "the page's headings");
            // headings drawn bold
            StringBuilder bold = new StringBuilder();
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (getGraphicsState().getTextState().getRenderingMode() == RenderingMode.FILL_STROKE) {
                        bold.append(text.getUnicode());
                    }
                    super.processTextPosition(text);
                }
            }.getText(pdf);
            assertTrue(bold.toString().replaceAll("\\s+", "").contains("第四部分2024年度部门绩效评价情况"), bold.toString());
            // page 1 is the title and the 目录, filled to its foot rather than half empty
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            assertTrue(first.getText(pdf).contains("目录"));
        }

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(version2("xlsx")))) {
            List<String> names = new ArrayList<>();
            wb.forEach(sheet -> names.add(sheet.getSheetName()));
            assertTrue(names.stream().allMatch(n -> n.length() <= 31), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.startsWith("4-") && n.contains("社区工作者岗位教育经费")), "a 自评表's sheets name its project: " + names);
            XSSFSheet threePublic = wb.getSheet(names.stream().filter(n -> n.startsWith("1-10 ")).findFirst().orElseThrow());
            assertEquals("预算数", threePublic.getRow(2).getCell(0).getStringCellValue(), "表10 across: 预算数 over the items");
            assertEquals("合计", threePublic.getRow(3).getCell(0).getStringCellValue(), "the items under 预算数");
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, threePublic.getRow(4).getCell(0).getCellType(), "one row of figures");
            XSSFSheet t7 = wb.getSheet(names.stream().filter(n -> n.startsWith("1-7 ")).findFirst().orElseThrow());
            assertTrue(t7.getRow(1).getCell(t7.getRow(1).getLastCellNum() - 1).getStringCellValue().contains("单位：万元"), "表7 in 万元");
        }
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertTrue(start >= 0, from);
        int end = text.indexOf(to, start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** Versions 1 and 2 with their notes, the diff, who acted, the state, the portal and the region's sums. */
    static void assertPublishedAsDocumented() throws Exception {
        String d = url(Suite.DISCLOSURE) + "/api/v1/disclosures/" + UNIT + "/2024";
        JsonNode versions = Http.get(d + "/versions").body();
        assertEquals(2, versions.size(), versions.toString());
        assertEquals(1, versions.get(0).get("version").asInt());
        assertTrue(versions.get(0).get("correctionNote").isNull());
        assertTrue(versions.get(1).get("correctionNote").asText().contains("社区工作者岗位教育经费"));

        JsonNode diff = Http.get(d + "/versions/1/diff/2").body();
        assertEquals("performance", diff.at("/parts/0/part").asText(), diff.toString());
        assertEquals(2, diff.at("/parts/0/fromRevision").asInt());
        assertEquals(3, diff.at("/parts/0/toRevision").asInt());
        assertEquals("PF-RPT-001", diff.at("/explanations/0/ruleId").asText(), diff.toString());
        assertNull(diff.at("/explanations/0/to").textValue());

        // each step acted with its role: the audit trail names the reviewer and the publisher tokens, not a super-user
        JsonNode audit = Http.get(d + "/audit").body();
        int approvals = 0;
        int publications = 0;
        for (JsonNode entry : audit) {
            String action = entry.get("action").asText();
            if (action.equals("APPROVED") || action.equals("EXPLAINED")) {
                approvals++;
                assertEquals("local-reviewer", entry.at("/actor/subject").asText(), entry.toString());
            }
            if (action.equals("PUBLISHED")) {
                publications++;
                assertEquals("local-publisher", entry.at("/actor/subject").asText(), entry.toString());
            }
        }
        assertEquals(2, publications, audit.toString());
        assertTrue(approvals > 3, audit.toString());

        JsonNode state = Http.get(d + "/publication").body();
        assertEquals("PUBLISHED", state.get("status").asText());
        assertEquals(0, state.get("blockingFindings").size());
        JsonNode findings = Http.get(d + "/findings").body();
        assertEquals(0, findings.get("fatal").asInt());
        assertEquals(0, findings.get("unexplainedWarnings").asInt());

        String page = Http.text(url(Suite.DISCLOSURE) + "/portal/disclosures/" + UNIT + "/2024");
        assertTrue(page.contains("/api/v1/disclosures/" + UNIT + "/2024/versions/2?format=pdf"), page);
        assertTrue(page.contains("已公开"), page);
        JsonNode region = Http.get(url(Suite.DISCLOSURE) + "/api/v1/regions/110102/summary?year=2024").body();
        assertEquals(1, region.at("/byStatus/PUBLISHED").asInt());
        assertEquals(0, region.at("/published/grandTotal").decimalValue().compareTo(new BigDecimal("3586400.00")));
        assertFoundAndCompared();
    }

    /** The sample found by name, compared across years and in its region, its two versions' difference, its region's bundle. */
    static void assertFoundAndCompared() throws Exception {
        String base = url(Suite.DISCLOSURE);
        JsonNode found = Http.get(base + "/api/v1/units?q=" + URLEncoder.encode("社会工作部", StandardCharsets.UTF_8) + "&region=110102").body();
        assertEquals(1, found.get("total").asInt(), found.toString());
        assertEquals(UNIT, found.at("/items/0/unitCode").asText());
        assertEquals(2, found.at("/items/0/latestVersion").asInt());
        assertEquals("ADMINISTRATIVE", found.at("/items/0/kind").asText());
        assertEquals(0, found.at("/items/0/grandTotal").decimalValue().compareTo(new BigDecimal("3586400.00")));
        assertEquals("元", found.get("amountUnit").asText());
        assertTrue(Http.text(base + "/portal/search?q=" + URLEncoder.encode("社会工作部", StandardCharsets.UTF_8))
                .contains("href=\"/portal/disclosures/" + UNIT + "/2024\">中共北京市西城区委社会工作部</a>"));

        JsonNode years = Http.get(base + "/api/v1/units/" + UNIT + "/years").body();
        assertEquals(1, years.get("years").size(), years.toString());
        assertEquals(2, years.at("/years/0/version").asInt());
        assertEquals(0, years.at("/years/0/figures/grandIncomeTotal").decimalValue().compareTo(new BigDecimal("3586400.00")));
        assertTrue(Http.text(base + "/portal/units/" + UNIT).contains("只有一个年度已公开"));

        JsonNode units = Http.get(base + "/api/v1/regions/110102/units?year=2024").body();
        assertEquals(UNIT, units.at("/units/0/unitCode").asText(), units.toString());
        String comparison = Http.text(base + "/portal/regions/110102/2024/units");
        assertTrue(comparison.contains("role=\"img\""), comparison);
        assertTrue(comparison.contains(">358.64 万元</text>"), comparison);

        String diff = Http.text(base + "/portal/disclosures/" + UNIT + "/2024/versions/1/diff/2");
        assertTrue(diff.contains("绩效评价：由第 2 次修订更新为第 3 次修订"), diff);
        assertTrue(diff.contains("社区工作者岗位教育经费"), diff);
        assertTrue(diff.contains("PF-RPT-001"), diff);

        Map<String, byte[]> bundle = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Http.bytes(base + "/api/v1/regions/110102/bundle?year=2024")),
                StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                bundle.put(e.getName(), zip.readAllBytes());
            }
        }
        byte[] pdf = Http.bytes(base + "/api/v1/disclosures/" + UNIT + "/2024/versions/2?format=pdf");
        assertTrue(java.util.Arrays.equals(pdf, bundle.get(UNIT + "/" + UNIT + "-2024-v2.pdf")), bundle.keySet().toString());
        assertEquals(6, bundle.size(), bundle.keySet().toString());
        assertTrue(new String(bundle.get("index.csv"), StandardCharsets.UTF_8).startsWith("\uFEFF单位代码"));
    }
}
