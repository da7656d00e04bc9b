package org.fiscaldisclosure.testdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fiscaldisclosure.contracts.part.statements.AssetHoldings;
import org.fiscaldisclosure.contracts.part.statements.BudgetLine;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.contracts.part.statements.OtherMatters;
import org.fiscaldisclosure.contracts.part.statements.PriorYear;
import org.fiscaldisclosure.contracts.part.statements.PriorYearFigures;
import org.fiscaldisclosure.contracts.part.statements.PriorYearReasons;
import org.fiscaldisclosure.contracts.part.statements.StatementRow;
import org.fiscaldisclosure.contracts.part.statements.StatementTable;
import org.fiscaldisclosure.contracts.part.statements.ThreePublicCounts;
import org.fiscaldisclosure.contracts.part.statements.UnitInfo;
import org.fiscaldisclosure.contracts.value.Amount;

/**
 * A unit's statements part (tables 1-10 of the beijing-2024 table set) with 20-60 功能分类 rows in tables 2, 3 and 5
 * and 20-55 经济分类 rows in table 6, every code and name from the catalogue, and totals consistent across the
 * tables (all income 一般公共预算财政拨款, as for most administrative units and the sample).
 */
public final class FinalAccountsFactory {

    /** 款 of 201 whose 项 the catalogue lists (their 项 are taken too). */
    private static final List<String> FAMILIES = List.of("208:20805", "210:21011", "221:22102", "212:21201");

    private final Catalogue catalogue;
    private final String duties;

    public FinalAccountsFactory(Catalogue catalogue, String sampleDuties) {
        this.catalogue = catalogue;
        this.duties = sampleDuties;
    }

    /** What the other parts must agree with. */
    public record Totals(long expenditure, long basic, long project) {
    }

    public record Generated(FinalAccounts part, Totals totals) {
    }

    public Generated generate(Random r, UnitIdentity unit, String revisionNote) {
        return generate(r, unit, revisionNote, functionTree(r, 20 + r.nextInt(41)));
    }

    /**
     * The statements part over a given 功能分类 tree (amounts on its leaves; parents are summed here): tables 2, 3 and 5
     * print every row of it, tables 1 and 4 its 类, table 6 the 基本支出 over 20-55 经济分类 rows.
     */
    Generated generate(Random r, UnitIdentity unit, String revisionNote, ClassifiedTree func) {
        func.sumUp();
        long basic = func.basic();
        ClassifiedTree econ = economicTree(r, 20 + r.nextInt(36), basic);
        econ.sumUp();
        long total = func.total();
        long publicCost = econ.roots.stream().filter(n -> n.code.code().equals("302")).mapToLong(n -> n.basic).sum();
        long officeCost = Money.vary(r, publicCost, 0.4, 0.9);

        Map<String, StatementTable> tables = new LinkedHashMap<>();
        tables.put("summary", summary(func, total));
        tables.put("income", funcTable(func, n -> Map.of("total", n.total(), "appropriation", n.total())));
        tables.put("expenditure", funcTable(func, FinalAccountsFactory::basicProject));
        tables.put("appropriation", appropriation(func, total));
        tables.put("generalBudget", funcTable(func, FinalAccountsFactory::basicProject));
        tables.put("generalBudgetBasic", econTable(econ));
        tables.put("governmentFund", new StatementTable(List.of()));
        tables.put("governmentFundBasic", new StatementTable(List.of()));
        tables.put("stateCapital", new StatementTable(List.of()));
        ThreePublic three = ThreePublic.generate(r);
        tables.put("threePublic", three.table());

        String unitDuties = unit.name() + "是" + unit.regionName() + "的职能部门。" + duties
                + (revisionNote == null ? "" : revisionNote);
        UnitInfo info = new UnitInfo(unit.name(), unit.regionName(), unitDuties, false, UnitInfo.UnitKind.ADMINISTRATIVE,
                UnitInfo.EmptyWording.NOT_INVOLVED);
        OtherMatters other = new OtherMatters(three.counts(), Money.amount(officeCost), assets(r, three.counts()),
                itemExplanations(func));
        FinalAccounts part = new FinalAccounts(info, "beijing-2024", tables, initialBudget(r, func),
                priorYear(r, total, basic, three.actualTotal(), officeCost), other);
        return new Generated(part, new Totals(total, basic, func.project()));
    }

