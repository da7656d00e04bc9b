package org.fiscaldisclosure.platform.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The generic workbook machinery: exact 万元 cells, located cells and located problems. */
class WorkbookCellsTest {

    static final long MAX = 1 << 20;

    static List<Amount> amounts() {
        List<Amount> amounts = new ArrayList<>(List.of(Amount.of("0"), Amount.of("0.01"), Amount.of("216650.00"),
                Amount.of("195300.00"), Amount.of("85200.00"), Amount.of("3586400.00"), Amount.of("123456789.01"),
                Amount.of("99999999999.99"), Amount.of("42000000000000.01")));
        Random random = new Random(20241231);
        for (int i = 0; i < 3000; i++) {
            long fen = Math.abs(random.nextLong()) % (long) Math.pow(10, 3 + random.nextInt(13));
            amounts.add(Amount.of(BigDecimal.valueOf(fen, 2)));
        }
        return amounts;
    }

    static byte[] amountsWorkbook(List<Amount> amounts) {
        try (WorkbookWriter w = new WorkbookWriter()) {
            SheetWriter s = w.sheet("金额", 1).title("金额表").caption("编制单位：测试", SheetWriter.UNIT_WAN_YUAN)
                    .header(List.of("金额"));
            amounts.forEach(a -> s.row(List.of(CellValue.wanYuan(a))));
            return w.toBytes();
        }
    }

    @Test
    void everyAmountWrittenAsWanYuanReadsBackToTheSameFen() {
        List<Amount> amounts = amounts();
        WorkbookReader reader = WorkbookReader.read(amountsWorkbook(amounts), 64 * MAX);
        SheetCells sheet = reader.sheet("金额").orElseThrow();
        SheetCells.Header header = sheet.header(List.of("金额"), reader.problems()).orElseThrow();
        CellReader cells = new CellReader(reader.problems());
        for (int i = 0; i < amounts.size(); i++) {
            LocatedCell cell = sheet.at(header.row() + 1 + i, 0);
            assertEquals(Optional.of(amounts.get(i)), cells.wanYuan(cell, "金额"), cell.field());
        }
        assertTrue(reader.problems().isEmpty());
        assertEquals(0, sheet.find("单位：万元").orElseThrow().column());
    }

