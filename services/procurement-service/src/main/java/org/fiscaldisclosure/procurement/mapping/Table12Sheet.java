package org.fiscaldisclosure.procurement.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fiscaldisclosure.contracts.part.procurement.FundingSource;
import org.fiscaldisclosure.contracts.part.procurement.Labelled;
import org.fiscaldisclosure.contracts.part.procurement.PurchasedServiceItem;
import org.fiscaldisclosure.contracts.part.procurement.PurchasedServices;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.platform.xlsx.CellBindings;
import org.fiscaldisclosure.platform.xlsx.CellReader;
import org.fiscaldisclosure.platform.xlsx.CellValue;
import org.fiscaldisclosure.platform.xlsx.LocatedCell;
import org.fiscaldisclosure.platform.xlsx.SheetCells;
import org.fiscaldisclosure.platform.xlsx.SheetWriter;
import org.fiscaldisclosure.platform.xlsx.WorkbookReader;
import org.fiscaldisclosure.platform.xlsx.WorkbookWriter;
import org.fiscaldisclosure.procurement.figures.ProcurementFigures;

/**
 * Sheet 表12 政府购买服务决算公开情况表: a 合计 row first, then one row per project. A blank 合计 is a total left out
 * (derived from the rows); a sheet without project rows imports as a stated total without items.
 */
final class Table12Sheet {

    static final String NAME = "表12";
    static final String TITLE = "政府购买服务决算公开情况表";
    static final String NUMBER = "序号";
    static final String PROJECT = "项目名称";
    static final String PROJECT_CODE = "所属预算项目编码";
    static final String CATEGORY = "指导性目录类别";
    static final String PROVIDER = "承接主体";
    static final String FUNDING = "资金来源";
    static final String AMOUNT = "决算金额";
    static final String TOTAL = "合计";
    static final List<String> HEADER = List.of(NUMBER, PROJECT, PROJECT_CODE, CATEGORY, PROVIDER, FUNDING, AMOUNT);

    private static final Map<String, FundingSource> FUNDING_SOURCES = CellReader.labels(FundingSource.class, Labelled::label);

    private Table12Sheet() {
    }

    static void write(WorkbookWriter workbook, String caption, ProcurementFigures f) {
        SheetWriter sheet = workbook.sheet(NAME, HEADER.size()).widths(6, 44, 18, 30, 30, 24, 14)
                .title(TITLE).caption(caption, SheetWriter.UNIT_WAN_YUAN).header(HEADER)
                .row(List.of(CellValue.text(TOTAL), CellValue.blank(), CellValue.blank(), CellValue.blank(),
                        CellValue.blank(), CellValue.blank(), CellValue.wanYuan(f.purchasedServices().amount())));
        List<PurchasedServiceItem> items = f.items();
        for (int i = 0; i < items.size(); i++) {
            PurchasedServiceItem item = items.get(i);
            sheet.row(List.of(CellValue.text(String.valueOf(i + 1)), CellValue.text(item.project()),
                    CellValue.text(item.projectCode()), CellValue.text(item.catalogueCategory()),
                    CellValue.text(item.provider()), CellValue.text(item.fundingSource().label()),
                    CellValue.wanYuan(item.amount())));
        }
    }

    static Optional<PurchasedServices> read(WorkbookReader workbook, CellReader cells, CellBindings bindings) {
        Optional<SheetCells> found = workbook.sheet(NAME);
        Optional<SheetCells.Header> header = found.flatMap(s -> s.header(HEADER, cells.problems()));
        if (header.isEmpty()) {
            return Optional.empty();
        }
        SheetCells sheet = found.get();
        SheetCells.Header h = header.get();
        LocatedCell totalCell = null;
        List<PurchasedServiceItem> items = new ArrayList<>();
        for (int row : SheetRows.below(sheet, h)) {
            if (isTotal(sheet.at(row, h.column(NUMBER))) || isTotal(sheet.at(row, h.column(PROJECT)))) {
                totalCell = sheet.at(row, h.column(AMOUNT));
                continue;
            }
            SheetRows.Bound r = new SheetRows.Bound(sheet, h, row, "/purchasedServices/items/" + items.size() + "/", bindings);
            items.add(new PurchasedServiceItem(
                    cells.text(r.cell(PROJECT, "project"), PROJECT).orElse(null),
                    cells.text(r.cell(PROJECT_CODE, "projectCode"), PROJECT_CODE).orElse(null),
                    cells.text(r.cell(CATEGORY, "catalogueCategory"), CATEGORY).orElse(null),
                    cells.text(r.cell(PROVIDER, "provider"), PROVIDER).orElse(null),
                    cells.choice(r.cell(FUNDING, "fundingSource"), FUNDING, FUNDING_SOURCES).orElse(null),
                    cells.wanYuan(r.cell(AMOUNT, "amount"), AMOUNT).orElse(null)));
        }
        if (totalCell == null) { // no 合计 row: a missing total is reported where the 合计 row belongs
            totalCell = LocatedCell.blank(NAME, h.row() + 1, h.column(AMOUNT));
        }
        bindings.bind("/purchasedServices/total", totalCell, TOTAL);
        Amount total = cells.wanYuan(totalCell, TOTAL).orElse(null);
        return Optional.of(new PurchasedServices(total, items.isEmpty() ? null : items));
    }

    private static boolean isTotal(LocatedCell cell) {
        return cell.kind() == LocatedCell.Kind.TEXT && cell.text().replaceAll("[\\s\\u3000]+", "").equals(TOTAL);
    }
}