    private static Map<String, Long> basicProject(ClassifiedTree.Node n) {
        Map<String, Long> v = new LinkedHashMap<>();
        v.put("total", n.total());
        if (n.basic > 0) {
            v.put("basic", n.basic);
        }
        if (n.project > 0) {
            v.put("project", n.project);
        }
        return v;
    }

    /** 201 with some of its 款 (and their 项), the pension, health, housing (and urban) families; 20-60 rows. */
    private ClassifiedTree functionTree(Random r, int targetRows) {
        ClassifiedTree tree = new ClassifiedTree();
        ClassifiedTree.Node general = new ClassifiedTree.Node(catalogue.get("func", "201"));
        tree.roots.add(general);
        for (String family : FAMILIES) {
            if (family.startsWith("212") && r.nextBoolean()) {
                continue;
            }
            String[] codes = family.split(":");
            ClassifiedTree.Node root = new ClassifiedTree.Node(catalogue.get("func", codes[0]));
            addWithItems(r, root, catalogue.get("func", codes[1]), 1);
            tree.roots.add(root);
        }
        List<Catalogue.Code> kuan = new ArrayList<>(catalogue.children("func", "201"));
        java.util.Collections.shuffle(kuan, r);
        // the unit's own 款 first, one with 项 (行政运行 …), then others until the tables have their size
        Catalogue.Code own = kuan.stream().filter(k -> !catalogue.children("func", k.code()).isEmpty()).findFirst().orElseThrow();
        addWithItems(r, general, own, 2);
        for (Catalogue.Code k : kuan) {
            if (k != own && tree.size() + 1 + Math.min(2, catalogue.children("func", k.code()).size()) <= targetRows) {
                addWithItems(r, general, k, 1);
            }
        }
        general.children.sort((a, b) -> a.code.code().compareTo(b.code.code()));
        for (ClassifiedTree.Node leaf : tree.leaves()) {
            assignAmounts(r, leaf);
        }
        tree.roots.sort((a, b) -> a.code.code().compareTo(b.code.code()));
        return tree;
    }

    private void addWithItems(Random r, ClassifiedTree.Node parent, Catalogue.Code kuan, int minItems) {
        ClassifiedTree.Node k = parent.add(kuan);
        List<Catalogue.Code> items = catalogue.children("func", kuan.code());
        if (items.isEmpty()) {
            return;
        }
        List<Catalogue.Code> chosen = new ArrayList<>();
        for (Catalogue.Code item : items) {
            if (item.name().equals("行政运行") || item.code().endsWith("05") || item.code().endsWith("06")
                    || item.code().equals("2210201") || item.code().equals("2101101") || r.nextInt(3) == 0) {
                chosen.add(item);
            }
        }
        for (Catalogue.Code item : items) {
            if (chosen.size() >= minItems) {
                break;
            }
            if (!chosen.contains(item)) {
                chosen.add(item);
            }
        }
        chosen.sort((a, b) -> a.code().compareTo(b.code()));
        chosen.forEach(k::add);
    }

    /** 行政运行, 机关服务 and the personnel families are 基本支出; management and other items 项目支出. */
    static void assignAmounts(Random r, ClassifiedTree.Node leaf) {
        String name = leaf.code.name();
        String code = leaf.code.code();
        boolean personnel = code.startsWith("20805") || code.startsWith("21011") || code.startsWith("22102");
        if (name.equals("行政运行") || name.equals("机关服务") || name.equals("事业运行") || name.equals("机构运行") || personnel) {
            leaf.basic = Money.fen(r, 20_000, personnel ? 3_000_000 : 12_000_000);
        } else if (leaf.code.level().equals("款")) {
            long total = Money.fen(r, 50_000, 20_000_000);
            leaf.basic = r.nextInt(3) == 0 ? total / 5 : 0;
            leaf.project = total - leaf.basic;
        } else {
            leaf.project = Money.fen(r, 30_000, 15_000_000);
        }
    }

