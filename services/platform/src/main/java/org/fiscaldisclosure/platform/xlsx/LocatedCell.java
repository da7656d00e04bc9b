package org.fiscaldisclosure.platform.xlsx;

import org.apache.poi.ss.util.CellReference;

/**
 * One cell of an uploaded workbook with where it is (sheet, 0-based row and column) and what it holds: its kind,
 * its text (trimmed; for a number the stored decimal text, exactly as the file has it) and, for numbers, whether
 * the cell is formatted as a date or a percentage.
 */
public record LocatedCell(String sheet, int row, int column, Kind kind, String text, boolean dateFormatted,
                          boolean percentFormatted) {

    /** What a cell holds. A formula counts as what its cached result is. */
    public enum Kind {
        BLANK, NUMBER, TEXT, BOOLEAN, ERROR, FORMULA_WITHOUT_RESULT
    }

    public static LocatedCell blank(String sheet, int row, int column) {
        return new LocatedCell(sheet, row, column, Kind.BLANK, "", false, false);
    }

    public boolean isBlank() {
        return kind == Kind.BLANK || (kind == Kind.TEXT && text.isEmpty());
    }

    /** The A1 reference, e.g. {@code C5}. */
    public String ref() {
        return ref(row, column);
    }

    /** Where the cell is, as a spreadsheet reference with its sheet, e.g. {@code 表11!C5}. */
    public String field() {
        return field(sheet, ref());
    }

    public static String ref(int row, int column) {
        return CellReference.convertNumToColString(column) + (row + 1);
    }

    /** {@code sheet!A1}, the sheet quoted when its name needs it ({@code 'my sheet'!A1}). */
    public static String field(String sheet, String ref) {
        boolean plain = sheet.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
        return (plain ? sheet : "'" + sheet.replace("'", "''") + "'") + "!" + ref;
    }
}
