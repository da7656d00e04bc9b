package org.fiscaldisclosure.disclosure.rendering;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.document.Block;
import org.fiscaldisclosure.contracts.document.Cell;
import org.fiscaldisclosure.contracts.document.CellKind;
import org.fiscaldisclosure.contracts.document.Column;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.contracts.document.TableRow;
import org.fiscaldisclosure.contracts.value.Rounding;
import org.fiscaldisclosure.disclosure.published.PublishedDocument;

/**
 * The parity report of a version: every figure of its tables (every AMOUNT, PERCENT and NUMBER cell of the parts'
 * documents), each under one cell id, with the value it has in the model and the value each rendering states for it
 * — the page and the PDF the text shown (万元, two decimals, HALF_UP), the workbook the number in its cell, the JSON
 * the exact value at a JSON pointer, the data package the exact 元 in a CSV line where the cell is one of a classified
 * table's leaf rows. Every rendering takes its figures from the same cells ({@link CellText}, {@link XlsxRendering},
 * {@link DataPackageRendering}), so the report is derived from the model alone; a reader of the files checks them
 * against it (docs/verification.md). Tables are listed in document order ({@link DocumentTables}): the page's and the
 * PDF's k-th table, the workbook's k-th sheet.
 */
public final class FigureParity {

    /** The formats a figure is stated in. */
    public static final List<String> FORMATS = List.of("html", "pdf", "xlsx", "json", "datapackage");

    @Schema(description = "一个版本的数字一致性报告：每个表格数字（单元格编号）在各格式中的值")
    public record ParityReport(
            String unitCode,
            int fiscalYear,
            int version,
            String contentHash,
            @Schema(description = "表格数字总数") int figures,
            @Schema(description = "按文档顺序的表格（页面和 PDF 的第 k 个表、工作簿的第 k 个工作表）") List<TableFigures> tables) {
    }

    /**
     * One table's figures.
     *
     * @param index    its place among the document's tables, from 0
     * @param csvFile  the data package CSV that holds its leaf rows, or null
     */
    public record TableFigures(int index, String number, String title, String part, String tableId, String csvFile,
                               List<Figure> figures) {
    }

    /**
     * One figure.
     *
     * @param cellId      {@code <part>/<table id>/<row number from 1>/<column key>}
     * @param values      by format: html and pdf the text shown, xlsx the cell's number, json and datapackage the exact
     *                    value; datapackage absent when the cell is not in a CSV
     * @param jsonPointer where the JSON rendering holds it (RFC 6901)
     * @param csv         where the data package holds it, or null
     */
    public record Figure(String cellId, String row, String column, CellKind kind, BigDecimal value,
                         Map<String, String> values, String jsonPointer, CsvPlace csv) {
    }

    /** A figure's place in the data package: the CSV, its data line (from 1, after the header) and field. */
    public record CsvPlace(String file, int line, String field) {
    }

    private FigureParity() {
    }

    public static ParityReport of(RenderInput input) {
        PublishedDocument d = input.document();
        List<TableFigures> tables = new ArrayList<>();
        Set<String> csvNames = new HashSet<>();
        int count = 0;
        int index = 0;
        for (DocumentTables.Placed placed : DocumentTables.of(input.outline())) {
            DocumentTable t = placed.table();
            String owner = placed.section().owner();
            String tablePointer = tablePointer(input.parts().get(owner), owner, placed);
            Csv csv = csv(t, csvNames);
            List<Figure> figures = new ArrayList<>();
            for (int r = 0; r < t.rows().size(); r++) {
                TableRow row = t.rows().get(r);
                int column = 0;
                for (int c = 0; c < row.cells().size(); c++) {
                    Cell cell = row.cells().get(c);
                    if (CellText.numeric(cell) && cell.value() != null) {
                        String key = column < t.columns().size() && t.columns().get(column).key() != null
                                && !t.columns().get(column).key().isBlank() ? t.columns().get(column).key() : "c" + (column + 1);
                        String label = column < t.columns().size() ? DataPackageRendering.label(t.columns().get(column)) : "";
                        CsvPlace place = csv == null ? null : csv.place(row, column);
                        figures.add(new Figure(owner + "/" + t.id() + "/" + (r + 1) + "/" + key, rowName(row), label,
                                cell.kind(), cell.value(), values(cell, place != null),
                                tablePointer == null ? null : tablePointer + "/rows/" + r + "/cells/" + c + "/value", place));
                    }
                    column += cell.colspan();
                }
            }
            count += figures.size();
            tables.add(new TableFigures(index++, placed.number(), placed.title(), owner, t.id(), csv == null ? null : csv.file,
                    figures));
        }
        return new ParityReport(d.unitCode(), d.fiscalYear(), d.version(), d.contentHash(), count, tables);
    }

