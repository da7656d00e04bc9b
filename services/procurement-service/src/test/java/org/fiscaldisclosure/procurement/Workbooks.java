package org.fiscaldisclosure.procurement;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks in tests: the service's export, changed cell by cell, and PUT back. */
final class Workbooks {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Workbooks() {
    }

    static byte[] export(String unit) {
        return given().accept(XLSX).get(Parts.url(unit)).then().statusCode(200).contentType(XLSX)
                .extract().asByteArray();
    }

    static XSSFWorkbook open(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** The workbook with {@code change} applied. */
    static byte[] modify(byte[] bytes, Consumer<XSSFWorkbook> change) throws Exception {
        try (XSSFWorkbook wb = open(bytes); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The cell at an A1 reference of a sheet, created when absent. */
    static XSSFCell cell(XSSFWorkbook wb, String sheet, String ref) {
        var r = new org.apache.poi.ss.util.CellReference(ref);
        var row = wb.getSheet(sheet).getRow(r.getRow());
        if (row == null) {
            row = wb.getSheet(sheet).createRow(r.getRow());
        }
        var cell = row.getCell(r.getCol());
        return cell != null ? cell : row.createCell(r.getCol());
    }

    /** What a spreadsheet program shows in the cell. */
    static String shown(XSSFWorkbook wb, String sheet, String ref) {
        return new DataFormatter().formatCellValue(cell(wb, sheet, ref));
    }

    static ValidatableResponse put(String unit, byte[] workbook) {
        return given().contentType(XLSX).body(workbook).put(Parts.url(unit)).then();
    }
}
