package org.fiscaldisclosure.platform.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Text a spreadsheet would run as a formula (CSV injection, OWASP): a text value that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return. Every CSV and workbook the suite writes neutralises it, in text
 * cells only (a negative amount stays a number):
 * <ul>
 *   <li>CSV: the value is written with a single quote in front ({@link #csv(String)}), as OWASP recommends; a
 *       spreadsheet shows it as text;</li>
 *   <li>xlsx: a text cell is never a formula in the file, but a user who edits it (F2, Enter) would turn it into one;
 *       such a cell gets a cell style with the "quote prefix" attribute ({@link #quotePrefixed(XSSFWorkbook)}), Excel's
 *       and LibreOffice's own mark of text typed after a single quote: shown and kept as text, the value itself
 *       unchanged (a workbook read back gives the same text).</li>
 * </ul>
 */
public final class FormulaText {

    private FormulaText() {
    }

    /** Whether a spreadsheet would read the text as a formula. */
    public static boolean formulaLike(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The text as a CSV text field holds it: a single quote in front when it is formula-like. */
    public static String csv(String text) {
        return formulaLike(text) ? "'" + text : text;
    }

    /** Marks every formula-like text cell of the workbook quote-prefixed (a copy of its style with the attribute). */
    public static void quotePrefixed(XSSFWorkbook workbook) {
        Map<Short, CellStyle> quoted = new HashMap<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && formulaLike(cell.getStringCellValue())) {
                        CellStyle style = cell.getCellStyle();
                        cell.setCellStyle(quoted.computeIfAbsent(style.getIndex(), i -> {
                            CellStyle copy = workbook.createCellStyle();
                            copy.cloneStyleFrom(style);
                            copy.setQuotePrefixed(true);
                            return copy;
                        }));
                    }
                }
            }
        }
    }
}
