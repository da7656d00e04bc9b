package org.fiscaldisclosure.procurement;

import static io.restassured.RestAssured.given;
import static org.fiscaldisclosure.procurement.Workbooks.XLSX;
import static org.fiscaldisclosure.procurement.Workbooks.cell;
import static org.fiscaldisclosure.procurement.Workbooks.modify;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.platform.outbox.OutboxEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A bad workbook gets problem details naming the sheet, the cell and the reason; nothing is stored and no event is
 * queued.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class BadWorkbookTest {

    static final String UNIT = "110102-BADXLSX";
    private static byte[] sampleWorkbook;
    private static byte[] cleanWorkbook;

    /** The sample's and the clean part's workbooks, exported from another unit. */
    static synchronized byte[] sample() throws Exception {
        if (sampleWorkbook == null) {
            String unit = Parts.unit();
            Parts.put(unit, Parts.sampleText()).statusCode(201);
            sampleWorkbook = Workbooks.export(unit);
        }
        return sampleWorkbook;
    }

    static synchronized byte[] withContracts() throws Exception {
        if (cleanWorkbook == null) {
            String unit = Parts.unit();
            Parts.put(unit, Parts.clean()).statusCode(201);
            cleanWorkbook = Workbooks.export(unit);
        }
        return cleanWorkbook;
    }

    @AfterEach
    void nothingWasStoredOrQueued() {
        given().get(Parts.url(UNIT)).then().statusCode(404).contentType("application/problem+json");
        assertEquals(0, OutboxEvent.count("subject", UNIT + "/2024"));
    }

    static ValidatableResponse put(byte[] body) {
        return Workbooks.put(UNIT, body).contentType("application/problem+json");
    }

    static ValidatableResponse invalid(byte[] body, String field) {
        return put(body).statusCode(422).body("type", endsWith("/invalid-workbook"))
                .body("errors", hasSize(1)).body("errors[0].field", equalTo(field));
    }

    @Test
    void aBodyThatIsNotAZipIs400() {
        put("Hello, 表11".getBytes()).statusCode(400).body("type", endsWith("/not-a-workbook"))
                .body("errors[0].field", equalTo("")).body("errors[0].message", containsString("不是 ZIP"));
        put(new byte[0]).statusCode(400);
    }

    @Test
    void aZipWithoutAWorkbookIs400() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("表11.csv"));
            zip.write("19.53".getBytes());
            zip.closeEntry();
        }
        put(out.toByteArray()).statusCode(400).body("type", endsWith("/not-a-workbook"));
    }

    @Test
    void anOldXlsWorkbookIs400SayingSo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook xls = new HSSFWorkbook()) {
            xls.createSheet("表11");
            xls.write(out);
        }
        put(out.toByteArray()).statusCode(400).body("errors[0].message", containsString(".xls"));
    }

    @Test
    void aMissingSheetIsNamed() throws Exception {
        invalid(modify(sample(), wb -> wb.removeSheetAt(wb.getSheetIndex("表12"))), "表12")
                .body("errors[0].message", containsString("缺少工作表"));
    }

    @Test
    void textWhereAnAmountBelongsIsNamedAtItsCell() throws Exception {
        invalid(modify(sample(), wb -> cell(wb, "表11", "D4").setCellValue("十九点五三")), "表11!D4")
                .body("errors[0].message", equalTo("工作表「表11」单元格 D4（政府采购服务支出）：应为数字（万元），实为文本「十九点五三」"));
    }

    @Test
    void aNegativeAmountIsNamedAtItsCell() throws Exception {
        invalid(modify(sample(), wb -> cell(wb, "表12", "G5").setCellValue(-21.665)), "表12!G5")
                .body("errors[0].message", containsString("金额不能为负数"));
    }

    @Test
    void anAmountFinerThanAFenIsNamedAtItsCell() throws Exception {
        invalid(modify(sample(), wb -> cell(wb, "表11", "D4").getCTCell().setV("19.5300001")), "表11!D4")
                .body("errors[0].message", containsString("精确到分"));
    }

    @Test
    void aBareNumberForAShareIsRefused() throws Exception {
        invalid(modify(sample(), wb -> {
            var c = cell(wb, "表11", "F4");
            c.setCellStyle(wb.createCellStyle());
            c.setCellValue(100);
        }), "表11!F4").body("errors[0].message", containsString("百分比"));
    }

    @Test
    void aRenamedHeaderIsNamedOnItsSheet() throws Exception {
        invalid(modify(sample(), wb -> cell(wb, "表11", "A3").setCellValue("采购总额")), "表11")
                .body("errors[0].message", containsString("找不到表头（缺少“政府采购支出总额”）"));
    }

    @Test
    void aFormulaWithoutAResultIsRefused() throws Exception {
        invalid(modify(sample(), wb -> {
            var c = cell(wb, "表11", "A4");
            c.setCellFormula("B4+C4+D4");
            c.getCTCell().unsetV();
        }), "表11!A4").body("errors[0].message", containsString("公式"));
    }

    @Test
    void anUnknownCategoryOrDateInTheContractSheetIsNamedAtItsCell() throws Exception {
        put(modify(withContracts(), wb -> {
            cell(wb, "政府采购合同", "C4").setCellValue("家具");
            cell(wb, "政府采购合同", "H5").setCellValue("下个月");
        })).statusCode(422)
                .body("errors.field", equalTo(List.of("政府采购合同!C4", "政府采购合同!H5")))
                .body("errors[0].message", containsString("应为货物、工程、服务之一"));
    }

    @Test
    void aBlankRequiredCellIsNamedAtItsCellThoughFoundByValidation() throws Exception {
        put(modify(withContracts(), wb -> {
            cell(wb, "政府采购合同", "B5").setBlank();
            cell(wb, "表12", "D5").setBlank();
        })).statusCode(422)
                .body("errors.field", equalTo(List.of("政府采购合同!B5", "表12!D5")))
                .body("errors[0].message", containsString("工作表「政府采购合同」单元格 B5（合同名称）"));
    }

    @Test
    void aFigureLeftBlankWithoutContractsIsNamedAtItsCell() throws Exception {
        invalid(modify(sample(), wb -> cell(wb, "表11", "C4").setBlank()), "表11!C4")
                .body("errors[0].message", containsString("未列出政府采购合同"));
    }

    @Test
    void everyProblemOfAWorkbookIsListedInOneAnswer() throws Exception {
        put(modify(sample(), wb -> {
            cell(wb, "表11", "D4").setCellValue("十九点五三");
            cell(wb, "表12", "G5").setCellValue(-1);
            cell(wb, "表12", "F5").setCellValue("自筹");
        })).statusCode(422).body("errors.field", equalTo(List.of("表11!D4", "表12!F5", "表12!G5")));
    }

    @Test
    void aWorkbookUnderAnotherContentTypeIs415() throws Exception {
        given().contentType("application/vnd.ms-excel").body(sample()).put(Parts.url(UNIT)).then().statusCode(415)
                .contentType("application/problem+json");
    }
}