    @Test
    void aCellStoresTheExactWanYuanDecimalAndShowsTwoDecimals() throws Exception {
        byte[] bytes = amountsWorkbook(List.of(Amount.of("216650.00")));
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            var cell = wb.getSheet("金额").getRow(3).getCell(0);
            assertEquals("21.665", cell.getRawValue());
            assertEquals("#,##0.00", cell.getCellStyle().getDataFormatString());
            assertEquals("21.67", new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell));
        }
    }

    @Test
    void aValueASpreadsheetProgramRewroteInBinaryReadsBackToTheSameFen() {
        for (Amount a : amounts()) {
            double stored = a.yuan().movePointLeft(4).doubleValue();
            String rewritten = new BigDecimal(stored).round(MathContext.DECIMAL64).toString();
            String seventeen = new BigDecimal(stored).round(new MathContext(17)).toString();
            assertEquals(a, WanYuanCells.amount(rewritten), rewritten);
            assertEquals(a, WanYuanCells.amount(seventeen), seventeen);
            assertEquals(a, WanYuanCells.amount(Double.toString(stored)), Double.toString(stored));
        }
    }

    @Test
    void aNegativeOrSubFenWanYuanValueIsRefusedWithItsReason() {
        assertEquals("金额不能为负数", assertThrows(IllegalArgumentException.class, () -> WanYuanCells.amount("-1")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WanYuanCells.amount("21.6650001")).getMessage()
                .contains("精确到分"));
    }

    @Test
    void wrongCellsAreEachReportedAtTheirSheetAndCell() {
        byte[] bytes;
        try (WorkbookWriter w = new WorkbookWriter()) {
            w.sheet("表X", 6).header(List.of("金额", "占比", "日期", "类别", "文本", "空"))
                    .row(List.of(CellValue.text("很多"), CellValue.wanYuan(Amount.of("1")), CellValue.text("昨天"),
                            CellValue.text("家具"), CellValue.date(LocalDate.of(2024, 5, 20)), CellValue.blank()))
                    .row(List.of(CellValue.wanYuan(Amount.of("100")), CellValue.percent(new BigDecimal("100")),
                            CellValue.date(LocalDate.of(2024, 5, 20)), CellValue.text("服 务"), CellValue.text("x"),
                            CellValue.text("2024年5月20日")));
            bytes = w.toBytes();
        }
        WorkbookReader reader = WorkbookReader.read(bytes, MAX);
        SheetCells sheet = reader.sheet("表X").orElseThrow();
        CellReader cells = new CellReader(reader.problems());
        assertEquals(Optional.empty(), cells.wanYuan(sheet.at(1, 0), "金额"));
        assertEquals(Optional.empty(), cells.percent(sheet.at(1, 1), "占比"));
        assertEquals(Optional.empty(), cells.date(sheet.at(1, 2), "日期"));
        var kinds = CellReader.labels(Kind.class, Kind::label);
        assertEquals(Optional.empty(), cells.choice(sheet.at(1, 3), "类别", kinds));
        assertEquals(Optional.of(Amount.of("100")), cells.wanYuan(sheet.at(2, 0), "金额"));
        assertEquals(Optional.of(new BigDecimal("100.00")), cells.percent(sheet.at(2, 1), "占比"));
        assertEquals(Optional.of(LocalDate.of(2024, 5, 20)), cells.date(sheet.at(2, 2), "日期"));
        assertEquals(Optional.of(Kind.SERVICES), cells.choice(sheet.at(2, 3), "类别", kinds));
        assertEquals(Optional.of(LocalDate.of(2024, 5, 20)), cells.date(sheet.at(2, 5), "日期"));
        assertEquals(Optional.empty(), cells.text(sheet.at(1, 5), "空"));
        assertTrue(reader.sheet("表Y").isEmpty());

        List<FieldError> errors = reader.problems().errors();
        assertEquals(List.of("表X!A2", "表X!B2", "表X!C2", "表X!D2", "表Y"), errors.stream().map(FieldError::field).toList());
        assertEquals("工作表「表X」单元格 A2（金额）：应为数字（万元），实为文本「很多」", errors.get(0).message());
        assertTrue(errors.get(1).message().contains("百分比"), errors.get(1).message());
        assertTrue(errors.get(3).message().contains("货物、工程、服务"), errors.get(3).message());
        assertTrue(errors.get(4).message().contains("缺少工作表"), errors.get(4).message());
        ProblemException e = assertThrows(ProblemException.class, () -> reader.problems().throwIfAny());
        assertEquals(422, e.problem().status());
        assertTrue(e.problem().type().endsWith("/invalid-workbook"));
    }

    enum Kind {
        GOODS("货物"), WORKS("工程"), SERVICES("服务");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    @Test
    void aHeaderIsFoundWhereverItIsAndAMissingOneIsNamed() {
        byte[] bytes;
        try (WorkbookWriter w = new WorkbookWriter()) {
            w.sheet("表", 3).title("某表").caption("编制单位：x", "单位：万元").header(List.of("甲", "乙\n（万元）", "丙"));
            bytes = w.toBytes();
        }
        WorkbookReader reader = WorkbookReader.read(bytes, MAX);
        SheetCells sheet = reader.sheet("表").orElseThrow();
        SheetCells.Header h = sheet.header(List.of("丙", "乙（万元）"), reader.problems()).orElseThrow();
        assertEquals(2, h.row());
        assertEquals(1, h.column("乙（万元）"));
        assertTrue(sheet.header(List.of("甲", "丁"), reader.problems()).isEmpty());
        assertEquals("工作表「表」：找不到表头（缺少“丁”）", reader.problems().errors().get(0).message());
    }

    @Test
    void aBodyThatIsNotAWorkbookIsA400() throws Exception {
        for (byte[] body : List.of(new byte[0], "not a workbook".getBytes(), zipWithoutWorkbook(),
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0})) {
            ProblemException e = assertThrows(ProblemException.class, () -> WorkbookReader.read(body, MAX));
            assertEquals(400, e.problem().status(), e.getMessage());
            assertTrue(e.problem().type().endsWith("/not-a-workbook"));
        }
        assertEquals(413, assertThrows(ProblemException.class, () -> WorkbookReader.read(new byte[10], 5)).problem().status());
    }

    static byte[] zipWithoutWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
