package org.fiscaldisclosure.platform.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a workbook of tables in the published layout (see {@link SheetWriter}). One writer makes one workbook:
 * add sheets, then take {@link #toBytes()}.
 */
public final class WorkbookWriter implements AutoCloseable {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    final Styles styles = new Styles(workbook);

    /** A new sheet of {@code columns} columns. */
    public SheetWriter sheet(String name, int columns) {
        return new SheetWriter(workbook.createSheet(name), columns, styles);
    }

    public byte[] toBytes() {
        FormulaText.quotePrefixed(workbook);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell styles of the published layout, made once per workbook. */
    static final class Styles {
        final CellStyle title;
        final CellStyle captionLeft;
        final CellStyle captionRight;
        final CellStyle header;
        final CellStyle text;
        final CellStyle wanYuan;
        final CellStyle percent;
        final CellStyle date;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);

            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            captionLeft = wb.createCellStyle();
            captionLeft.setAlignment(HorizontalAlignment.LEFT);
            captionRight = wb.createCellStyle();
            captionRight.setAlignment(HorizontalAlignment.RIGHT);

            header = bordered(wb);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            text = bordered(wb);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.CENTER);
            wanYuan = bordered(wb);
            wanYuan.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            percent = bordered(wb);
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            date = bordered(wb);
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            date.setAlignment(HorizontalAlignment.CENTER);
        }

        private static CellStyle bordered(XSSFWorkbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
