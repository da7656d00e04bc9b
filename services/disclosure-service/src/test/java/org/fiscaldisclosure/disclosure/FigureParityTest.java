package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fiscaldisclosure.disclosure.document.ExactJson;
import org.fiscaldisclosure.disclosure.published.PublishedDocument;
import org.fiscaldisclosure.disclosure.rendering.Renderings;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.testsupport.ParityReadBack;
import org.junit.jupiter.api.Test;

/**
 * One figure, five formats: the parity report of a published version lists every table figure under one cell id with
 * its value in each format, and reading the five stored renderings back (the page with jsoup, the PDF with PDFBox,
 * the workbook with POI, the JSON, the data package's CSVs) finds every figure as stated. A rendering made from a
 * model with one figure changed is found out, in that format and at that cell.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class FigureParityTest {

    static final PartEvents events = new PartEvents();
    static final List<String> FORMATS = List.of("html", "pdf", "xlsx", "json", "datapackage");

    @Inject
    Renderings renderings;

    @Inject
    ExactJson json;

    static Map<String, byte[]> files(String version) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String f : FORMATS) {
            files.put(f, given().get(version + "?format=" + f).then().statusCode(200).extract().asByteArray());
        }
        return files;
    }

    @Test
    void everyFigureOfThePublishedVersionIsTheSameInAllFiveFormats() throws Exception {
        String unit = PublishedFixture.publish(events);
        String v1 = PublishedFixture.base(unit) + "/versions/1";
        JsonNode report = DocumentFixture.JSON.readTree(given().get(v1 + "/parity").then().statusCode(200).extract().asByteArray());

        assertTrue(report.path("figures").asInt() > 20, report.toString());
        JsonNode t3 = null;
        for (JsonNode t : report.path("tables")) {
            if (t.path("tableId").asText().equals("T3")) {
                t3 = t;
            }
        }
        assertTrue(t3 != null && t3.path("csvFile").asText().equals("T3.csv"), report.toString());
        boolean found = false;
        for (JsonNode f : t3.path("figures")) {
            if (f.path("values").path("html").asText().equals("216.54")) {
                found = true;
                assertTrue(f.path("cellId").asText().startsWith("statements/T3/"), f.toString());
                assertEquals("216.54", f.path("values").path("xlsx").asText());
                assertEquals(0, f.path("value").decimalValue().compareTo(new BigDecimal(f.path("values").path("json").asText())), f.toString());
            }
        }
        assertTrue(found, t3.toString());

        List<ParityReadBack.Mismatch> mismatches = ParityReadBack.check(report, files(v1));
        assertEquals(List.of(), mismatches);
    }

    @Test
    void aRenderingWithOneFigureChangedIsFoundOutInItsFormatAtItsCell() throws Exception {
        String unit = PublishedFixture.publish(events);
        String v1 = PublishedFixture.base(unit) + "/versions/1";
        JsonNode report = DocumentFixture.JSON.readTree(given().get(v1 + "/parity").then().statusCode(200).extract().asByteArray());
        Map<String, byte[]> files = files(v1);

        // a figure every format carries, shown once in the PDF and once in its table
        List<String> pdfTokens;
        try (PDDocument doc = Loader.loadPDF(files.get("pdf"))) {
            pdfTokens = List.of(new PDFTextStripper().getText(doc).split("\\s+"));
        }
        JsonNode figure = null;
        for (JsonNode t : report.path("tables")) {
            for (JsonNode f : t.path("figures")) {
                String shown = f.path("values").path("html").asText();
                long inTable = 0;
                for (JsonNode g : t.path("figures")) {
                    inTable += g.path("values").path("html").asText().equals(shown) ? 1 : 0;
                }
                if (figure == null && f.hasNonNull("csv") && f.path("kind").asText().equals("AMOUNT") && inTable == 1
                        && pdfTokens.stream().filter(shown::equals).count() == 1) {
                    figure = f;
                }
            }
        }
        assertTrue(figure != null, "the fixture has a figure in all five formats, unique in its table and its PDF");
        String cellId = figure.path("cellId").asText();

        // the same version with that one figure 100 元 (0.01 万元) more
        ObjectNode document = (ObjectNode) DocumentFixture.JSON.readTree(files.get("json"));
        String pointer = figure.path("jsonPointer").asText();
        ObjectNode cell = (ObjectNode) document.at(pointer.substring(0, pointer.lastIndexOf('/')));
        cell.put("value", cell.path("value").decimalValue().add(new BigDecimal("100")));
        PublishedDocument altered = json.read(DocumentFixture.JSON.writeValueAsString(document), PublishedDocument.class);
        var input = renderings.input(altered);

        for (String format : FORMATS) {
            Map<String, byte[]> withOneAltered = new LinkedHashMap<>(files);
            withOneAltered.put(format, renderings.render(input, format).get(0).content());
            List<ParityReadBack.Mismatch> mismatches = ParityReadBack.check(report, withOneAltered);
            assertFalse(mismatches.isEmpty(), format + " altered and not found out");
            List<String> formats = new ArrayList<>(mismatches.stream().map(ParityReadBack.Mismatch::format).distinct().toList());
            assertEquals(List.of(format), formats, mismatches.toString());
            assertTrue(mismatches.stream().anyMatch(m -> m.cellId().equals(cellId)), cellId + " " + mismatches);
        }
    }
}
