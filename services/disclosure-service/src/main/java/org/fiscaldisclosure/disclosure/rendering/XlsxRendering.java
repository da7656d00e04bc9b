package org.fiscaldisclosure.disclosure.rendering;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fiscaldisclosure.contracts.document.Cell;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.contracts.document.TableRow;
import org.fiscaldisclosure.contracts.value.Rounding;
import org.fiscaldisclosure.platform.xlsx.FormulaText;
import org.fiscaldisclosure.platform.xlsx.SheetWriter;
import org.fiscaldisclosure.platform.xlsx.Xlsx;

/**
 * The workbook of a version: one sheet per table of the document ({@link DocumentTables} order), named by its number
 * and title ({@code 1-2 支出决算表}, at most 31 characters). Each sheet: the title row (the page's heading, e.g.
 * {@code 二、支出决算表}), the 编制单位 / form code and
 * 单位：万元 row, the header rows (a two-level header merged as on the page), the rows (amounts as numbers in 万元,
 * HALF_UP to two decimals exactly as published, format {@code #,##0.00}; percentages as fractions shown
 * {@code 0.00%}; totals bold; spanning cells merged), then the notes.
 */
@ApplicationScoped
public class XlsxRendering implements Rendering {

    static final int SHEET_NAME_MAX = 31;

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public String mediaType() {
        return Xlsx.MEDIA_TYPE;
    }

    @Override
    public byte[] render(RenderInput input) {
        String unit = input.document().unitName() == null ? input.document().unitCode() : input.document().unitName();
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            Set<String> names = new HashSet<>();
            List<DocumentTables.Placed> tables = DocumentTables.of(input.outline());
            for (DocumentTables.Placed t : tables) {
                sheet(wb.createSheet(sheetName(t, names)), t, unit, styles);
            }
            if (tables.isEmpty()) {
                XSSFSheet empty = wb.createSheet("说明");
                empty.createRow(0).createCell(0).setCellValue(input.outline().title() + "：尚无表格");
            }
            FormulaText.quotePrefixed(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code 1-2 支出决算表}, or for a table that is one of several in its section the section's name too, shortened
     * to fit ({@code 4-2-1 社会工作人才培养项目 项目资金}): a legal, unique sheet name of at most 31 characters that says
     * what the sheet holds.
     */
    static String sheetName(DocumentTables.Placed t, Set<String> taken) {
        String section = t.section().section().title();
        String title = t.shortTitle();
        if (section != null && !section.isBlank() && !section.equals(title)) {
            int room = SHEET_NAME_MAX - t.number().length() - title.length() - 2;
            String shortened = section.strip();
            if (room < shortened.length()) {
                shortened = room >= 4 ? shortened.substring(0, room - 1) + "…" : "";
            }
            title = shortened.isEmpty() ? title : shortened + " " + title;
        }
        String base = WorkbookUtil.createSafeSheetName(t.number() + " " + title, '_');
        base = base.length() > SHEET_NAME_MAX ? base.substring(0, SHEET_NAME_MAX) : base;
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = "(" + i + ")";
            name = base.substring(0, Math.min(base.length(), SHEET_NAME_MAX - suffix.length())) + suffix;
        }
        return name;
    }

    private static void sheet(XSSFSheet sheet, DocumentTables.Placed placed, String unit, Styles styles) {
        DocumentTable t = Across.presented(SideBySide.presented(placed.table()));
        int width = Math.max(1, t.columns().size());
        int r = 0;
        cell(sheet, r, 0, placed.title(), styles.title);
        sheet.getRow(r).setHeightInPoints(28);
        merge(sheet, r, r, 0, width - 1);
        r++;
        String left = (t.code() == null ? "" : t.code() + "　") + "编制单位：" + unit;
        boolean amounts = DocumentHtml.inWanYuan(t);
        cell(sheet, r, 0, amounts && width < 2 ? left + "　" + SheetWriter.UNIT_WAN_YUAN : left, styles.plain);
        if (amounts && width >= 2) {
            cell(sheet, r, width - 1, SheetWriter.UNIT_WAN_YUAN, styles.right);
            merge(sheet, r, r, 0, width - 2);
        } else {
            merge(sheet, r, r, 0, width - 1);
        }
        r++;
        HeaderLayout header = HeaderLayout.of(t.columns());
        for (int i = 0; i < header.depth(); i++) {
            for (int c = 0; c < width; c++) {
                cell(sheet, r + i, c, null, styles.header);
            }
        }
        for (HeaderLayout.HeaderCell h : header.cells()) {
            sheet.getRow(r + h.row()).getCell(h.column()).setCellValue(h.label());
            merge(sheet, r + h.row(), r + h.row() + h.rowspan() - 1, h.column(), h.column() + h.colspan() - 1);
        }
        r += header.depth();
        sheet.createFreezePane(0, r);
        int[] widths = new int[width];
        for (int i = 0; i < t.rows().size(); i++) {
            TableRow row = t.rows().get(i);
            int c = 0;
            for (int k = 0; k < row.cells().size(); k++) {
                Cell cell = row.cells().get(k);
                if (c >= width) {
                    break;
                }
                int rowspan = DocumentHtml.rowspan(t, i, k);
                if (rowspan == 0) {
                    // printed once above, the merged cell spanning this row
                    cell(sheet, r, c, null, styles.text);
                    c += cell.colspan();
                    continue;
                }
                write(sheet, r, c, cell, row.emphasis(), styles);
                if (rowspan > 1) {
                    sheet.getRow(r).getCell(c).setCellStyle(styles.spanning);
                    sheet.addMergedRegion(new CellRangeAddress(r, r + rowspan - 1, c, c));
                }
                widths[c] = Math.max(widths[c], displayWidth(CellText.of(cell)) / cell.colspan());
                for (int j = 1; j < cell.colspan() && c + j < width; j++) {
                    cell(sheet, r, c + j, null, row.emphasis() ? styles.boldText : styles.text);
                }
                merge(sheet, r, r, c, Math.min(width, c + cell.colspan()) - 1);
                c += cell.colspan();
            }
            r++;
        }
        if (t.rows().isEmpty()) {
            cell(sheet, r, 0, "（本表无数据）", styles.text);
            for (int c = 1; c < width; c++) {
                cell(sheet, r, c, null, styles.text);
            }
            merge(sheet, r, r, 0, width - 1);
            r++;
        }
        for (String note : t.notes()) {
            XSSFCell n = cell(sheet, r, 0, note, styles.note);
            n.getRow().setHeightInPoints(Math.max(15, 15 * (1 + displayWidth(note) / Math.max(40, sumWidths(widths)))));
            merge(sheet, r, r, 0, width - 1);
            r++;
        }
        for (int c = 0; c < width; c++) {
            int headerWidth = displayWidth(t.columns().isEmpty() ? "" : t.columns().get(c).label());
            sheet.setColumnWidth(c, Math.min(60, Math.max(10, Math.max(widths[c], headerWidth) + 2)) * 256);
        }
    }

