package org.fiscaldisclosure.procurement.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.fiscaldisclosure.contracts.part.procurement.GovernmentProcurement;
import org.fiscaldisclosure.contracts.part.procurement.Procurement;
import org.fiscaldisclosure.contracts.part.procurement.ProcurementCategory;
import org.fiscaldisclosure.contracts.part.procurement.ProcurementContract;
import org.fiscaldisclosure.contracts.part.procurement.PurchasedServiceItem;
import org.fiscaldisclosure.contracts.part.procurement.PurchasedServices;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.contracts.value.Rounding;

/**
 * The figures of tables 11 and 12 as published: each stated figure as stated, each figure left out derived from
 * the contracts or items (the stated figure wins; a disagreement is a finding). Headline, rules, tables, workbook
 * and narrative all read these, so they cannot disagree with each other.
 */
public final class ProcurementFigures {

    public static final String T11 = "T11";
    public static final String T12 = "T12";

    private final Procurement part;
    private final Figure goods;
    private final Figure works;
    private final Figure services;
    private final Figure total;
    private final Figure smeAwards;
    private final Figure smallMicroAwards;
    private final Figure purchasedServices;

    private ProcurementFigures(Procurement part) {
        this.part = part;
        GovernmentProcurement p = part.procurement();
        goods = Figure.of(p.goods(), () -> contractSum(c -> c.category() == ProcurementCategory.GOODS));
        works = Figure.of(p.works(), () -> contractSum(c -> c.category() == ProcurementCategory.WORKS));
        services = Figure.of(p.services(), () -> contractSum(c -> c.category() == ProcurementCategory.SERVICES));
        total = Figure.of(p.statedTotal(), this::categorySum);
        smeAwards = Figure.of(p.smeAwards(), () -> contractSum(c -> c.supplierSize().isSme()));
        smallMicroAwards = Figure.of(p.smallMicroAwards(), () -> contractSum(c -> c.supplierSize().isSmallOrMicro()));
        purchasedServices = Figure.of(part.purchasedServices().total(), this::itemSum);
    }

    public static ProcurementFigures of(Procurement part) {
        return new ProcurementFigures(part);
    }

    public Procurement part() {
        return part;
    }

    /** 政府采购货物支出. */
    public Figure goods() {
        return goods;
    }

    /** 政府采购工程支出. */
    public Figure works() {
        return works;
    }

    /** 政府采购服务支出. */
    public Figure services() {
        return services;
    }

    /** 政府采购支出总额: stated, else 货物 + 工程 + 服务. */
    public Figure total() {
        return total;
    }

    /** 授予中小企业合同金额. */
    public Figure smeAwards() {
        return smeAwards;
    }

    /** 其中：授予小微企业合同金额. */
    public Figure smallMicroAwards() {
        return smallMicroAwards;
    }

    /** 政府购买服务决算 (表12 合计). */
    public Figure purchasedServices() {
        return purchasedServices;
    }

    /** 授予中小企业合同金额占政府采购支出总额的百分比, from the figures above. */
    public BigDecimal smeShare() {
        return Rounding.percent(smeAwards.amount().yuan(), total.amount().yuan());
    }

    /** 授予小微企业合同金额占政府采购支出总额的百分比. */
    public BigDecimal smallMicroShare() {
        return Rounding.percent(smallMicroAwards.amount().yuan(), total.amount().yuan());
    }

    public List<ProcurementContract> contracts() {
        return part.procurement().itemized() ? part.procurement().contracts() : List.of();
    }

    public List<PurchasedServiceItem> items() {
        PurchasedServices s = part.purchasedServices();
        return s.itemized() ? s.items() : List.of();
    }

    /** Table 11 has nothing: a zero total and no contracts. */
    public boolean table11Empty() {
        return total.amount().isZero() && contracts().isEmpty();
    }

    /** Table 12 has nothing: a zero total and no items. */
    public boolean table12Empty() {
        return purchasedServices.amount().isZero() && items().isEmpty();
    }

    Amount categorySum() {
        return Amount.sum(List.of(goods.amount(), works.amount(), services.amount()));
    }

    Amount contractSum(Predicate<ProcurementContract> which) {
        return Amount.sum(contracts().stream().filter(which).map(ProcurementContract::amount).toList());
    }

    Amount itemSum() {
        return Amount.sum(items().stream().map(PurchasedServiceItem::amount).toList());
    }

    /** Every stated figure against the sum it should equal, where both are there. */
    public List<SumComparison> comparisons() {
        List<SumComparison> all = new ArrayList<>();
        GovernmentProcurement p = part.procurement();
        if (p.statedTotal() != null) {
            all.add(SumComparison.of("PR-T11-001", T11, "政府采购支出总额", p.statedTotal(), categorySum(),
                    Stream.of(total, goods, works, services)));
        }
        if (p.itemized()) {
            for (ProcurementCategory c : ProcurementCategory.values()) {
                Figure stated = category(c);
                if (stated.stated()) {
                    all.add(SumComparison.of("PR-T11-004", T11, "政府采购" + c.label() + "支出", stated.amount(),
                            contractSum(k -> k.category() == c), Stream.of(stated)));
                }
            }
            if (smeAwards.stated()) {
                all.add(SumComparison.of("PR-T11-005", T11, "授予中小企业合同金额", smeAwards.amount(),
                        contractSum(k -> k.supplierSize().isSme()), Stream.of(smeAwards)));
            }
            if (smallMicroAwards.stated()) {
                all.add(SumComparison.of("PR-T11-005", T11, "授予小微企业合同金额", smallMicroAwards.amount(),
                        contractSum(k -> k.supplierSize().isSmallOrMicro()), Stream.of(smallMicroAwards)));
            }
        }
        if (part.purchasedServices().itemized() && purchasedServices.stated()) {
            all.add(SumComparison.of("PR-T12-001", T12, "政府购买服务决算", purchasedServices.amount(), itemSum(),
                    Stream.of(purchasedServices)));
        }
        return all;
    }

    public Figure category(ProcurementCategory c) {
        return switch (c) {
            case GOODS -> goods;
            case WORKS -> works;
            case SERVICES -> services;
        };
    }
}
