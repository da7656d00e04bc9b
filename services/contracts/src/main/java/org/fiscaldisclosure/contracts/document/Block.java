package org.fiscaldisclosure.contracts.document;

/**
 * One block of a section: exactly one of {@code text} (HEADING, PARAGRAPH), {@code table} (TABLE) or {@code chart}
 * (CHART) is set, as {@code kind} says.
 */
public record Block(BlockKind kind, String text, DocumentTable table, Chart chart) {

    public static Block heading(String text) {
        return new Block(BlockKind.HEADING, text, null, null);
    }

    public static Block paragraph(String text) {
        return new Block(BlockKind.PARAGRAPH, text, null, null);
    }

    public static Block table(DocumentTable table) {
        return new Block(BlockKind.TABLE, null, table, null);
    }

    public static Block chart(Chart chart) {
        return new Block(BlockKind.CHART, null, null, chart);
    }
}
