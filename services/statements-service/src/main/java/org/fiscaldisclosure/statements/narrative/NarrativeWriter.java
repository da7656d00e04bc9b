package org.fiscaldisclosure.statements.narrative;

import static org.fiscaldisclosure.statements.figures.StatementFigures.GENERAL_BUDGET;
import static org.fiscaldisclosure.statements.figures.StatementFigures.GENERAL_BUDGET_BASIC;
import static org.fiscaldisclosure.statements.figures.StatementFigures.GENERAL_BUDGET_SUMMARY;
import static org.fiscaldisclosure.statements.figures.StatementFigures.GOVERNMENT_FUND;
import static org.fiscaldisclosure.statements.figures.StatementFigures.GOVERNMENT_FUND_BASIC;
import static org.fiscaldisclosure.statements.figures.StatementFigures.STATE_CAPITAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fiscaldisclosure.contracts.part.statements.AssetHoldings;
import org.fiscaldisclosure.contracts.part.statements.BudgetLine;
import org.fiscaldisclosure.contracts.part.statements.ThreePublicCounts;
import org.fiscaldisclosure.contracts.part.statements.UnitInfo;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.statements.figures.StatementFigures;
import org.fiscaldisclosure.statements.figures.StatementsContext;
import org.fiscaldisclosure.statements.narrative.StatementsNarrative.Paragraph;
import org.fiscaldisclosure.statements.narrative.StatementsNarrative.Section;

/**
 * Writes 第二部分 决算说明 (all seven sections) and the statement sections of 第三部分 (三公, 机关运行经费, 国有资产占用,
 * 专业名词解释) from the stored figures. Every amount and share in the text is computed here from the tables; the text
 * never contains template instructions or alternatives such as “增加（减少）”.
 */
public final class NarrativeWriter {

    private static final Map<String, String> ECONOMIC_CLASS_CONTENTS = Map.of(
            "301", "工资福利支出包括基本工资、津贴补贴、奖金、伙食补助费、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、其他社会保障缴费、住房公积金、医疗费、其他工资福利支出等",
            "302", "商品和服务支出包括办公费、印刷费、咨询费、手续费、水费、电费、邮电费、取暖费、物业管理费、差旅费、因公出国（境）费用、维修（护）费、租赁费、会议费、培训费、公务接待费、专用材料费、劳务费、委托业务费、工会经费、福利费、公务用车运行维护费、其他交通费用、其他商品和服务支出等",
            "303", "对个人和家庭的补助支出包括离休费、退休费、抚恤金、生活补助、救济费、医疗费补助、助学金、奖励金、其他对个人和家庭的补助等",
            "310", "资本性支出包括办公设备购置、专用设备购置等");
    private static final List<String> DEFINITIONS = List.of(
            "基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
            "项目支出：指在基本支出之外为完成特定行政任务或事业发展目标所发生的支出。",
            "“三公”经费：是指单位通过财政拨款资金安排的因公出国（境）费、公务用车购置及运行费和公务接待费。其中，因公出国（境）费指单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及运行费指单位公务用车购置支出（含车辆购置税、牌照费）及单位按规定保留的公务用车燃料费、维修费、过路过桥费、保险费、安全奖励费等支出；公务接待费指单位按规定开支的各类公务接待（含外宾接待）支出。",
            "机关运行经费：指为保障行政单位（含参照公务员法管理事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。",
            "政府采购：指各级国家机关、事业单位和团体组织，使用财政性资金采购依法制定的集中目录以内的或者采购限额标准以上的货物、工程和服务的行为，是规范财政支出管理和强化预算约束的有效措施。",
            "政府购买服务：是指各级国家机关将属于自身职责范围且适合通过市场化方式提供的服务事项，按照政府采购方式和程序，交由符合条件的服务供应商承担，并根据服务数量和质量等因素向其支付费用的行为。");
    private static final String NOT_INVOLVED = "本单位不涉及。";
    /** The fund each fund-specific table reports (the 2023 set's 一般公共预算财政拨款收入支出决算表 included). */
    private static final Map<String, String> FUND_OF_TABLE = Map.of(GENERAL_BUDGET, GENERAL_BUDGET,
            GENERAL_BUDGET_SUMMARY, GENERAL_BUDGET, GENERAL_BUDGET_BASIC, GENERAL_BUDGET, GOVERNMENT_FUND, GOVERNMENT_FUND,
            GOVERNMENT_FUND_BASIC, GOVERNMENT_FUND, STATE_CAPITAL, STATE_CAPITAL);