    private static Map<String, String> values(Cell cell, boolean inCsv) {
        Map<String, String> v = new LinkedHashMap<>();
        String shown = CellText.of(cell);
        v.put("html", shown);
        v.put("pdf", shown);
        v.put("xlsx", switch (cell.kind()) {
            case AMOUNT -> Rounding.wanYuan(cell.value()).toPlainString();
            case PERCENT -> CellText.fraction(cell).toPlainString();
            default -> cell.value().toPlainString();
        });
        v.put("json", cell.value().toPlainString());
        if (inCsv) {
            v.put("datapackage", DataPackageRendering.csvAmount(cell.value()));
        }
        return v;
    }

    /** The row's name: its code, else its first text. */
    private static String rowName(TableRow row) {
        if (row.code() != null && !row.code().isBlank()) {
            return row.code();
        }
        return row.cells().stream().filter(c -> c.kind() == CellKind.TEXT && c.text() != null && !c.text().isBlank())
                .map(c -> c.text().strip()).findFirst().orElse("");
    }

    /** {@code /parts/<owner>/document/sections/<i>/blocks/<j>/table} of the table in the published JSON, or null. */
    private static String tablePointer(JsonNode payload, String owner, DocumentTables.Placed placed) {
        if (payload == null) {
            return null;
        }
        JsonNode sections = payload.path("document").path("sections");
        for (int i = 0; i < sections.size(); i++) {
            if (placed.section().section().id() != null && placed.section().section().id().equals(sections.get(i).path("id").asText(null))) {
                List<Block> blocks = placed.section().section().blocks();
                for (int j = 0; j < blocks.size(); j++) {
                    if (blocks.get(j).table() == placed.table()) {
                        return "/parts/" + owner + "/document/sections/" + i + "/blocks/" + j + "/table";
                    }
                }
            }
        }
        return null;
    }

    /** Where a classified table's leaf rows stand in its CSV, named as {@link DataPackageRendering} names it. */
    private record Csv(String file, Map<TableRow, Integer> lines, Map<Integer, String> fields) {

        CsvPlace place(TableRow row, int column) {
            Integer line = lines.get(row);
            String field = fields.get(column);
            if (line == null || field == null) {
                return null;
            }
            Cell cell = ClassifiedTable.byColumn(row).get(column);
            return cell != null && cell.kind() == CellKind.AMOUNT ? new CsvPlace(file, line, field) : null;
        }
    }

    private static Csv csv(DocumentTable t, Set<String> names) {
        ClassifiedTable c = ClassifiedTable.of(t);
        if (c == null) {
            return null;
        }
        String stem = DataPackageRendering.unique(t.id().replaceAll("[^A-Za-z0-9._-]", "-"), names);
        List<String> fields = DataPackageRendering.measureFields(c);
        Map<Integer, String> byColumn = new LinkedHashMap<>();
        for (int i = 0; i < c.measures().size(); i++) {
            Column m = c.measures().get(i);
            byColumn.put(t.columns().indexOf(m), fields.get(i));
        }
        List<TableRow> classified = t.rows().stream().filter(r -> ClassifiedTable.classified(r, c.levels())).toList();
        Map<TableRow, Integer> lines = new java.util.IdentityHashMap<>();
        int line = 0;
        for (TableRow r : classified) {
            String code = r.code().trim();
            boolean detailed = classified.stream().map(x -> x.code().trim()).anyMatch(x -> x.length() > code.length() && x.startsWith(code));
            if (!detailed) {
                lines.put(r, ++line);
            }
        }
        return new Csv(stem + ".csv", lines, byColumn);
    }
}
