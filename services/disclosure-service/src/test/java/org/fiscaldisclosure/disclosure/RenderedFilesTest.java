package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/**
 * Every rendering of a published version, produced once in the publishing transaction from the parts' documents (the
 * producers played over Kafka), served as stored: by {@code format} or {@code Accept}, with an ETag (the SHA-256)
 * and immutable caching; the data package also file by file.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class RenderedFilesTest {

    static final PartEvents events = new PartEvents();

    static ExtractableResponse<Response> stored(String path, String mediaType) {
        ExtractableResponse<Response> r = given().get(path).then().statusCode(200).contentType(containsString(mediaType))
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable")).extract();
        assertEquals("\"" + sha256(r.asByteArray()) + "\"", r.header("ETag"), "the ETag is the file's SHA-256");
        return r;
    }

    @Test
    void everyFormatIsRenderedAtPublicationAndServedAsStored() throws Exception {
        String unit = PublishedFixture.publish(events);
        String v1 = PublishedFixture.base(unit) + "/versions/1";

        String page = stored(v1 + "?format=html", "text/html").asString();
        assertTrue(page.contains("<h3>二、支出决算表</h3>") && page.contains("<td class=\"num\">216.54</td>"), page);
        assertTrue(page.contains(DocumentFixture.NARRATIVE) && page.contains("<figure class=\"chart\" id=\"chart-income-by-source\">"));

        ExtractableResponse<Response> pdf = stored(v1 + "?format=pdf", "application/pdf");
        assertEquals("inline; filename=\"" + unit + "-2024-v1.pdf\"", pdf.header("Content-Disposition"));
        try (PDDocument doc = Loader.loadPDF(pdf.asByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("支出决算表") && text.contains("216.54") && text.contains("21.67"), text);
        }
        assertArrayEquals(pdf.asByteArray(), given().accept("application/pdf").get(v1).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray(), "Accept: application/pdf serves the same file");

        ExtractableResponse<Response> xlsx = stored(v1 + "?format=xlsx", "spreadsheetml");
        assertEquals("attachment; filename=\"" + unit + "-2024-v1.xlsx\"", xlsx.header("Content-Disposition"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            assertEquals(6, wb.getNumberOfSheets());
            assertEquals("216.54", wb.getSheet("1-2 支出决算表").getRow(7).getCell(2).getCTCell().getV());
        }

        ExtractableResponse<Response> zip = stored(v1 + "?format=datapackage", "application/zip");
        assertEquals("attachment; filename=\"" + unit + "-2024-v1-datapackage.zip\"", zip.header("Content-Disposition"));
        Map<String, byte[]> members = unzip(zip.asByteArray());
        assertEquals("datapackage.json", members.keySet().iterator().next());
        assertTrue(members.keySet().containsAll(List.of("T3.csv", "T5.csv", "projects.csv", "table-T1.csv", "table-T3.csv",
                "data-dictionary.csv")), members.keySet().toString());
        DataPackageRenderingTest.validate(DocumentFixture.JSON.readTree(members.get("datapackage.json")), members);
        for (Map.Entry<String, byte[]> m : members.entrySet()) {
            String type = m.getKey().endsWith(".csv") ? "text/csv" : "application/json";
            assertArrayEquals(m.getValue(), stored(v1 + "/files/" + m.getKey(), type).asByteArray(), m.getKey());
        }
        String csv = new String(members.get("T3.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains(",2010301,行政运行,2165432.10,85200.00,2080232.10\r\n"), csv);
        given().get(v1 + "/files/T3.csv").then().header("Content-Disposition", equalTo("attachment; filename=\"T3.csv\""));

        // the JSON document and the summary are as before
        stored(v1 + "?format=json", "application/json");
        given().accept("application/json").get(v1).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void unknownFormatsAndFilesAreProblems() throws Exception {
        String unit = PublishedFixture.publish(events);
        String v1 = PublishedFixture.base(unit) + "/versions/1";
        given().get(v1 + "?format=docx").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"))
                .body("errors[0].message", containsString("datapackage、html、json、pdf、xlsx"));
        given().get(v1 + "/files/T4.csv").then().statusCode(404).contentType("application/problem+json");
        given().get(v1 + "/files/.hidden").then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().get(PublishedFixture.base(unit) + "/versions/2/files/T3.csv").then().statusCode(404);
        given().get(PublishedFixture.base(unit) + "/versions/x/files/T3.csv").then().statusCode(400);
    }

    @Test
    void theServiceIsReadyWithItsPdfFont() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'pdf-font' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'pdf-font' }.data.font", equalTo("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
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

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
