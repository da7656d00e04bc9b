package org.fiscaldisclosure.disclosure;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.document.Block;
import org.fiscaldisclosure.contracts.document.Cell;
import org.fiscaldisclosure.contracts.document.Chart;
import org.fiscaldisclosure.contracts.document.Classification;
import org.fiscaldisclosure.contracts.document.Column;
import org.fiscaldisclosure.contracts.document.DocumentSection;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.contracts.document.PartDocument;
import org.fiscaldisclosure.contracts.document.Slot;
import org.fiscaldisclosure.contracts.document.TableRow;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.Severity;
import org.fiscaldisclosure.disclosure.document.ExactJson;
import org.fiscaldisclosure.disclosure.findings.ExplanationView;
import org.fiscaldisclosure.disclosure.findings.FindingsReport;
import org.fiscaldisclosure.disclosure.findings.LocatedFinding;
import org.fiscaldisclosure.disclosure.published.ApprovalView;
import org.fiscaldisclosure.disclosure.published.PublishedDocument;
import org.fiscaldisclosure.disclosure.rendering.RenderInput;

/**
 * The one fixture of the rendering tests: the three parts' documents as their producers would write them (the
 * producers are played here), shaped like the seed's disclosure: 表1 收入支出决算总表, 表3 支出决算表 (功能分类
 * 类/款/项 rows, a two-level header 本年支出 → 基本支出 / 项目支出), 表5 基本支出 by 经济分类 类/款, 表11 政府采购情况表
 * (two-level header), the 决算说明 with a heading, paragraphs and a chart, 名词解释, and a Part 4 project with its
 * funds and indicator tables. Known figures: 2010301 行政运行 2,165,432.10 元 = 216.54 万元; 政府购买服务 216,650 元
 * = 21.67 万元 (21.665 HALF_UP).
 */
public final class DocumentFixture {

    public static final String UNIT_NAME = "中共北京市西城区委社会工作部";
    public static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    /** The narrative paragraph the browser and PDF tests look for. */
    public static final String NARRATIVE = "2024年度收入总计358.64万元，支出总计358.64万元。与2023年度相比，收入总计增加12.30万元，增长3.55%，主要原因是新增社会工作人才培养项目。";
    public static final String CHART_CAPTION = "图1 2024年度收入决算情况";

    private DocumentFixture() {
    }

    static Cell yuan(String yuan) {
        return Cell.amount(new BigDecimal(yuan));
    }

    static Cell text(String text) {
        return Cell.text(text);
    }

    static TableRow row(String code, int level, boolean emphasis, Cell... cells) {
        return new TableRow(code, level, emphasis, List.of(cells));
    }

    public static DocumentTable summaryTable() {
        return new DocumentTable("T1", "收入支出决算总表", "公开01表",
                List.of(new Column("income", "收入项目", "收入"), new Column("incomeAmount", "金额", "收入"),
                        new Column("expenditure", "支出项目", "支出"), new Column("expenditureAmount", "金额", "支出")),
                List.of(row("generalBudgetAppropriation", 0, false, text("一、一般公共预算财政拨款收入"), yuan("3586400.00"),
                                text("一、一般公共服务支出"), yuan("2265432.10")),
                        row("businessIncome", 0, false, text("二、事业收入"), Cell.empty(), text("二、社会保障和就业支出"), yuan("1320967.90")),
                        row("incomeTotal", 0, true, text("本年收入合计"), yuan("3586400.00"), text("本年支出合计"), yuan("3586400.00"))),
                List.of("注：本表反映部门本年度的总收支和年末结转结余情况。"), null);
    }

    /** 表3: functional classification 类/款/项, a two-level header. */
    public static DocumentTable expenditureTable() {
        return new DocumentTable("T3", "支出决算表", "公开03表",
                List.of(new Column("code", "科目编码", null), new Column("name", "科目名称", null),
                        new Column("total", "合计", "本年支出"), new Column("basic", "基本支出", "本年支出"),
                        new Column("project", "项目支出", "本年支出")),
                List.of(row("合计", 0, true, text("合计").spanning(2), yuan("3586400.00"), yuan("85200.00"), yuan("3501200.00")),
                        row("201", 1, false, text("201"), text("一般公共服务支出"), yuan("2265432.10"), yuan("85200.00"), yuan("2180232.10")),
                        row("20103", 2, false, text("20103"), text("政府办公厅（室）及相关机构事务"), yuan("2265432.10"), yuan("85200.00"), yuan("2180232.10")),
                        row("2010301", 3, false, text("2010301"), text("行政运行"), yuan("2165432.10"), yuan("85200.00"), yuan("2080232.10")),
                        row("2010350", 3, false, text("2010350"), text("事业运行"), yuan("100000.00"), Cell.empty(), yuan("100000.00")),
                        row("208", 1, false, text("208"), text("社会保障和就业支出"), yuan("1320967.90"), Cell.empty(), yuan("1320967.90")),
                        row("20805", 2, false, text("20805"), text("行政事业单位养老支出"), yuan("1320967.90"), Cell.empty(), yuan("1320967.90")),
                        row("2080505", 3, false, text("2080505"), text("机关事业单位基本养老保险缴费支出"), yuan("1320967.90"), Cell.empty(), yuan("1320967.90"))),
                List.of("注：本表反映部门本年度各项支出情况。"), Classification.FUNCTIONAL);
    }

