package org.fiscaldisclosure.statements.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.contracts.part.statements.StatementRow;
import org.fiscaldisclosure.contracts.part.statements.StatementTable;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.platform.xlsx.CellReader;
import org.fiscaldisclosure.platform.xlsx.CellValue;
import org.fiscaldisclosure.platform.xlsx.LocatedCell;
import org.fiscaldisclosure.platform.xlsx.SheetCells;
import org.fiscaldisclosure.platform.xlsx.SheetWriter;
import org.fiscaldisclosure.platform.xlsx.WorkbookReader;
import org.fiscaldisclosure.platform.xlsx.WorkbookWriter;
import org.fiscaldisclosure.statements.tableset.ColumnDef;
import org.fiscaldisclosure.statements.tableset.FixedRow;
import org.fiscaldisclosure.statements.tableset.RowGroup;
import org.fiscaldisclosure.statements.tableset.TableLayout;
import org.fiscaldisclosure.statements.tableset.TableSet;

/**
 * Tables 1-10 as a workbook in the published layout: one sheet a table ("表1" …), the title, 编制单位 and
 * 单位：万元, a header row (编码, 项目, then the table's columns), then the part's rows in the part's order. A cell
 * holds the exact 万元 amount (see {@code WanYuanCells}), so exporting and importing gives back the same tables to
 * the 分; a blank cell is a column the row leaves out, a 0 is an entered zero. Fixed rows (表1's income rows, 表4's
 * funds, 表10's items) are recognised by their printed name, classification rows by their code.
 */
public final class StatementsWorkbook {

    static final String CODE = TableLayout.CODE_LABEL;
    static final String ITEM = TableLayout.ITEM_LABEL;

    private StatementsWorkbook() {
    }

    public static String sheetName(TableLayout table) {
        return "表" + table.number();
    }

    public static byte[] write(FinalAccounts part, TableSet set, Map<String, String> classificationNames) {
        try (WorkbookWriter wb = new WorkbookWriter()) {
            for (TableLayout table : set.tables()) {
                List<ColumnDef> columns = table.columnsInOrder();
                SheetWriter sheet = wb.sheet(sheetName(table), columns.size() + 2);
                int[] widths = new int[columns.size() + 2];
                widths[0] = 12;
                widths[1] = 44;
                for (int i = 2; i < widths.length; i++) {
                    widths[i] = 16;
                }
                sheet.widths(widths).title(table.title())
                        .caption("编制单位：" + part.unit().name(), SheetWriter.UNIT_WAN_YUAN);
                List<String> header = new ArrayList<>(List.of(CODE, ITEM));
                columns.forEach(c -> header.add(c.title()));
                sheet.header(header);
                StatementTable data = part.tables().get(table.key());
                if (data == null) {
                    continue;
                }
                for (StatementRow row : data.rows()) {
                    Optional<RowGroup> group = table.groupOf(row.code());
                    boolean fixed = group.isPresent() && !group.get().isClassification();
                    List<CellValue> cells = new ArrayList<>();
                    cells.add(new CellValue.Text(fixed ? "" : row.code()));
                    String name = fixed ? group.get().fixedRow(row.code()).map(FixedRow::name).orElse(row.code())
                            : row.name() != null ? row.name() : classificationNames.getOrDefault(row.code(), "");
                    cells.add(new CellValue.Text(name));
                    for (ColumnDef c : columns) {
                        Amount a = row.values().get(c.key());
                        cells.add(a == null ? new CellValue.Blank() : new CellValue.WanYuan(a));
                    }
                    sheet.row(cells);
                }
            }
            return wb.toBytes();
        }
    }

    /**
     * Reads the tables of a workbook written in this layout. Every problem (a missing sheet or header, an unknown
     * row name, text in an amount cell, a negative or sub-分 amount) is recorded at its sheet and cell; the caller
     * refuses the workbook when there is any.
     */
    public static Map<String, StatementTable> read(WorkbookReader workbook, TableSet set) {
        CellReader cells = new CellReader(workbook.problems());
        Map<String, StatementTable> tables = new LinkedHashMap<>();
        for (TableLayout table : set.tables()) {
            Optional<SheetCells> sheet = workbook.sheet(sheetName(table));
            if (sheet.isEmpty()) {
                continue;
            }
            List<ColumnDef> columns = table.columnsInOrder();
            List<String> labels = new ArrayList<>(List.of(CODE, ITEM));
            columns.forEach(c -> labels.add(c.title()));
            Optional<SheetCells.Header> header = sheet.get().header(labels, workbook.problems());
            if (header.isEmpty()) {
                continue;
            }
            List<StatementRow> rows = new ArrayList<>();
            for (int r = header.get().row() + 1; r <= sheet.get().lastRow(); r++) {
                LocatedCell codeCell = sheet.get().at(r, header.get().column(CODE));
                LocatedCell nameCell = sheet.get().at(r, header.get().column(ITEM));
                Optional<String> code = cells.text(codeCell, CODE);
                Optional<String> name = cells.text(nameCell, ITEM);
                if (code.isEmpty() && name.isEmpty()) {
                    continue;
                }
                String key;
                String rowName;
                if (code.isPresent()) {
                    key = code.get();
                    rowName = name.orElse(null);
                    if (table.groupOf(key).filter(RowGroup::isClassification).isEmpty()) {
                        workbook.problems().at(codeCell, CODE, "表" + table.number() + " 没有科目行 " + key);
                        continue;
                    }
                } else {
                    Optional<FixedRow> fixed = table.rowGroups().stream().flatMap(g -> g.rows().stream())
                            .filter(f -> f.name().equals(name.get())).findFirst();
                    if (fixed.isEmpty()) {
                        workbook.problems().at(nameCell, ITEM, "表" + table.number() + " 没有名为“" + name.get() + "”的行");
                        continue;
                    }
                    key = fixed.get().key();
                    rowName = null;
                }
                RowGroup group = table.groupOf(key).orElseThrow();
                Map<String, Amount> values = new LinkedHashMap<>();
                for (ColumnDef c : columns) {
                    LocatedCell cell = sheet.get().at(r, header.get().column(c.title()));
                    Optional<Amount> amount = cells.wanYuan(cell, c.title());
                    if (amount.isPresent()) {
                        if (!group.hasColumn(c.key())) {
                            workbook.problems().at(cell, c.title(), "该行没有此列，应留空");
                            continue;
                        }
                        values.put(c.key(), amount.get());
                    }
                }
                rows.add(new StatementRow(key, rowName, values));
            }
            tables.put(table.key(), new StatementTable(rows));
        }
        return tables;
    }
}