    private static int sumWidths(int[] widths) {
        int sum = 0;
        for (int w : widths) {
            sum += Math.max(10, w);
        }
        return sum;
    }

    /** Characters as spreadsheet width units: a CJK character counts two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return w;
    }

    private static void write(XSSFSheet sheet, int r, int c, Cell cell, boolean bold, Styles styles) {
        switch (cell.kind()) {
            case AMOUNT -> number(sheet, r, c, Rounding.wanYuan(cell.value()), bold ? styles.boldWanYuan : styles.wanYuan);
            case PERCENT -> number(sheet, r, c, CellText.fraction(cell), bold ? styles.boldPercent : styles.percent);
            case NUMBER -> number(sheet, r, c, cell.value(), bold ? styles.boldNumber : styles.number);
            case TEXT -> cell(sheet, r, c, cell.text(), bold ? styles.boldText : styles.text);
            case EMPTY -> cell(sheet, r, c, null, bold ? styles.boldText : styles.text);
        }
    }

    /** A number cell whose stored text is the exact decimal, not a binary approximation of it. */
    private static void number(XSSFSheet sheet, int r, int c, BigDecimal value, CellStyle style) {
        XSSFCell cell = cell(sheet, r, c, null, style);
        cell.setCellValue(value.doubleValue());
        cell.getCTCell().setV(value.stripTrailingZeros().toPlainString());
    }

    private static XSSFCell cell(XSSFSheet sheet, int r, int c, String text, CellStyle style) {
        XSSFRow row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        XSSFCell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        if (text != null) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(style);
        return cell;
    }

    private static void merge(XSSFSheet sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
        if (lastRow > firstRow || lastCol > firstCol) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        }
    }

    /** The cell styles, made once per workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle right;
        final CellStyle note;
        final CellStyle header;
        final CellStyle text;
        final CellStyle spanning;
        final CellStyle boldText;
        final CellStyle wanYuan;
        final CellStyle boldWanYuan;
        final CellStyle percent;
        final CellStyle boldPercent;
        final CellStyle number;
        final CellStyle boldNumber;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            plain = wb.createCellStyle();
            right = wb.createCellStyle();
            right.setAlignment(HorizontalAlignment.RIGHT);
            note = wb.createCellStyle();
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
            header = bordered(wb, null);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            text = bordered(wb, null);
            text.setWrapText(true);
            spanning = bordered(wb, null);
            spanning.setWrapText(true);
            spanning.setAlignment(HorizontalAlignment.CENTER);
            boldText = bordered(wb, null);
            boldText.setWrapText(true);
            boldText.setFont(bold);
            wanYuan = bordered(wb, "#,##0.00");
            boldWanYuan = bordered(wb, "#,##0.00");
            boldWanYuan.setFont(bold);
            percent = bordered(wb, "0.00%");
            boldPercent = bordered(wb, "0.00%");
            boldPercent.setFont(bold);
            number = bordered(wb, "General");
            boldNumber = bordered(wb, "General");
            boldNumber.setFont(bold);
        }

        private static CellStyle bordered(XSSFWorkbook wb, String format) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            if (format != null) {
                s.setDataFormat(wb.createDataFormat().getFormat(format));
            }
            return s;
        }
    }
}
