package org.fiscaldisclosure.testdata;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fiscaldisclosure.contracts.part.performance.Performance;
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
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;

/**
 * One real-size department, 北京市海淀区教育委员会 ({@code 110108-JW}, 2024), its three parts consistent with each
 * other, generated from a seed and a {@link DepartmentSize} alone (same seed and size, same parts):
 *
 * <ul>
 * <li>statements: {@code itemRows} 项 rows under their 款 and 类 in tables 2, 3 and 5 (codes of {@link FunctionCodes}),
 * every parent the exact sum of its children, tables 1 and 4 from the same tree, table 6, table 10, 年初预算 of every
 * code, prior-year figures, a 名词解释 for every 项 ({@link FinalAccountsFactory});</li>
 * <li>procurement: {@code contracts} 政府采购 contracts worth 8-15 % of the expenditure; the first
 * {@code serviceItems} are services, each also a 政府购买服务 item bought for one evaluated project (named by its code,
 * the item's amount the project's 全年执行数, so DS-T12-002 holds);</li>
 * <li>performance: the department evaluation (budget figures = the statements') and {@code projects} 项目支出绩效自评表
 * of 22-28 三级指标 each, evaluating 50-90 % of 项目支出 in all; projects 1..serviceItems cost what their service
 * contract cost.</li>
 * </ul>
 */
public final class LargeDepartment {

    public static final UnitIdentity UNIT = new UnitIdentity(0, "110108-JW", "北京市海淀区", "北京市海淀区教育委员会");
    public static final int YEAR = 2024;

    private static final List<String> AREAS = List.of("学前教育普惠发展", "义务教育优质均衡", "普通高中多样化发展", "职业教育产教融合",
            "特殊教育融合发展", "教师队伍建设", "中小学校舍安全", "教育信息化", "学生资助", "校园安全管理", "学校体育", "学校美育",
            "劳动教育实践", "青少年科技教育", "课后服务", "社区教育", "民办教育管理", "教育督导评估", "教育质量监测", "心理健康教育",
            "学校卫生保健", "招生考试管理", "集团化办学", "校外培训治理", "语言文字工作", "国防教育", "家庭教育指导", "读书行动",
            "智慧校园建设", "校园食品安全");
    private static final List<String> TASKS = List.of("专项经费", "运行保障经费", "设备购置经费", "维修改造经费", "培训经费",
            "购买服务经费", "课题研究经费", "信息系统运维经费", "评估监测经费", "宣传推广经费");
    private static final List<String> GOODS = List.of("教学设备", "计算机及外设", "实验室仪器", "图书资料", "课桌椅", "体育器材",
            "安防监控设备", "多媒体教室设备");
    private static final List<String> WORKS = List.of("教学楼抗震加固工程", "校园操场改造工程", "食堂改造工程", "供暖管网改造工程",
            "校舍屋面防水工程");
    private static final List<String> SUPPLIERS = List.of("北京华信科技有限公司", "北京中正咨询有限公司", "北京京城物业管理有限公司",
            "北京东方印刷有限公司", "北京明德律师事务所", "北京博远调查研究有限公司", "北京新创信息技术有限公司",
            "中国建筑第二工程局有限公司", "北京市海淀区教育评估中心", "北京天和会计师事务所有限公司", "北京启智教育科技有限公司",
            "北京育才教学设备有限公司");
    private static final List<String> SERVICE_CATEGORIES = List.of("政府履职所需辅助性服务/咨询", "政府履职所需辅助性服务/调查",
            "政府履职所需辅助性服务/信息化服务", "政府履职所需辅助性服务/物业服务", "公共服务/教育服务", "公共服务/公共安全服务");

    private final FinalAccountsFactory statements;
    private final FunctionCodes codes;
    private final PerformanceFactory performance;

    /** The department's three parts. */
    public record Parts(FinalAccounts statements, Procurement procurement, Performance performance) {

        /** The JSON bodies a preparer PUTs, by the path segment of each producer ({@link UnitFactory#PARTS}). */
        public Map<String, String> json() {
            return Map.of("final-accounts", UnitFactory.json(statements), "procurement", UnitFactory.json(procurement),
                    "performance", UnitFactory.json(performance));
        }
    }

    /** Reads the sample and the catalogue under {@code projectRoot}, as {@link UnitFactory} does. */
    public LargeDepartment(Path projectRoot) {
        UnitFactory.Sources sources = UnitFactory.Sources.read(projectRoot);
        this.statements = sources.statements();
        this.codes = new FunctionCodes(sources.catalogue());
        this.performance = new PerformanceFactory(sources.samplePerformance());
    }

