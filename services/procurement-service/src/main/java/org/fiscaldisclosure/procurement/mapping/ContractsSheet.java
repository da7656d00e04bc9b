package org.fiscaldisclosure.procurement.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fiscaldisclosure.contracts.part.procurement.Labelled;
import org.fiscaldisclosure.contracts.part.procurement.ProcurementCategory;
import org.fiscaldisclosure.contracts.part.procurement.ProcurementContract;
import org.fiscaldisclosure.contracts.part.procurement.ProcurementMethod;
import org.fiscaldisclosure.contracts.part.procurement.SupplierSize;
import org.fiscaldisclosure.platform.xlsx.CellBindings;
import org.fiscaldisclosure.platform.xlsx.CellReader;
import org.fiscaldisclosure.platform.xlsx.CellValue;
import org.fiscaldisclosure.platform.xlsx.SheetCells;
import org.fiscaldisclosure.platform.xlsx.SheetWriter;
import org.fiscaldisclosure.platform.xlsx.WorkbookReader;
import org.fiscaldisclosure.platform.xlsx.WorkbookWriter;

/**
 * Sheet 政府采购合同 (not a published table): the contracts behind 表11, one a row. Written only when the part lists
 * its contracts; a workbook without the sheet imports as a 表11 without contracts.
 */
final class ContractsSheet {

    static final String NAME = "政府采购合同";
    static final String TITLE = "政府采购合同明细";
    static final String NUMBER = "序号";
    static final String CONTRACT = "合同名称";
    static final String CATEGORY = "采购品目类别";
    static final String METHOD = "采购方式";
    static final String SUPPLIER = "供应商";
    static final String SIZE = "供应商规模";
    static final String AMOUNT = "合同金额";
    static final String SIGNED = "签订日期";
    static final List<String> HEADER = List.of(NUMBER, CONTRACT, CATEGORY, METHOD, SUPPLIER, SIZE, AMOUNT, SIGNED);

    private static final Map<String, ProcurementCategory> CATEGORIES = CellReader.labels(ProcurementCategory.class, Labelled::label);
    private static final Map<String, ProcurementMethod> METHODS = CellReader.labels(ProcurementMethod.class, Labelled::label);
    private static final Map<String, SupplierSize> SIZES = CellReader.labels(SupplierSize.class, Labelled::label);

    private ContractsSheet() {
    }

    static void write(WorkbookWriter workbook, String caption, List<ProcurementContract> contracts) {
        SheetWriter sheet = workbook.sheet(NAME, HEADER.size()).widths(6, 40, 12, 14, 32, 12, 14, 12)
                .title(TITLE).caption(caption, SheetWriter.UNIT_WAN_YUAN).header(HEADER);
        for (int i = 0; i < contracts.size(); i++) {
            ProcurementContract c = contracts.get(i);
            sheet.row(List.of(CellValue.text(String.valueOf(i + 1)), CellValue.text(c.name()),
                    CellValue.text(c.category().label()), CellValue.text(c.method().label()), CellValue.text(c.supplier()),
                    CellValue.text(c.supplierSize().label()), CellValue.wanYuan(c.amount()), CellValue.date(c.signedOn())));
        }
    }

    /** The contracts, or null when the workbook has no such sheet (表11 then has no contracts listed). */
    static List<ProcurementContract> read(WorkbookReader workbook, CellReader cells, CellBindings bindings) {
        SheetCells sheet = workbook.optionalSheet(NAME).orElse(null);
        if (sheet == null) {
            return null;
        }
        Optional<SheetCells.Header> header = sheet.header(HEADER, cells.problems());
        if (header.isEmpty()) {
            return List.of();
        }
        List<Integer> rows = SheetRows.below(sheet, header.get());
        List<ProcurementContract> contracts = new ArrayList<>();
        for (int row : rows) {
            SheetRows.Bound r = new SheetRows.Bound(sheet, header.get(), row,
                    "/procurement/contracts/" + contracts.size() + "/", bindings);
            contracts.add(new ProcurementContract(
                    cells.text(r.cell(CONTRACT, "name"), CONTRACT).orElse(null),
                    cells.choice(r.cell(CATEGORY, "category"), CATEGORY, CATEGORIES).orElse(null),
                    cells.choice(r.cell(METHOD, "method"), METHOD, METHODS).orElse(null),
                    cells.text(r.cell(SUPPLIER, "supplier"), SUPPLIER).orElse(null),
                    cells.choice(r.cell(SIZE, "supplierSize"), SIZE, SIZES).orElse(null),
                    cells.wanYuan(r.cell(AMOUNT, "amount"), AMOUNT).orElse(null),
                    cells.date(r.cell(SIGNED, "signedOn"), SIGNED).orElse(null)));
        }
        return contracts;
    }
}