    private final StatementsContext ctx;
    private final StatementFigures f;
    private final int year;

    private NarrativeWriter(StatementsContext ctx) {
        this.ctx = ctx;
        this.f = ctx.figures();
        this.year = ctx.year();
    }

    public static StatementsNarrative write(String unitCode, long revision, StatementsContext ctx) {
        return new StatementsNarrative(unitCode, ctx.year(), revision, sections(ctx));
    }

    /** The sections of the narrative, in order: part 2 (决算说明) then the statement sections of part 3. */
    public static List<Section> sections(StatementsContext ctx) {
        NarrativeWriter w = new NarrativeWriter(ctx);
        List<Section> sections = new ArrayList<>();
        sections.add(w.basicInfo());
        sections.add(w.overall());
        sections.add(w.appropriationOverall());
        sections.add(w.generalBudget());
        sections.add(w.governmentFund());
        sections.add(w.stateCapital());
        sections.add(w.basicExpenditure());
        sections.add(w.threePublic());
        sections.add(w.officeOperatingCost());
        sections.add(w.assets());
        sections.add(w.glossary());
        return List.copyOf(sections);
    }

    /**
     * The fixed statement the narrative makes for a fund without figures, as the note of an empty statement table of
     * that fund (一般公共预算, 政府性基金 or 国有资本经营预算 财政拨款; the unit's chosen wording, e.g. 本单位不涉及。); empty
     * when the table has figures or no such statement belongs to it.
     */
    public static Optional<String> emptyTableStatement(StatementsContext ctx, String table) {
        String fund = FUND_OF_TABLE.get(table);
        if (fund == null || !ctx.figures().isEmpty(table)) {
            return Optional.empty();
        }
        return new NarrativeWriter(ctx).emptyStatement(fund);
    }

    private String y() {
        return year + "年度";
    }

    private boolean newUnit() {
        return ctx.part().unit().newlyEstablished();
    }

    /** The year-on-year sentence for a figure, with its stated reason; empty for a new unit or without a prior figure. */
    private String yearOnYear(String key, Amount now) {
        if (newUnit()) {
            return "";
        }
        Optional<Amount> before = ctx.prior(key);
        if (before.isEmpty()) {
            return "";
        }
        String reason = ctx.part().priorYear().reasons().get(key);
        String sentence = Wording.change(now, before.get());
        return sentence + (reason == null || reason.isBlank() || now.equals(before.get()) ? "。" : "，主要原因是" + reason.replaceAll("[。.]$", "") + "。");
    }

    private Section basicInfo() {
        UnitInfo u = ctx.part().unit();
        List<Paragraph> ps = new ArrayList<>();
        ps.add(Paragraph.heading("机构设置、职责"));
        ps.add(Paragraph.text(u.duties() == null || u.duties().isBlank() ? u.name() + "。" : u.duties()));
        return new Section(2, "basic-info", "一、部门/单位基本情况", ps);
    }

    private Section overall() {
        List<Paragraph> ps = new ArrayList<>();
        Amount grand = f.publishedGrandTotal();
        String opening = y() + "收、支总计" + Wording.wan(grand) + "，";
        String grandYoy = yearOnYear("grandTotal", grand);
        ps.add(Paragraph.text(newUnit() ? opening + "本单位为本年新增单位，不与上年比较。"
                : grandYoy.isEmpty() ? y() + "收、支总计" + Wording.wan(grand) + "。" : opening + grandYoy));
        ps.add(Paragraph.heading("（一）收入决算说明"));
        Amount income = f.publishedIncomeTotal();
        ps.add(Paragraph.text(y() + "本年收入合计" + Wording.wan(income) + "。" + yearOnYear("incomeTotal", income)));
        Amount appropriation = f.appropriationIncome();
        ps.add(Paragraph.text("1.财政拨款收入" + Wording.wan(appropriation) + "，占收入合计的" + Wording.share(appropriation, income)
                + "。其中：一般公共预算财政拨款收入" + sourceShare("generalBudgetAppropriation", income)
                + "；政府性基金预算财政拨款收入" + sourceShare("governmentFundAppropriation", income)
                + "；国有资本经营预算财政拨款收入" + sourceShare("stateCapitalAppropriation", income) + "。"));
        ps.add(Paragraph.text("2.上级补助收入" + sourceShare("superiorSubsidy", income) + "；"));
        ps.add(Paragraph.text("3.事业收入" + sourceShare("businessIncome", income) + "；"));
        ps.add(Paragraph.text("4.经营收入" + sourceShare("operatingIncome", income) + "；"));
        ps.add(Paragraph.text("5.附属单位上缴收入" + sourceShare("affiliatedRemittance", income) + "；"));
        ps.add(Paragraph.text("6.其他收入" + sourceShare("otherIncome", income) + "。"));
        ps.add(Paragraph.chart("income-by-source", "图1：收入决算"));
        ps.add(Paragraph.heading("（二）支出决算说明"));
        Amount spent = f.publishedExpenditureTotal();
        ps.add(Paragraph.text(y() + "本年支出合计" + Wording.wan(spent) + "，其中：基本支出" + useShare("basic", spent)
                + "；项目支出" + useShare("project", spent) + "；上缴上级支出" + useShare("remittanceToSuperior", spent)
                + "；经营支出" + useShare("operating", spent) + "；对附属单位补助支出" + useShare("subsidyToAffiliated", spent) + "。"
                + yearOnYear("expenditureTotal", spent)));
        ps.add(Paragraph.chart("expenditure-by-use", "图2：基本支出和项目支出情况"));
        return new Section(2, "overall", "二、收入支出决算总体情况说明", ps);
    }

