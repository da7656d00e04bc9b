package org.fiscaldisclosure.testdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fiscaldisclosure.contracts.part.procurement.EmptyTableWording;
import org.fiscaldisclosure.contracts.part.procurement.FundingSource;
import org.fiscaldisclosure.contracts.part.procurement.GovernmentProcurement;
import org.fiscaldisclosure.contracts.part.procurement.Procurement;
import org.fiscaldisclosure.contracts.part.procurement.ProcurementCategory;
import org.fiscaldisclosure.contracts.part.procurement.ProcurementContract;
import org.fiscaldisclosure.contracts.part.procurement.ProcurementMethod;
import org.fiscaldisclosure.contracts.part.procurement.PurchasedServiceItem;
import org.fiscaldisclosure.contracts.part.procurement.PurchasedServices;
import org.fiscaldisclosure.contracts.part.procurement.SupplierSize;
import org.fiscaldisclosure.contracts.part.procurement.UnitProfile;

/**
 * A unit's procurement part: 3-30 政府采购 contracts (表11 derived from them) worth 5-25% of the year's expenditure,
 * and 表12 items bought from the service contracts (so 政府购买服务 ≤ 政府采购服务支出), as the sample's item.
 */
public final class ProcurementFactory {

    private static final List<String> GOODS = List.of("办公设备购置", "计算机及外设购置", "办公家具购置", "档案密集架购置",
            "视频会议设备购置", "图书资料购置");
    private static final List<String> WORKS = List.of("办公用房维修改造工程", "机房改造工程", "消防设施改造工程");
    private static final List<String> SERVICES = List.of("年度绩效管理考评咨询服务", "公众满意度调查服务", "信息系统运维服务",
            "物业管理服务", "印刷服务", "法律顾问服务", "审计服务", "课题研究服务", "社区工作者培训服务", "宣传品设计制作服务");
    private static final List<String> SUPPLIERS = List.of("北京华信科技有限公司", "北京中正咨询有限公司", "北京京城物业管理有限公司",
            "北京东方印刷有限公司", "北京明德律师事务所", "北京博远调查研究有限公司", "北京新创信息技术有限公司",
            "中国建筑第二工程局有限公司", "北京市社会心理服务中心", "北京天和会计师事务所有限公司");
    private static final List<String> CATEGORIES = List.of("政府履职所需辅助性服务/咨询", "政府履职所需辅助性服务/调查",
            "政府履职所需辅助性服务/信息化服务", "政府履职所需辅助性服务/物业服务", "社会管理性服务/社区治理服务");

    public Procurement generate(Random r, long expenditureTotal, String revisionNote) {
        return generate(r, expenditureTotal, revisionNote, 2024);
    }

    /** As above for fiscal year {@code year}: the contracts named for that year and signed in it. */
    public Procurement generate(Random r, long expenditureTotal, String revisionNote, int year) {
        int count = 3 + r.nextInt(28);
        long budget = Money.vary(r, expenditureTotal, 0.05, 0.25);
        List<Long> amounts = Money.split(r, budget, count);
        List<ProcurementContract> contracts = new ArrayList<>();
        List<PurchasedServiceItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int kind = r.nextInt(20);
            ProcurementCategory category = kind < 10 ? ProcurementCategory.SERVICES
                    : kind < 17 ? ProcurementCategory.GOODS : ProcurementCategory.WORKS;
            List<String> names = switch (category) {
                case GOODS -> GOODS;
                case WORKS -> WORKS;
                case SERVICES -> SERVICES;
            };
            String name = year + "年" + names.get(r.nextInt(names.size())) + "（第" + (i + 1) + "包）"
                    + (i == 0 && revisionNote != null ? revisionNote : "");
            String supplier = SUPPLIERS.get(r.nextInt(SUPPLIERS.size()));
            SupplierSize size = SupplierSize.values()[r.nextInt(SupplierSize.values().length)];
            ProcurementMethod method = ProcurementMethod.values()[r.nextInt(ProcurementMethod.values().length)];
            LocalDate signed = LocalDate.of(year, 1, 1).plusDays(r.nextInt(360));
            long amount = Math.max(amounts.get(i), 100_00);
            contracts.add(new ProcurementContract(name, category, method, supplier, size, Money.amount(amount), signed));
            if (category == ProcurementCategory.SERVICES && r.nextInt(3) > 0) {
                items.add(new PurchasedServiceItem(name, "P" + String.format("%02d", 1 + r.nextInt(5)),
                        CATEGORIES.get(r.nextInt(CATEGORIES.size())), supplier, FundingSource.GENERAL_PUBLIC_BUDGET,
                        Money.amount(amount)));
            }
        }
        GovernmentProcurement table11 = new GovernmentProcurement(null, null, null, null, null, null, null, null, contracts);
        return new Procurement(table11, new PurchasedServices(null, items), new UnitProfile(EmptyTableWording.ZERO_SENTENCE));
    }
}