    /** 301 人员, 302 公用, 303 对个人和家庭的补助: the 基本支出 split over 17-52 of their 款. */
    private ClassifiedTree economicTree(Random r, int targetRows, long basic) {
        ClassifiedTree tree = new ClassifiedTree();
        long personnel = Money.vary(r, basic, 0.55, 0.75);
        personnel = Math.min(personnel, basic);
        long welfare = Math.min(basic - personnel, Money.vary(r, basic, 0.01, 0.08));
        long publicCost = basic - personnel - welfare;
        int kuanRows = Math.max(3, targetRows - 3);
        int personnelRows = Math.max(1, Math.min(13, kuanRows * 3 / 10));
        int welfareRows = Math.max(1, Math.min(11, kuanRows / 10));
        int publicRows = Math.max(1, Math.min(28, kuanRows - personnelRows - welfareRows));
        addEconomic(r, tree, "301", personnelRows, personnel);
        addEconomic(r, tree, "302", publicRows, publicCost);
        addEconomic(r, tree, "303", welfareRows, welfare);
        return tree;
    }

    private void addEconomic(Random r, ClassifiedTree tree, String cls, int rows, long amount) {
        ClassifiedTree.Node root = new ClassifiedTree.Node(catalogue.get("econ_dept", cls));
        List<Catalogue.Code> kuan = new ArrayList<>(catalogue.children("econ_dept", cls));
        java.util.Collections.shuffle(kuan, r);
        List<Catalogue.Code> chosen = new ArrayList<>(kuan.subList(0, Math.min(rows, kuan.size())));
        chosen.sort((a, b) -> a.code().compareTo(b.code()));
        List<Long> shares = Money.split(r, amount, chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            root.add(chosen.get(i)).basic = shares.get(i);
        }
        tree.roots.add(root);
    }

    private static StatementTable funcTable(ClassifiedTree tree, java.util.function.Function<ClassifiedTree.Node, Map<String, Long>> values) {
        List<StatementRow> rows = new ArrayList<>();
        tree.forEach(n -> rows.add(new StatementRow(n.code.code(), n.code.name(), amounts(values.apply(n)))));
        return new StatementTable(rows);
    }

    private static StatementTable econTable(ClassifiedTree tree) {
        List<StatementRow> rows = new ArrayList<>();
        tree.forEach(n -> rows.add(new StatementRow(n.code.code(), n.code.name(), amounts(Map.of("amount", n.basic)))));
        return new StatementTable(rows);
    }

    private static Map<String, Amount> amounts(Map<String, Long> fen) {
        Map<String, Amount> out = new LinkedHashMap<>();
        fen.forEach((k, v) -> out.put(k, Money.amount(v)));
        return out;
    }

    private static StatementRow fixed(String code, long fen) {
        return new StatementRow(code, null, Map.of("amount", Money.amount(fen)));
    }

    private static StatementTable summary(ClassifiedTree func, long total) {
        List<StatementRow> rows = new ArrayList<>();
        rows.add(fixed("generalBudgetAppropriation", total));
        for (String zero : List.of("governmentFundAppropriation", "stateCapitalAppropriation", "superiorSubsidy",
                "businessIncome", "operatingIncome", "affiliatedRemittance", "otherIncome")) {
            rows.add(fixed(zero, 0));
        }
        rows.add(fixed("incomeTotal", total));
        rows.add(fixed("useOfNonAppropriationBalance", 0));
        rows.add(fixed("carryOverAtStart", 0));
        rows.add(fixed("grandIncomeTotal", total));
        for (ClassifiedTree.Node cls : func.roots) {
            rows.add(new StatementRow(cls.code.code(), cls.code.name(), Map.of("amount", Money.amount(cls.total()))));
        }
        rows.add(fixed("expenditureTotal", total));
        rows.add(fixed("balanceDistribution", 0));
        rows.add(fixed("carryOverAtEnd", 0));
        rows.add(fixed("grandExpenditureTotal", total));
        return new StatementTable(rows);
    }