    private String sourceShare(String source, Amount whole) {
        return Wording.wan(f.source(source)) + "，占收入合计的" + Wording.share(f.source(source), whole);
    }

    private String useShare(String use, Amount whole) {
        return Wording.wan(f.use(use)) + "，占支出合计的" + Wording.share(f.use(use), whole);
    }

    private Section appropriationOverall() {
        Amount total = f.appropriationGrandTotal();
        String yoy = yearOnYear("appropriationGrandTotal", total);
        return new Section(2, "appropriation", "三、财政拨款收入支出决算总体情况说明",
                List.of(Paragraph.text(y() + "财政拨款收、支总计" + Wording.wan(total) + (yoy.isEmpty() ? "。" : "，" + yoy))));
    }

    private Section generalBudget() {
        List<Paragraph> ps = new ArrayList<>();
        Amount total = f.columnTotal(GENERAL_BUDGET, "total");
        ps.add(Paragraph.heading("（一）一般公共预算财政拨款支出决算总体情况"));
        Optional<String> none = emptyStatement(GENERAL_BUDGET);
        if (none.isPresent()) {
            ps.add(Paragraph.text(none.get()));
            return new Section(2, "general-budget", "四、一般公共预算财政拨款支出决算情况说明", ps);
        }
        List<String> byClass = new ArrayList<>();
        for (String c : f.classes(GENERAL_BUDGET)) {
            Amount a = f.value(GENERAL_BUDGET, c, "total");
            byClass.add(name(c) + Wording.wan(a) + "，占本年财政拨款支出" + Wording.share(a, total));
        }
        String yoy = yearOnYear("generalBudgetExpenditure", total);
        ps.add(Paragraph.text(y() + "一般公共预算财政拨款支出" + Wording.wan(total) + "，主要用于以下方面（按大类）："
                + String.join("；", byClass) + "。" + yoy));
        ps.add(Paragraph.chart("general-budget-by-class", "图3：一般公共预算财政拨款支出（按类）"));
        ps.add(Paragraph.heading("（二）一般公共预算财政拨款支出决算具体情况"));
        List<String> codes = new ArrayList<>();
        for (int len : new int[] {3, 5, 7}) {
            codes.addAll(f.codesOfLength(GENERAL_BUDGET, len));
        }
        codes.sort(String::compareTo); // 201, 20139, 2013901, ...: each 款 after its 类, each 项 after its 款
        for (String code : codes) {
            ps.add(Paragraph.text(budgetLine(code)));
        }
        return new Section(2, "general-budget", "四、一般公共预算财政拨款支出决算情况说明", ps);
    }

    private String budgetLine(String code) {
        Amount actual = f.value(GENERAL_BUDGET, code, "total");
        Optional<BudgetLine> line = ctx.part().initialBudget().stream().filter(b -> b.code().equals(code)).findFirst();
        String level = code.length() == 3 ? "类" : code.length() == 5 ? "款" : "项";
        String head = "“" + name(code) + "”（" + level + "）";
        if (line.isEmpty()) {
            return head + y() + "决算" + Wording.wan(actual) + "。";
        }
        Amount budget = line.get().initialBudget();
        String completion = Wording.completion(actual, budget);
        String text = head + y() + "年初预算" + Wording.wan(budget) + "，" + y() + "决算" + Wording.wan(actual)
                + (completion == null ? "" : "，完成年初预算的" + completion);
        if (!actual.equals(budget) && line.get().reason() != null && !line.get().reason().isBlank()) {
            text += "，决算数与年初预算数存在差异的主要原因是" + line.get().reason().replaceAll("[。.]$", "");
        }
        return text + "。";
    }

