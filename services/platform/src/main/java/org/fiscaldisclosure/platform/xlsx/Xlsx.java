package org.fiscaldisclosure.platform.xlsx;

/** The media type of an Office Open XML workbook, as requests and answers name it. */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Xlsx() {
    }

    /** A {@code Content-Disposition} value offering {@code fileName} for download. */
    public static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName + "\"";
    }
}
