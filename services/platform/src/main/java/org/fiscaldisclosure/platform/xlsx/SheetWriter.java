package org.fiscaldisclosure.platform.xlsx;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One table sheet in the published layout, written top-down: the title across all columns, a caption line
 * (编制单位 on the left, {@value #UNIT_WAN_YUAN} on the right), header rows, then data rows. Amount cells hold the
 * exact 元 amount divided by 10,000 as the decimal text the file stores (so reading it back gives the same 分) and
 * show two decimals.
 */
public final class SheetWriter {

    public static final String UNIT_WAN_YUAN = "单位：万元";

    private final XSSFSheet sheet;
    private final int columns;
    private final WorkbookWriter.Styles styles;
    private int next;

    SheetWriter(XSSFSheet sheet, int columns, WorkbookWriter.Styles styles) {
        this.sheet = sheet;
        this.columns = columns;
        this.styles = styles;
    }

    /** The 0-based index of the row the next call writes. */
    public int nextRow() {
        return next;
    }

    /** Column widths in characters (a Chinese character counts two). */
    public SheetWriter widths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, characters[i]) * 256);
        }
        return this;
    }

    public SheetWriter title(String title) {
        XSSFRow row = sheet.createRow(next);
        row.setHeightInPoints(30);
        XSSFCell cell = row.createCell(0);
        cell.setCellValue(title);
        cell.setCellStyle(styles.title);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(next, next, 0, columns - 1));
        }
        next++;
        return this;
    }

    /** The line under the title: {@code left} (e.g. 编制单位：…) and {@code right} (e.g. 单位：万元) in the last column. */
    public SheetWriter caption(String left, String right) {
        XSSFRow row = sheet.createRow(next);
        XSSFCell l = row.createCell(0);
        l.setCellValue(left);
        l.setCellStyle(styles.captionLeft);
        XSSFCell r = row.createCell(columns - 1);
        r.setCellValue(right);
        r.setCellStyle(styles.captionRight);
        if (columns > 2) {
            sheet.addMergedRegion(new CellRangeAddress(next, next, 0, columns - 2));
        }
        next++;
        return this;
    }

    public SheetWriter header(List<String> labels) {
        XSSFRow row = sheet.createRow(next++);
        for (int i = 0; i < labels.size(); i++) {
            XSSFCell cell = row.createCell(i);
            cell.setCellValue(labels.get(i));
            cell.setCellStyle(styles.header);
        }
        return this;
    }

    public SheetWriter row(List<CellValue> values) {
        XSSFRow row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            write(row.createCell(i), values.get(i));
        }
        return this;
    }

    private void write(XSSFCell cell, CellValue value) {
        if (value instanceof CellValue.Text t) {
            cell.setCellValue(t.text());
            cell.setCellStyle(styles.text);
        } else if (value instanceof CellValue.WanYuan w) {
            exact(cell, WanYuanCells.wanYuan(w.amount()), WanYuanCells.cellText(w.amount()));
            cell.setCellStyle(styles.wanYuan);
        } else if (value instanceof CellValue.Percent p) {
            BigDecimal fraction = p.percent().movePointLeft(2);
            exact(cell, fraction, fraction.stripTrailingZeros().toPlainString());
            cell.setCellStyle(styles.percent);
        } else if (value instanceof CellValue.Date d) {
            cell.setCellValue(d.date());
            cell.setCellStyle(styles.date);
        } else {
            cell.setCellStyle(styles.text);
        }
    }

    /** A number cell whose stored text is the exact decimal, not a binary approximation of it. */
    private static void exact(XSSFCell cell, BigDecimal value, String text) {
        cell.setCellValue(value.doubleValue());
        cell.getCTCell().setV(text);
    }
}