    /** The most 项 rows the code list offers. */
    public int maxItemRows() {
        return codes.available();
    }

    public Parts generate(long seed, DepartmentSize size) {
        Random r = new Random(seed);
        FinalAccountsFactory.Generated st = statements.generate(r, UNIT, null, codes.tree(r, size.itemRows()));
        FinalAccountsFactory.Totals totals = st.totals();

        long budget = Money.vary(r, totals.expenditure(), 0.08, 0.15);
        List<Long> amounts = Money.split(r, budget - size.contracts() * 5_000_00L, size.contracts());
        List<ProcurementContract> contracts = new ArrayList<>();
        List<PurchasedServiceItem> items = new ArrayList<>();
        List<PerformanceFactory.ProjectSpec> projects = new ArrayList<>();
        long linked = 0;
        for (int i = 0; i < size.contracts(); i++) {
            long amount = amounts.get(i) + 5_000_00L;
            boolean item = i < size.serviceItems();
            ProcurementCategory category = item ? ProcurementCategory.SERVICES : switch (r.nextInt(4)) {
                case 0, 1 -> ProcurementCategory.GOODS;
                case 2 -> ProcurementCategory.WORKS;
                default -> ProcurementCategory.SERVICES;
            };
            String supplier = SUPPLIERS.get(r.nextInt(SUPPLIERS.size()));
            String name = switch (category) {
                case GOODS -> "2024年" + GOODS.get(r.nextInt(GOODS.size())) + "采购（第" + (i + 1) + "包）";
                case WORKS -> "2024年" + WORKS.get(r.nextInt(WORKS.size())) + "（第" + (i + 1) + "包）";
                case SERVICES -> item ? projectName(i).substring(5) + "服务采购" : "2024年教育系统辅助性服务采购（第" + (i + 1) + "包）";
            };
            contracts.add(new ProcurementContract(name, category, ProcurementMethod.values()[r.nextInt(ProcurementMethod.values().length)],
                    supplier, SupplierSize.values()[r.nextInt(SupplierSize.values().length)], Money.amount(amount),
                    LocalDate.of(2024, 1, 1).plusDays(r.nextInt(360))));
            if (item) {
                items.add(new PurchasedServiceItem(projectName(i), projectCode(i), SERVICE_CATEGORIES.get(r.nextInt(SERVICE_CATEGORIES.size())),
                        supplier, FundingSource.GENERAL_PUBLIC_BUDGET, Money.amount(amount)));
                projects.add(new PerformanceFactory.ProjectSpec(projectCode(i), projectName(i), amount, 22 + r.nextInt(7)));
                linked += amount;
            }
        }
        int others = size.projects() - size.serviceItems();
        long evaluated = Math.max(Money.vary(r, totals.project(), 0.5, 0.9), linked + others * 20_000_00L);
        if (evaluated > totals.project()) {
            throw new IllegalStateException("项目支出 " + totals.project() + " 分 cannot carry " + size + "; use more 项 rows");
        }
        List<Long> rest = Money.split(r, evaluated - linked - others * 10_000_00L, others);
        for (int i = 0; i < others; i++) {
            int n = size.serviceItems() + i;
            projects.add(new PerformanceFactory.ProjectSpec(projectCode(n), projectName(n), rest.get(i) + 10_000_00L, 22 + r.nextInt(7)));
        }
        GovernmentProcurement table11 = new GovernmentProcurement(null, null, null, null, null, null, null, null, contracts);
        Procurement procurement = new Procurement(table11, new PurchasedServices(null, items), new UnitProfile(EmptyTableWording.ZERO_SENTENCE));
        Performance perf = performance.generate(r, totals, projects, null);
        return new Parts(st.part(), procurement, perf);
    }

    /** Project {@code i}'s code (0-based): {@code 11010824T000001} …, the shape of a Beijing 项目编码. */
    public static String projectCode(int i) {
        return "11010824T" + String.format("%06d", i + 1);
    }

    /** Project {@code i}'s name (0-based), distinct for every i. */
    public static String projectName(int i) {
        int combos = AREAS.size() * TASKS.size();
        String name = "2024年" + AREAS.get(i % AREAS.size()) + TASKS.get((i / AREAS.size()) % TASKS.size());
        return i < combos ? name : name + "（" + (i / combos + 1) + "）";
    }
}
