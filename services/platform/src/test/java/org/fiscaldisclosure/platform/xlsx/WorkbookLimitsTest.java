package org.fiscaldisclosure.platform.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** A workbook is bounded by what it unpacks to and by its cells before it is parsed, whatever its compression. */
class WorkbookLimitsTest {

    /** A real workbook written by the suite: a few sheets of tables. */
    static byte[] ordinaryWorkbook() {
        try (WorkbookWriter w = new WorkbookWriter()) {
            for (int s = 0; s < 10; s++) {
                SheetWriter sheet = w.sheet("表" + s, 8).title("表" + s).caption("编制单位：测试", SheetWriter.UNIT_WAN_YUAN)
                        .header(List.of("a", "b", "c", "d", "e", "f", "g", "h"));
                for (int r = 0; r < 60; r++) {
                    sheet.row(List.of(CellValue.text("2010101"), CellValue.text("行政运行"), CellValue.text("x"),
                            CellValue.text("y"), CellValue.text("z"), CellValue.text("w"), CellValue.text("v"), CellValue.text("u")));
                }
            }
            return w.toBytes();
        }
    }

    /** An archive with one worksheet part: {@code head}, then {@code filler} repeated, then {@code tail}. */
    static byte[] archive(String head, String filler, long repeats, String tail) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] f = filler.getBytes(StandardCharsets.UTF_8);
            for (long i = 0; i < repeats; i++) {
                zip.write(f);
            }
            zip.write(tail.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void aWorkbookTheSuiteWritesIsWellWithinTheBounds() {
        byte[] wb = ordinaryWorkbook();
        WorkbookLimits.check(wb);
        WorkbookReader reader = WorkbookReader.read(wb, 1 << 20);
        assertEquals(10, reader.sheetNames().size());
    }

    @Test
    void aSmallUploadThatUnpacksBeyondTheBoundIs413BeforeParsing() throws IOException {
        // about 60 kB that unpacks to 64 MiB: a ratio far beyond any compression-ratio guard's
        byte[] bomb = archive("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>", " ".repeat(1024),
                64L * 1024, "</t></is></c></row></sheetData></worksheet>");
        assertTrue(bomb.length < 200_000, "compressed " + bomb.length);
        ProblemException e = assertThrows(ProblemException.class, () -> WorkbookReader.read(bomb, 1 << 20));
        assertEquals(413, e.problem().status());
        assertTrue(e.problem().detail().contains("解压后超过"), e.problem().detail());
    }

    @Test
    void tooManyCellsIs413EvenWhenTheBytesAreWithinTheBound() throws IOException {
        byte[] cells = archive("<worksheet><sheetData><row r=\"1\">", "<c/>", WorkbookLimits.MAX_CELLS + 1, "</row></sheetData></worksheet>");
        ProblemException e = assertThrows(ProblemException.class, () -> WorkbookLimits.check(cells));
        assertEquals(413, e.problem().status());
        assertTrue(e.problem().detail().contains("单元格超过"), e.problem().detail());
        byte[] fewer = archive("<worksheet><sheetData><row r=\"1\">", "<c r=\"A1\"><v>1</v></c>", 1000, "</row></sheetData></worksheet>");
        WorkbookLimits.check(fewer);
    }

    @Test
    void cellsAreCountedAcrossChunkBoundariesAndOtherElementsAreNot() {
        WorkbookLimits.CellCounter counter = new WorkbookLimits.CellCounter();
        byte[] a = "<row><c r=\"A1\"/><col/><cols><c".getBytes(StandardCharsets.US_ASCII);
        byte[] b = "><v>1</v></c><c\n/><cfRule/></row>".getBytes(StandardCharsets.US_ASCII);
        assertEquals(3, counter.count(a, a.length) + counter.count(b, b.length));
    }
}