    /** 表5: economic classification 类/款. */
    public static DocumentTable basicExpenditureTable() {
        return new DocumentTable("T5", "一般公共预算财政拨款基本支出决算表", "公开05表",
                List.of(new Column("code", "科目编码", null), new Column("name", "科目名称", null), new Column("amount", "决算数", null)),
                List.of(row("合计", 0, true, text("合计").spanning(2), yuan("85200.00")),
                        row("301", 1, false, text("301"), text("工资福利支出"), yuan("60000.00")),
                        row("30101", 2, false, text("30101"), text("基本工资"), yuan("40000.00")),
                        row("30102", 2, false, text("30102"), text("津贴补贴"), yuan("20000.00")),
                        row("302", 1, false, text("302"), text("商品和服务支出"), yuan("25200.00")),
                        row("30201", 2, false, text("30201"), text("办公费"), yuan("25200.00"))),
                List.of(), Classification.ECONOMIC);
    }

    public static DocumentTable procurementTable() {
        return new DocumentTable("T11", "政府采购情况表", "公开11表",
                List.of(new Column("item", "项目", null), new Column("goods", "货物", "政府采购合同金额"),
                        new Column("works", "工程", "政府采购合同金额"), new Column("services", "服务", "政府采购合同金额"),
                        new Column("sme", "授予中小企业合同金额", "其中"), new Column("smeShare", "占比", "其中")),
                List.of(row("total", 0, true, text("合计"), Cell.empty(), Cell.empty(), yuan("195300.00"), yuan("195300.00"),
                        Cell.percent(new BigDecimal("100.00")))),
                List.of("注：政府采购支出按合同金额统计。"), null);
    }

    public static DocumentTable projectFundsTable() {
        return new DocumentTable("P4-funds", "项目资金情况", null,
                List.of(new Column("item", "项目", null), new Column("initial", "年初预算数", null), new Column("full", "全年预算数", null),
                        new Column("actual", "全年执行数", null), new Column("rate", "执行率", null), new Column("score", "得分", null)),
                List.of(row("funds", 0, true, text("年度资金总额"), yuan("220000.00"), yuan("216650.00"), yuan("216650.00"),
                        Cell.percent(new BigDecimal("100")), Cell.number(new BigDecimal("10")))),
                List.of(), null);
    }

    /** The Part 4 indicator table (一级/二级/三级指标, values, scores). */
    public static DocumentTable indicatorTable() {
        return new DocumentTable("P4-indicators", "项目绩效指标完成情况", null,
                List.of(new Column("l1", "一级指标", null), new Column("l2", "二级指标", null), new Column("l3", "三级指标", null),
                        new Column("target", "年度指标值", null), new Column("actual", "实际完成值", null),
                        new Column("weight", "分值", null), new Column("score", "得分", null)),
                List.of(row("产出指标/数量指标/培训人次", 0, false, text("产出指标"), text("数量指标"), text("培训人次"), text("≥500人次"),
                                text("612人次"), Cell.number(new BigDecimal("20")), Cell.number(new BigDecimal("20"))),
                        row("产出指标/成本指标/人均培训成本", 0, false, text("产出指标"), text("成本指标"), text("人均培训成本"), text("≤1.195万元"),
                                text("1.18万元"), Cell.number(new BigDecimal("10")), Cell.number(new BigDecimal("10"))),
                        row("效益指标/社会效益指标/服务满意度", 0, false, text("效益指标"), text("社会效益指标"), text("服务满意度"),
                                text("≥90%"), text("95.6%"), Cell.number(new BigDecimal("20")), Cell.number(new BigDecimal("19.5"))),
                        row("total", 0, true, text("总分").spanning(5), Cell.number(new BigDecimal("100")), Cell.number(new BigDecimal("97.5")))),
                List.of("注：偏差原因及改进措施见自评报告。"), null);
    }

