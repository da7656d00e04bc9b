package org.fiscaldisclosure.procurement.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fiscaldisclosure.contracts.document.Cell;
import org.fiscaldisclosure.contracts.document.Column;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.contracts.document.TableRow;
import org.fiscaldisclosure.contracts.part.procurement.PurchasedServiceItem;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.procurement.figures.Figure;
import org.fiscaldisclosure.procurement.figures.ProcurementFigures;
import org.fiscaldisclosure.procurement.narrative.ProcurementNarrative;

/**
 * 表11 政府采购情况表 and 表12 政府购买服务决算公开情况表 as published tables. Amounts are exact 元 (the renderers show
 * 万元); a row's {@code code} is the row name the part's findings use, so a finding points at its row. An empty table
 * carries, as its note, the statement the narrative makes for it (the zero sentence or 本单位不涉及。).
 */
final class ProcurementTableForms {

    static final String T11 = "T11";
    static final String T12 = "T12";
    static final String T11_TITLE = "政府采购情况表";
    static final String T12_TITLE = "政府购买服务决算公开情况表";
    static final String TOTAL = "合计";
    static final String CATALOGUE = "政府购买服务指导性目录";
    private static final int CATALOGUE_LEVELS = 3;

    private static final List<Column> T11_COLUMNS = List.of(
            new Column("item", "项目", null),
            new Column("amount", "金额", null),
            new Column("share", "占政府采购支出总额比例", null));

    private static final List<Column> T12_COLUMNS = List.of(
            new Column("number", "序号", null),
            new Column("project", "项目名称", null),
            new Column("projectCode", "所属预算项目编码", null),
            new Column("catalogueLevel1", "一级目录", CATALOGUE),
            new Column("catalogueLevel2", "二级目录", CATALOGUE),
            new Column("catalogueLevel3", "三级目录", CATALOGUE),
            new Column("provider", "承接主体", null),
            new Column("fundingSource", "资金来源", null),
            new Column("amount", "决算金额", null));

    private ProcurementTableForms() {
    }

    /** 表11: 总额, 货物, 工程, 服务, then the awards to SMEs and of those to small and micro firms with their shares. */
    static DocumentTable table11(ProcurementFigures f, ProcurementNarrative.Paragraph emptyStatement) {
        List<TableRow> rows = List.of(
                amountRow("政府采购支出总额", "政府采购支出总额", f.total(), null, true),
                amountRow("政府采购货物支出", "政府采购货物支出", f.goods(), null, false),
                amountRow("政府采购工程支出", "政府采购工程支出", f.works(), null, false),
                amountRow("政府采购服务支出", "政府采购服务支出", f.services(), null, false),
                amountRow("授予中小企业合同金额", "授予中小企业合同金额", f.smeAwards(), f.smeShare(), false),
                amountRow("授予小微企业合同金额", "其中：授予小微企业合同金额", f.smallMicroAwards(), f.smallMicroShare(), false));
        return new DocumentTable(T11, T11_TITLE, null, T11_COLUMNS, rows, notes(f.table11Empty(), emptyStatement), null);
    }

    /** 表12: the 合计 row, then one row per purchased service, its 指导性目录 split into its levels. */
    static DocumentTable table12(ProcurementFigures f, ProcurementNarrative.Paragraph emptyStatement) {
        List<TableRow> rows = new ArrayList<>();
        rows.add(new TableRow(TOTAL, 0, true, List.of(Cell.text(TOTAL).spanning(T12_COLUMNS.size() - 1),
                amount(f.purchasedServices().amount()))));
        List<PurchasedServiceItem> items = f.items();
        for (int i = 0; i < items.size(); i++) {
            PurchasedServiceItem item = items.get(i);
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.number(BigDecimal.valueOf(i + 1)));
            cells.add(Cell.text(item.project()));
            cells.add(textOrEmpty(item.projectCode()));
            catalogueLevels(item.catalogueCategory()).forEach(level -> cells.add(textOrEmpty(level)));
            cells.add(textOrEmpty(item.provider()));
            cells.add(Cell.text(item.fundingSource().label()));
            cells.add(amount(item.amount()));
            rows.add(new TableRow(item.project(), 0, false, cells));
        }
        return new DocumentTable(T12, T12_TITLE, null, T12_COLUMNS, rows, notes(f.table12Empty(), emptyStatement), null);
    }

    /** 一级/二级/三级目录 of a category written with "/" between its levels; deeper levels stay in the third. */
    static List<String> catalogueLevels(String category) {
        List<String> parts = Arrays.stream(category.split("/", CATALOGUE_LEVELS)).map(String::strip).toList();
        List<String> levels = new ArrayList<>(parts);
        while (levels.size() < CATALOGUE_LEVELS) {
            levels.add(null);
        }
        return levels;
    }

    private static TableRow amountRow(String code, String label, Figure figure, BigDecimal share, boolean total) {
        return new TableRow(code, 0, total, List.of(Cell.text(label), amount(figure.amount()),
                share == null ? Cell.empty() : Cell.percent(share)));
    }

    private static Cell amount(Amount amount) {
        return Cell.amount(amount.yuan());
    }

    private static Cell textOrEmpty(String text) {
        return text == null || text.isBlank() ? Cell.empty() : Cell.text(text);
    }

    private static List<String> notes(boolean empty, ProcurementNarrative.Paragraph statement) {
        return empty ? List.of(statement.text()) : List.of();
    }
}