    private String name(String code) {
        String kind = code.length() == 3 || code.length() == 5 || code.length() == 7 ? "func" : "";
        return ctx.catalogue().find(kind, code).map(e -> e.name())
                .orElseGet(() -> f.table(GENERAL_BUDGET).flatMap(t -> t.row(code)).map(r -> r.name()).orElse(code));
    }

    private String empty(String zeroSentence) {
        return ctx.part().unit().emptyWording() == UnitInfo.EmptyWording.NOT_INVOLVED ? NOT_INVOLVED : zeroSentence;
    }

    /** The statement for a fund whose table has no figures, in the unit's chosen wording; empty otherwise. */
    private Optional<String> emptyStatement(String fund) {
        return switch (fund) {
            case GENERAL_BUDGET -> f.columnTotal(GENERAL_BUDGET, "total").isZero()
                    ? Optional.of(empty(y() + "一般公共预算财政拨款支出0万元。")) : Optional.empty();
            case GOVERNMENT_FUND -> f.isEmpty(GOVERNMENT_FUND)
                    ? Optional.of(empty(y() + "政府性基金预算财政拨款支出0万元。")) : Optional.empty();
            case STATE_CAPITAL -> f.isEmpty(STATE_CAPITAL)
                    ? Optional.of(empty(y() + "国有资本经营预算财政拨款收入总计0万元，国有资本经营预算财政拨款支出总计0万元。"))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Section governmentFund() {
        Amount total = f.columnTotal(GOVERNMENT_FUND, "total");
        Optional<String> none = emptyStatement(GOVERNMENT_FUND);
        String text;
        if (none.isPresent()) {
            text = none.get();
        } else {
            List<String> parts = new ArrayList<>();
            for (String c : f.classes(GOVERNMENT_FUND)) {
                Amount a = f.value(GOVERNMENT_FUND, c, "total");
                parts.add(name(c) + Wording.wan(a) + "，占" + Wording.share(a, total));
            }
            text = y() + "政府性基金预算财政拨款收入" + Wording.wan(f.columnTotal(GOVERNMENT_FUND, "income")) + "，支出"
                    + Wording.wan(total) + "，其中：" + String.join("；", parts) + "。";
        }
        return new Section(2, "government-fund", "五、政府性基金预算财政拨款支出决算情况说明", List.of(Paragraph.text(text)));
    }

    private Section stateCapital() {
        Amount total = f.columnTotal(STATE_CAPITAL, "total");
        String text = emptyStatement(STATE_CAPITAL).orElseGet(() -> y() + "国有资本经营预算财政拨款收入总计"
                + Wording.wan(f.appropriationByFund("stateCapital")) + "，国有资本经营预算财政拨款支出总计" + Wording.wan(total) + "。");
        return new Section(2, "state-capital", "六、国有资本经营预算财政拨款收支情况", List.of(Paragraph.text(text)));
    }

    private Section basicExpenditure() {
        Amount general = f.columnTotal(GENERAL_BUDGET_BASIC, "amount");
        Amount fund = f.columnTotal(GOVERNMENT_FUND_BASIC, "amount");
        Amount personnel = f.personnel(GENERAL_BUDGET_BASIC).plus(f.personnel(GOVERNMENT_FUND_BASIC));
        Amount publicUse = f.publicUse(GENERAL_BUDGET_BASIC).plus(f.publicUse(GOVERNMENT_FUND_BASIC));
        StringBuilder text = new StringBuilder(y() + "使用一般公共预算财政拨款安排基本支出" + Wording.wan(general)
                + "，使用政府性基金财政拨款安排基本支出" + Wording.wan(fund) + "，其中：人员经费" + Wording.wan(personnel)
                + "，公用经费" + Wording.wan(publicUse) + "。" + yearOnYear("generalBudgetBasic", general));
        List<Paragraph> ps = new ArrayList<>();
        ps.add(Paragraph.text(text.toString()));
        int n = 1;
        for (String c : List.of("301", "303", "302", "310")) {
            if (!f.value(GENERAL_BUDGET_BASIC, c, "amount").plus(f.value(GOVERNMENT_FUND_BASIC, c, "amount")).isZero()) {
                Amount a = f.value(GENERAL_BUDGET_BASIC, c, "amount").plus(f.value(GOVERNMENT_FUND_BASIC, c, "amount"));
                ps.add(Paragraph.text("（" + n++ + "）" + ECONOMIC_CLASS_CONTENTS.get(c).replaceFirst("包括", Wording.wan(a) + "，包括") + "。"));
            }
        }
        return new Section(2, "basic-expenditure", "七、财政拨款基本支出决算情况说明", ps);
    }

    private Section threePublic() {
        Amount actual = f.publishedThreePublicTotal("actual");
        Amount budget = f.publishedThreePublicTotal("budget");
        List<Paragraph> ps = new ArrayList<>();
        String completion = Wording.completion(actual, budget);
        ps.add(Paragraph.text(y() + "“三公”经费财政拨款决算数" + Wording.wan(actual) + "，" + Wording.againstBudget(actual, budget)
                + (completion == null ? "" : "，完成年初预算的" + completion) + "。" + yearOnYear("threePublic", actual)));
        ps.add(Paragraph.text("其中：因公出国（境）费决算数" + item("abroad") + "；公务用车购置及运行费决算数"
                + share(f.publishedVehicles("actual")) + "（公务用车购置费" + Wording.wan(f.threePublic("vehiclePurchase", "actual"))
                + "，公务用车运行费" + Wording.wan(f.threePublic("vehicleOperation", "actual")) + "）；公务接待费决算数"
                + item("reception") + "。"));
        ThreePublicCounts c = ctx.part().other().threePublicCounts();
        ps.add(Paragraph.text(y() + "因公出国（境）团组" + c.abroadGroups() + "个、" + c.abroadPersons() + "人次；公务用车购置"
                + c.vehiclesPurchased() + "辆，公务用车保有量" + c.vehiclesHeld() + "辆；国内公务接待" + c.receptionBatches() + "批次、"
                + c.receptionPersons() + "人次。"));
        return new Section(3, "three-public", "一、“三公”经费财政拨款决算情况", ps);
    }

    private String item(String row) {
        return share(f.threePublic(row, "actual"));
    }

    /** An amount of 三公 with its share of the 三公 total (no share of a zero total). */
    private String share(Amount a) {
        Amount total = f.publishedThreePublicTotal("actual");
        return Wording.wan(a) + (total.isZero() ? "" : "，占“三公”经费的" + Wording.share(a, total));
    }

    private Section officeOperatingCost() {
        Amount cost = ctx.part().other().officeOperatingCost();
        String text = ctx.part().unit().kind() == UnitInfo.UnitKind.ADMINISTRATIVE
                ? y() + "机关运行经费支出合计" + Wording.wan(cost) + "。" + yearOnYear("officeOperatingCost", cost)
                : NOT_INVOLVED;
        return new Section(3, "office-operating-cost", "二、机关运行经费支出情况", List.of(Paragraph.text(text)));
    }

    private Section assets() {
        AssetHoldings a = ctx.part().other().assets();
        String text = a.isEmpty() ? NOT_INVOLVED
                : "截至" + year + "年12月31日，本单位共有车辆" + a.vehicles() + "辆，其中：副部（省）级及以上领导用车"
                        + a.leadershipVehicles() + "辆、主要领导干部用车" + a.principalVehicles() + "辆、机要通信用车"
                        + a.confidentialVehicles() + "辆、应急保障用车" + a.emergencyVehicles() + "辆、执法执勤用车"
                        + a.lawEnforcementVehicles() + "辆、特种专业技术用车" + a.specialVehicles() + "辆、离退休干部服务用车"
                        + a.retireeVehicles() + "辆、其他用车" + a.otherVehicles() + "辆；单位价值100万元以上设备"
                        + a.equipmentOverOneMillion() + "台（套）。";
        return new Section(3, "assets", "四、国有资产占用情况", List.of(Paragraph.text(text)));
    }

    private Section glossary() {
        List<Paragraph> ps = new ArrayList<>();
        int n = 1;
        for (String d : DEFINITIONS) {
            ps.add(Paragraph.text(n++ + "." + d));
        }
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(ctx.part().other().itemExplanations()).entrySet()) {
            String code = e.getKey();
            String path = code.length() == 7 ? name(code.substring(0, 3)) + "（类）" + name(code.substring(0, 5)) + "（款）"
                    + name(code) + "（项）" : name(code);
            String explanation = e.getValue();
            ps.add(Paragraph.text(n++ + "." + (explanation.startsWith(path) ? explanation : path + "：" + explanation)));
        }
        return new Section(3, "glossary", "六、专业名词解释", ps);
    }
}
