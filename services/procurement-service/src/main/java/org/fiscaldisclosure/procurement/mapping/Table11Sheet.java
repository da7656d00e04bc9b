package org.fiscaldisclosure.procurement.mapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.fiscaldisclosure.contracts.part.procurement.GovernmentProcurement;
import org.fiscaldisclosure.contracts.part.procurement.ProcurementContract;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.platform.xlsx.CellBindings;
import org.fiscaldisclosure.platform.xlsx.CellReader;
import org.fiscaldisclosure.platform.xlsx.CellValue;
import org.fiscaldisclosure.platform.xlsx.SheetCells;
import org.fiscaldisclosure.platform.xlsx.SheetWriter;
import org.fiscaldisclosure.platform.xlsx.WorkbookReader;
import org.fiscaldisclosure.platform.xlsx.WorkbookWriter;
import org.fiscaldisclosure.procurement.figures.ProcurementFigures;

/** Sheet 表11 政府采购情况表: one header row and one row of figures in 万元, the two shares as percentages. */
final class Table11Sheet {

    static final String NAME = "表11";
    static final String TITLE = "政府采购情况表";
    static final String TOTAL = "政府采购支出总额";
    static final String GOODS = "政府采购货物支出";
    static final String WORKS = "政府采购工程支出";
    static final String SERVICES = "政府采购服务支出";
    static final String SME = "授予中小企业合同金额";
    static final String SME_SHARE = "授予中小企业合同金额占比";
    static final String SMALL_MICRO = "其中：授予小微企业合同金额";
    static final String SMALL_MICRO_SHARE = "授予小微企业合同金额占比";
    static final List<String> HEADER = List.of(TOTAL, GOODS, WORKS, SERVICES, SME, SME_SHARE, SMALL_MICRO, SMALL_MICRO_SHARE);

    private Table11Sheet() {
    }

    static void write(WorkbookWriter workbook, String caption, ProcurementFigures f) {
        workbook.sheet(NAME, HEADER.size()).widths(16, 16, 16, 16, 18, 14, 20, 14)
                .title(TITLE).caption(caption, SheetWriter.UNIT_WAN_YUAN).header(HEADER)
                .row(List.of(CellValue.wanYuan(f.total().amount()), CellValue.wanYuan(f.goods().amount()),
                        CellValue.wanYuan(f.works().amount()), CellValue.wanYuan(f.services().amount()),
                        CellValue.wanYuan(f.smeAwards().amount()), CellValue.percent(f.smeShare()),
                        CellValue.wanYuan(f.smallMicroAwards().amount()), CellValue.percent(f.smallMicroShare())));
    }

    /** The figures row under the header; a blank cell is a figure left out (derived from the contracts). */
    static Optional<GovernmentProcurement> read(WorkbookReader workbook, CellReader cells, CellBindings bindings,
                                                List<ProcurementContract> contracts) {
        Optional<SheetCells> sheet = workbook.sheet(NAME);
        Optional<SheetCells.Header> header = sheet.flatMap(s -> s.header(HEADER, cells.problems()));
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Figures row = new Figures(sheet.get(), header.get(), cells, bindings);
        return Optional.of(new GovernmentProcurement(row.amount(GOODS, "goods"), row.amount(WORKS, "works"),
                row.amount(SERVICES, "services"), row.amount(TOTAL, "statedTotal"), row.amount(SME, "smeAwards"),
                row.amount(SMALL_MICRO, "smallMicroAwards"), row.share(SME_SHARE, "statedSmeShare"),
                row.share(SMALL_MICRO_SHARE, "statedSmallMicroShare"), contracts));
    }

    /** The cells of the row under the header, each bound to its field. */
    private record Figures(SheetCells sheet, SheetCells.Header header, CellReader cells, CellBindings bindings) {

        Amount amount(String label, String field) {
            var cell = sheet.at(header.row() + 1, header.column(label));
            bindings.bind("/procurement/" + field, cell, label);
            return cells.wanYuan(cell, label).orElse(null);
        }

        BigDecimal share(String label, String field) {
            var cell = sheet.at(header.row() + 1, header.column(label));
            bindings.bind("/procurement/" + field, cell, label);
            return cells.percent(cell, label).orElse(null);
        }
    }
}
