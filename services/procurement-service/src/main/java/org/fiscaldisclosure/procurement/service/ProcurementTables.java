package org.fiscaldisclosure.procurement.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.event.PartRevision;
import org.fiscaldisclosure.contracts.part.procurement.FundingSource;
import org.fiscaldisclosure.contracts.part.procurement.Procurement;
import org.fiscaldisclosure.contracts.part.procurement.ProcurementCategory;
import org.fiscaldisclosure.contracts.part.procurement.ProcurementContract;
import org.fiscaldisclosure.contracts.part.procurement.ProcurementMethod;
import org.fiscaldisclosure.contracts.part.procurement.PurchasedServiceItem;
import org.fiscaldisclosure.contracts.part.procurement.SupplierSize;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.procurement.figures.Figure;
import org.fiscaldisclosure.procurement.figures.FigureSource;
import org.fiscaldisclosure.procurement.figures.ProcurementFigures;

/** Tables 11 and 12 of one revision as data: every figure in 元 and in 万元 (as published), with its source. */
@Schema(description = "表11、表12（金额：元，及公开表中的万元数）")
public record ProcurementTables(UnitCode unitCode, FiscalYear fiscalYear, long revision, Table11 table11, Table12 table12) {

    /** A figure: exact 元, 万元 HALF_UP to two decimals, and whether it was stated or derived. */
    public record TableFigure(@Schema(description = "元（精确到分）") BigDecimal yuan,
                              @Schema(description = "万元（由元数四舍五入保留两位小数，公开表所列）") BigDecimal wanYuan, FigureSource source) {

        static TableFigure of(Figure f) {
            return new TableFigure(f.amount().yuan(), f.amount().inWanYuan(), f.source());
        }
    }

    @Schema(description = "表11 政府采购情况表")
    public record Table11(String title, TableFigure total, TableFigure goods, TableFigure works, TableFigure services,
                          TableFigure smeAwards, @Schema(description = "占政府采购支出总额（%）") BigDecimal smeShare,
                          TableFigure smallMicroAwards, @Schema(description = "占政府采购支出总额（%）") BigDecimal smallMicroShare,
                          List<ContractRow> contracts) {
    }

    /** One contract behind 表11. */
    public record ContractRow(int number, String name, ProcurementCategory category, ProcurementMethod method,
                              String supplier, SupplierSize supplierSize, @Schema(description = "合同金额（元）") BigDecimal yuan,
                              @Schema(description = "合同金额（万元，四舍五入保留两位小数）") BigDecimal wanYuan,
                              LocalDate signedOn) {

        static ContractRow of(int number, ProcurementContract c) {
            return new ContractRow(number, c.name(), c.category(), c.method(), c.supplier(), c.supplierSize(),
                    c.amount().yuan(), c.amount().inWanYuan(), c.signedOn());
        }
    }

    @Schema(description = "表12 政府购买服务决算公开情况表")
    public record Table12(String title, List<ItemRow> rows, TableFigure total) {
    }

    /** One row of 表12. */
    public record ItemRow(int number, String project, String projectCode, String catalogueCategory, String provider,
                          FundingSource fundingSource, @Schema(description = "金额（元）") BigDecimal yuan,
                          @Schema(description = "金额（万元，四舍五入保留两位小数）") BigDecimal wanYuan) {

        static ItemRow of(int number, PurchasedServiceItem i) {
            Amount a = i.amount();
            return new ItemRow(number, i.project(), i.projectCode(), i.catalogueCategory(), i.provider(),
                    i.fundingSource(), a.yuan(), a.inWanYuan());
        }
    }

    public static ProcurementTables of(PartRevision<Procurement> revision) {
        ProcurementFigures f = ProcurementFigures.of(revision.part());
        List<ProcurementContract> contracts = f.contracts();
        List<PurchasedServiceItem> items = f.items();
        Table11 t11 = new Table11("政府采购情况表", TableFigure.of(f.total()), TableFigure.of(f.goods()),
                TableFigure.of(f.works()), TableFigure.of(f.services()), TableFigure.of(f.smeAwards()), f.smeShare(),
                TableFigure.of(f.smallMicroAwards()), f.smallMicroShare(),
                IntStream.range(0, contracts.size()).mapToObj(i -> ContractRow.of(i + 1, contracts.get(i))).toList());
        Table12 t12 = new Table12("政府购买服务决算公开情况表",
                IntStream.range(0, items.size()).mapToObj(i -> ItemRow.of(i + 1, items.get(i))).toList(),
                TableFigure.of(f.purchasedServices()));
        return new ProcurementTables(revision.unitCode(), revision.fiscalYear(), revision.revision(), t11, t12);
    }
}