    private static StatementTable appropriation(ClassifiedTree func, long total) {
        List<StatementRow> rows = new ArrayList<>();
        rows.add(fixed("generalBudget", total));
        rows.add(fixed("governmentFund", 0));
        rows.add(fixed("stateCapital", 0));
        for (String fund : List.of("generalBudget", "governmentFund", "stateCapital")) {
            rows.add(fixed("carryOverAtStart." + fund, 0));
        }
        for (ClassifiedTree.Node cls : func.roots) {
            rows.add(new StatementRow(cls.code.code(), cls.code.name(),
                    amounts(Map.of("total", cls.total(), "generalBudget", cls.total()))));
        }
        for (String fund : List.of("generalBudget", "governmentFund", "stateCapital")) {
            rows.add(fixed("carryOverAtEnd." + fund, 0));
        }
        return new StatementTable(rows);
    }

    /** 年初预算 of every 类/款/项: a quarter of the leaves differ from their 决算, with the stated reason. */
    private static List<BudgetLine> initialBudget(Random r, ClassifiedTree func) {
        Map<String, Long> leafBudgets = new LinkedHashMap<>();
        for (ClassifiedTree.Node leaf : func.leaves()) {
            leafBudgets.put(leaf.code.code(), r.nextInt(4) == 0 ? Money.vary(r, leaf.total(), 0.85, 1.1) : leaf.total());
        }
        List<BudgetLine> out = new ArrayList<>();
        func.forEach(n -> {
            long budget = budgetOf(n, leafBudgets);
            out.add(new BudgetLine(n.code.code(), Money.amount(budget), budget == n.total() ? null
                    : (budget < n.total() ? "年中追加相关工作经费" : "厉行节约，压减一般性支出")));
        });
        return out;
    }

    private static long budgetOf(ClassifiedTree.Node n, Map<String, Long> leafBudgets) {
        if (n.leaf()) {
            return leafBudgets.get(n.code.code());
        }
        return n.children.stream().mapToLong(c -> budgetOf(c, leafBudgets)).sum();
    }

    private static PriorYear priorYear(Random r, long total, long basic, long threePublic, long officeCost) {
        Map<String, Amount> figures = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        Map<String, Long> now = new LinkedHashMap<>();
        now.put("grandTotal", total);
        now.put("incomeTotal", total);
        now.put("expenditureTotal", total);
        now.put("appropriationGrandTotal", total);
        now.put("generalBudgetExpenditure", total);
        now.put("generalBudgetBasic", basic);
        now.put("threePublic", threePublic);
        now.put("officeOperatingCost", officeCost);
        double factor = 0.85 + r.nextDouble() * 0.3;
        now.forEach((key, value) -> {
            long prior = Math.round(value * factor / 100.0) * 100;
            figures.put(key, Money.amount(prior));
            reasons.put(key, prior < value ? "本年新增重点工作任务，相关支出相应增加" : "厉行节约，严控一般性支出");
        });
        return new PriorYear(PriorYearFigures.of(figures), PriorYearReasons.of(reasons));
    }

    private static AssetHoldings assets(Random r, ThreePublicCounts counts) {
        int held = counts.vehiclesHeld();
        return new AssetHoldings(held, 0, 0, 0, 0, 0, 0, 0, held, r.nextInt(3));
    }

    private static Map<String, String> itemExplanations(ClassifiedTree func) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ClassifiedTree.Node cls : func.roots) {
            for (ClassifiedTree.Node kuan : cls.children) {
                for (ClassifiedTree.Node item : kuan.children) {
                    out.put(item.code.code(), cls.code.name() + "（类）" + kuan.code.name() + "（款）" + item.code.name()
                            + "（项）：反映" + kuan.code.name().replace("事务", "") + "方面" + item.code.name() + "的支出。");
                }
            }
        }
        return out;
    }
}
