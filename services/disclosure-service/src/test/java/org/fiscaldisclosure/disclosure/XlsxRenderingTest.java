package org.fiscaldisclosure.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fiscaldisclosure.disclosure.rendering.XlsxRendering;
import org.junit.jupiter.api.Test;

/** The workbook read back with POI: one sheet per table, titles, 单位：万元, merged two-level headers, 万元 numbers. */
class XlsxRenderingTest {

    static XSSFWorkbook workbook() throws Exception {
        byte[] bytes = new XlsxRendering().render(DocumentFixture.input());
        Path out = Path.of("target/rendered/110102-SWD-2024-v1.xlsx");
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void oneSheetPerTableNamedByNumberSectionAndTitleWithinThirtyOneCharacters() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("1-1 收入支出决算总表", "1-2 支出决算表", "1-3 一般公共预算财政拨款基本支出决算表", "1-4 政府采购情况表",
                    "4-2-1 社会工作人才培养项目绩效自评 项目资金情况", "4-2-2 社会工作人才培养项目绩效自评 项目绩效指标完成情况"), names);
            names.forEach(n -> assertTrue(n.length() <= 31, n));
            XSSFSheet t3 = wb.getSheet("1-2 支出决算表");
            assertEquals("二、支出决算表", t3.getRow(0).getCell(0).getStringCellValue());
            assertEquals("公开03表　编制单位：" + DocumentFixture.UNIT_NAME, t3.getRow(1).getCell(0).getStringCellValue());
            assertEquals("单位：万元", t3.getRow(1).getCell(4).getStringCellValue());
            assertEquals("二、社会工作人才培养项目绩效自评：项目资金情况", wb.getSheet("4-2-1 社会工作人才培养项目绩效自评 项目资金情况").getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void aTwoLevelHeaderIsMergedAndAmountsAreNumbersInTenThousandYuan() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            XSSFSheet t3 = wb.getSheet("1-2 支出决算表");
            List<CellRangeAddress> merged = t3.getMergedRegions();
            assertTrue(merged.contains(CellRangeAddress.valueOf("A1:E1")), "title: " + merged);
            assertTrue(merged.contains(CellRangeAddress.valueOf("A3:A4")), "科目编码 spans both header rows: " + merged);
            assertTrue(merged.contains(CellRangeAddress.valueOf("B3:B4")), merged.toString());
            assertTrue(merged.contains(CellRangeAddress.valueOf("C3:E3")), "本年支出 over three columns: " + merged);
            assertTrue(merged.contains(CellRangeAddress.valueOf("A5:B5")), "合计 spans code and name: " + merged);
            assertEquals("本年支出", t3.getRow(2).getCell(2).getStringCellValue());
            assertEquals(List.of("合计", "基本支出", "项目支出"), List.of(t3.getRow(3).getCell(2).getStringCellValue(),
                    t3.getRow(3).getCell(3).getStringCellValue(), t3.getRow(3).getCell(4).getStringCellValue()));
            // row 8 (0-based 7): 2010301 行政运行 2,165,432.10 元 → 216.54 万元, stored as that exact decimal
            XSSFCell admin = t3.getRow(7).getCell(2);
            assertEquals("2010301", t3.getRow(7).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, admin.getCellType());
            assertEquals("216.54", admin.getCTCell().getV());
            assertEquals("#,##0.00", admin.getCellStyle().getDataFormatString());
            assertEquals(0, new BigDecimal("216.54").compareTo(BigDecimal.valueOf(admin.getNumericCellValue())));
            assertTrue(t3.getRow(4).getCell(2).getCellStyle().getFont().getBold(), "the total row is bold");
            assertEquals(CellType.BLANK, t3.getRow(8).getCell(3).getCellType(), "an empty cell stays blank");
            assertEquals("注：本表反映部门本年度各项支出情况。", t3.getRow(12).getCell(0).getStringCellValue());
            assertTrue(merged.contains(CellRangeAddress.valueOf("A13:E13")), "the note spans the table: " + merged);

            // 216,650 元 → 21.67 万元 (21.665 HALF_UP); a percentage as a fraction shown 0.00%; a score as it is
            XSSFSheet funds = wb.getSheet("4-2-1 社会工作人才培养项目绩效自评 项目资金情况");
            assertEquals("21.67", funds.getRow(3).getCell(2).getCTCell().getV());
            assertEquals("1", funds.getRow(3).getCell(4).getCTCell().getV());
            assertEquals("0.00%", funds.getRow(3).getCell(4).getCellStyle().getDataFormatString());
            assertEquals("10", funds.getRow(3).getCell(5).getCTCell().getV());
            XSSFSheet indicators = wb.getSheet("4-2-2 社会工作人才培养项目绩效自评 项目绩效指标完成情况");
            assertEquals("编制单位：" + DocumentFixture.UNIT_NAME, indicators.getRow(1).getCell(0).getStringCellValue(),
                    "no amounts, no 单位：万元");
            assertEquals("19.5", indicators.getRow(5).getCell(6).getCTCell().getV());
        }
    }

    @Test
    void aSelfEvaluationTablesFirstLevelIndicatorIsOneCellMergedOverItsRows() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            XSSFSheet indicators = wb.getSheet("4-2-2 社会工作人才培养项目绩效自评 项目绩效指标完成情况");
            List<CellRangeAddress> merged = indicators.getMergedRegions();
            // rows 4 and 5 (A4:A5) are the two 产出指标 rows: one cell, printed once; 效益指标 has one row
            assertTrue(merged.contains(CellRangeAddress.valueOf("A4:A5")), "产出指标 over its two rows: " + merged);
            assertEquals("产出指标", indicators.getRow(3).getCell(0).getStringCellValue());
            assertEquals(CellType.BLANK, indicators.getRow(4).getCell(0).getCellType(), "not repeated under the merge");
            assertEquals("成本指标", indicators.getRow(4).getCell(1).getStringCellValue());
            assertEquals("效益指标", indicators.getRow(5).getCell(0).getStringCellValue());
            assertTrue(merged.stream().noneMatch(r -> r.isInRange(5, 0) && r.getNumberOfCells() > 1), merged.toString());
        }
    }
}