    public static String chartSvg() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"360\" viewBox=\"0 0 640 360\""
                + " font-family=\"'WenQuanYi Micro Hei','Noto Sans CJK SC',sans-serif\" font-size=\"13\" role=\"img\">"
                + "<title>收入决算</title>"
                + "<circle cx=\"170\" cy=\"190\" r=\"140\" fill=\"#2f6fb3\"/>"
                + "<path d=\"M170,190 L170,50 A140,140 0 0,1 290.20,118.40 Z\" fill=\"#e08a2c\" stroke=\"#fff\"/>"
                + "<rect x=\"350\" y=\"28\" width=\"14\" height=\"14\" fill=\"#2f6fb3\"/>"
                + "<text x=\"370\" y=\"40\" text-anchor=\"start\">财政拨款收入 358.64万元（100.00%）</text>"
                + "</svg>";
    }

    public static PartDocument statements() {
        return new PartDocument(List.of(
                new DocumentSection(Slot.STATEMENT_TABLES, "T1", "收入支出决算总表", List.of(Block.table(summaryTable()))),
                new DocumentSection(Slot.STATEMENT_TABLES, "T3", "支出决算表", List.of(Block.table(expenditureTable()))),
                new DocumentSection(Slot.STATEMENT_TABLES, "T5", "一般公共预算财政拨款基本支出决算表", List.of(Block.table(basicExpenditureTable()))),
                new DocumentSection(Slot.EXPLANATION, "P2-overview", "收入支出决算总体情况说明", List.of(
                        Block.heading("（一）收入支出决算总体情况"),
                        Block.paragraph(NARRATIVE),
                        Block.chart(new Chart("income-by-source", CHART_CAPTION, chartSvg())),
                        Block.paragraph("本年收入合计358.64万元，其中：财政拨款收入358.64万元，占100.00%。"))),
                new DocumentSection(Slot.TERMS, "P3-terms", "专业名词解释", List.of(
                        Block.paragraph("1.财政拨款收入：指本级财政当年拨付的资金。"),
                        Block.paragraph("2.机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金。")))));
    }

    public static PartDocument procurement() {
        return new PartDocument(List.of(
                new DocumentSection(Slot.PROCUREMENT_TABLES, "T11", "政府采购情况表", List.of(Block.table(procurementTable()))),
                new DocumentSection(Slot.PURCHASED_SERVICES, "P3-services", "政府购买服务支出说明", List.of(
                        Block.paragraph("2024年度政府购买服务支出21.67万元。")))));
    }

    public static PartDocument performance() {
        return new PartDocument(List.of(
                new DocumentSection(Slot.DEPARTMENT_EVALUATION, "P4-dept", "部门整体绩效评价", List.of(
                        Block.paragraph("2024年度部门整体绩效自评得分98分，评价等级为优。"))),
                new DocumentSection(Slot.PROJECT_EVALUATIONS, "P4-project-11010224T000001", "社会工作人才培养项目绩效自评", List.of(
                        Block.heading("项目支出绩效自评表"),
                        Block.heading("（一）项目资金情况"),
                        Block.table(projectFundsTable()),
                        Block.heading("（二）绩效指标完成情况"),
                        Block.table(indicatorTable())))));
    }

    public static Map<PartKind, PartDocument> documents() {
        Map<PartKind, PartDocument> m = new LinkedHashMap<>();
        m.put(PartKind.STATEMENTS, statements());
        m.put(PartKind.PROCUREMENT, procurement());
        m.put(PartKind.PERFORMANCE, performance());
        return m;
    }

    /** A document as JSON, exactly as a producer's event carries it. */
    public static JsonNode json(PartDocument document) {
        return JSON.valueToTree(document);
    }

    /**
     * A published version of the fixture's documents (without a real publication), for the rendering unit tests.
     *
     * @param documents by part; a part absent here was not received
     */
    public static PublishedDocument published(Map<PartKind, PartDocument> documents, String note, String explanation) {
        Map<String, JsonNode> parts = new LinkedHashMap<>();
        documents.forEach((kind, doc) -> {
            ObjectNode p = JSON.createObjectNode();
            p.put("unitCode", "110102-SWD").put("fiscalYear", 2024).put("revision", 1).put("revisedAt", "2026-11-28T10:00:00Z");
            p.set("headline", JSON.createObjectNode());
            if (doc != null) {
                p.set("document", json(doc));
            }
            parts.put(kind.key(), p);
        });
        List<LocatedFinding> findings = new ArrayList<>();
        if (explanation != null) {
            Finding f = new Finding("DS-T12-001", Severity.WARNING, "procurement", "T12", "政府购买服务支出", "purchasedServicesTotal",
                    new BigDecimal("216650.00"), new BigDecimal("195300.00"), new BigDecimal("21350.00"), "政府购买服务支出超过政府采购服务支出");
            findings.add(LocatedFinding.of(f, "disclosure",
                    new ExplanationView("DS-T12-001", LocatedFinding.locationOf(f), explanation, "钱财务", Instant.EPOCH)));
        }
        Instant at = Instant.parse("2026-11-28T02:30:00Z");
        return new PublishedDocument("110102-SWD", 2024, "110102", UNIT_NAME, note == null ? 1 : 2, "ab".repeat(32), at, "赵发布",
                note, new ApprovalView(1, "ab".repeat(32), "王审核", true, "李保密", true, "张部长", at),
                Map.of("statements", 1L, "procurement", 1L, "performance", 1L), Map.of(), FindingsReport.of(findings), parts);
    }

    public static RenderInput input(Map<PartKind, PartDocument> documents) {
        return RenderInput.of(published(documents, null, "低于采购限额的咨询服务"), new ExactJson(new ObjectMapper()));
    }

    public static RenderInput input() {
        return input(documents());
    }
}
