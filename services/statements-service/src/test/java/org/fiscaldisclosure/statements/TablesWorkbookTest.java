package org.fiscaldisclosure.statements;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.platform.xlsx.Xlsx;
import org.junit.jupiter.api.Test;

/** Tables 1-10 as a workbook: exported in the published layout, imported back to the 分, bad workbooks refused. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "statements"))
class TablesWorkbookTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static String stored(String unit) throws Exception {
        given().contentType(ContentType.JSON).body(FinalAccountsResourceTest.sample())
                .put(FinalAccountsResourceTest.url(unit)).then().statusCode(201);
        return unit;
    }

    static byte[] export(String unit) {
        return given().accept(Xlsx.MEDIA_TYPE).get(FinalAccountsResourceTest.url(unit)).then().statusCode(200)
                .contentType(startsWith(Xlsx.MEDIA_TYPE)).extract().asByteArray();
    }

    static byte[] edit(byte[] xlsx, Consumer<XSSFWorkbook> change) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    static JsonNode tables(String unit) throws Exception {
        return JSON.readTree(given().get(FinalAccountsResourceTest.url(unit)).then().statusCode(200).extract().asString())
                .at("/part/tables");
    }

    @Test
    void exportThenImportGivesBackTheSameTablesToTheFen() throws Exception {
        String unit = stored(FinalAccountsResourceTest.unit());
        JsonNode before = tables(unit);
        byte[] xlsx = export(unit);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(10, wb.getNumberOfSheets());
            assertEquals("收入支出决算总表", wb.getSheet("表1").getRow(0).getCell(0).getStringCellValue());
            assertEquals("单位：万元", wb.getSheet("表3").getRow(1).getCell(7).getStringCellValue());
            assertEquals("0.00", wb.getSheet("表3").getRow(3).getCell(2).getCellStyle().getDataFormatString().replace("#,##", ""));
        }
        // the same tables to the 分: the same content, answered with revision 1 (nothing stored)
        given().contentType(Xlsx.MEDIA_TYPE).header("If-Match", "\"1\"").body(xlsx).put(FinalAccountsResourceTest.url(unit))
                .then().statusCode(200).header("ETag", "\"1\"").body("revision", equalTo(1));
        assertEquals(before, tables(unit));
    }

    @Test
    void aChangedCellInTheWorkbookBecomesAFindingAtThatCell() throws Exception {
        String unit = stored(FinalAccountsResourceTest.unit());
        // 表3, first data row (201): 基本支出 from 8.52 to 8.62 万元
        byte[] changed = edit(export(unit), wb -> wb.getSheet("表3").getRow(3).getCell(3).setCellValue(8.62));
        given().contentType(Xlsx.MEDIA_TYPE).body(changed).put(FinalAccountsResourceTest.url(unit)).then().statusCode(200)
                .body("validation.findings.findAll { it.ruleId == 'ST-T3-001' }.row", hasItem("201"))
                .body("validation.findings.find { it.ruleId == 'ST-T3-001' && it.row == '201' }.table", equalTo("T3"))
                .body("validation.findings.find { it.ruleId == 'ST-T3-001' && it.row == '201' }.provided", equalTo(3586400.00f))
                .body("validation.findings.find { it.ruleId == 'ST-T3-001' && it.row == '201' }.expected", equalTo(3587400.00f));
    }

    @Test
    void textInAnAmountCellIsRefusedAtItsCellAndNothingIsStored() throws Exception {
        String unit = stored(FinalAccountsResourceTest.unit());
        byte[] bad = edit(export(unit), wb -> wb.getSheet("表3").getRow(3).getCell(3).setCellValue("八点五二"));
        given().contentType(Xlsx.MEDIA_TYPE).body(bad).put(FinalAccountsResourceTest.url(unit)).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("表3!D4"));
        given().get(FinalAccountsResourceTest.url(unit)).then().body("revision", equalTo(1));
    }

    @Test
    void aNegativeAmountAnUnknownRowAndAMissingSheetAreEachNamed() throws Exception {
        String unit = stored(FinalAccountsResourceTest.unit());
        byte[] bad = edit(export(unit), wb -> {
            wb.getSheet("表1").getRow(3).getCell(2).setCellValue(-1);
            wb.getSheet("表4").getRow(3).getCell(1).setCellValue("一、一般公共预算拨款");
            wb.removeSheetAt(wb.getSheetIndex("表10"));
        });
        given().contentType(Xlsx.MEDIA_TYPE).body(bad).put(FinalAccountsResourceTest.url(unit)).then().statusCode(422)
                .body("errors.field", hasItem("表1!C4")).body("errors.field", hasItem("表4!B4"))
                .body("errors.field", hasItem("表10"));
        given().get(FinalAccountsResourceTest.url(unit)).then().body("revision", equalTo(1));
    }

    @Test
    void aBodyThatIsNotAWorkbookIs400AndAWorkbookWithoutAPartIs409() throws Exception {
        String unit = stored(FinalAccountsResourceTest.unit());
        given().contentType(Xlsx.MEDIA_TYPE).body("not a zip".getBytes()).put(FinalAccountsResourceTest.url(unit))
                .then().statusCode(400).contentType("application/problem+json");
        byte[] xlsx = export(unit);
        given().contentType(Xlsx.MEDIA_TYPE).body(xlsx).put(FinalAccountsResourceTest.url(FinalAccountsResourceTest.unit()))
                .then().statusCode(409).contentType("application/problem+json");
    }
}
