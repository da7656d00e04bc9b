package org.fiscaldisclosure.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.document.Block;
import org.fiscaldisclosure.contracts.document.Cell;
import org.fiscaldisclosure.contracts.document.Classification;
import org.fiscaldisclosure.contracts.document.Column;
import org.fiscaldisclosure.contracts.document.DocumentSection;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.contracts.document.PartDocument;
import org.fiscaldisclosure.contracts.document.Slot;
import org.fiscaldisclosure.contracts.document.TableRow;
import org.fiscaldisclosure.disclosure.overview.PublicationDeadline.Timeliness;
import org.fiscaldisclosure.disclosure.published.PublishedDocument;
import org.fiscaldisclosure.disclosure.quality.QualityCriteria;
import org.fiscaldisclosure.disclosure.quality.QualityItem;
import org.fiscaldisclosure.disclosure.quality.QualityOutcome;
import org.fiscaldisclosure.disclosure.quality.TimelinessResult;
import org.junit.jupiter.api.Test;

/** The inspection criteria on hand-made documents: each rule's failing cases and the legitimate data it must leave quiet. */
class QualityCriteriaTest {

    static final LocalDate REGION_DAY = LocalDate.of(2025, 9, 30);

    @Test
    void publicationWithinTwentyDaysOfTheApprovalIsOnTimeAndTheDayAfterIsLate() {
        LocalDate approved = LocalDate.of(2025, 8, 28);
        // 2025-09-17 23:59 Beijing is the 20th day
        TimelinessResult onTime = QualityCriteria.timeliness(approved, REGION_DAY, Instant.parse("2025-09-17T15:59:00Z"), LocalDate.of(2026, 1, 1));
        assertEquals(Timeliness.ON_TIME, onTime.status());
        assertEquals(LocalDate.of(2025, 9, 17), onTime.deadline());
        assertEquals(TimelinessResult.Basis.ACCOUNTS_APPROVAL, onTime.basis());
        TimelinessResult late = QualityCriteria.timeliness(approved, REGION_DAY, Instant.parse("2025-09-17T16:00:00Z"), LocalDate.of(2026, 1, 1));
        assertEquals(Timeliness.LATE, late.status(), "00:00 of the 21st day, Beijing time, is late though before the region's day");
        assertTrue(late.late());
    }

    @Test
    void withoutAnApprovalDateTheRegionsDayIsTheLimitAndTheRuleNamesNoConfiguration() {
        TimelinessResult t = QualityCriteria.timeliness(null, REGION_DAY, Instant.parse("2025-09-29T02:00:00Z"), LocalDate.of(2026, 1, 1));
        assertEquals(Timeliness.ON_TIME, t.status());
        assertEquals(TimelinessResult.Basis.REGION_DEADLINE, t.basis());
        assertEquals(REGION_DAY, t.deadline());
        assertTrue(!t.rule().contains("fiscal.") && t.rule().contains("2025-09-30"), t.rule());
        assertEquals(Timeliness.OVERDUE, QualityCriteria.timeliness(null, REGION_DAY, null, LocalDate.of(2025, 10, 1)).status());
        TimelinessResult pending = QualityCriteria.timeliness(LocalDate.of(2025, 9, 1), REGION_DAY, null, LocalDate.of(2025, 9, 21));
        assertEquals(Timeliness.PENDING, pending.status(), "the 20th day after the approval is still to come");
        assertTrue(!pending.late());
    }

    @Test
    void completenessNamesEveryMissingTableAndAnEmptyTableWithoutItsStatement() {
        Map<String, PartDocument> docs = new LinkedHashMap<>(Map.of("statements", DocumentFixture.statements(),
                "performance", DocumentFixture.performance()));
        List<QualityItem> items = QualityCriteria.completeness(docs);
        assertEquals(List.of("part:procurement", "T2", "T4", "T6", "T7", "T8", "T9", "T10", "T11", "T12"), failing(items));

        docs.put("procurement", new PartDocument(List.of(section("T11", table("T11", List.of(), List.of("注：本单位不涉及。"))),
                section("T12", table("T12", List.of(), List.of())))));
        items = QualityCriteria.completeness(docs);
        assertEquals(List.of("T2", "T4", "T6", "T7", "T8", "T9", "T10", "T12"), failing(items));
        QualityItem t11 = items.stream().filter(i -> i.item().equals("T11")).findFirst().orElseThrow();
        assertEquals(QualityOutcome.PASS, t11.outcome(), "an empty table with its statement is complete");
        assertTrue(t11.text().contains("本单位不涉及"), t11.text());
    }

    @Test
    void aDisclosureWithEveryTableAndItsEmptyTablesExplainedIsComplete() {
        List<DocumentSection> sections = new ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            boolean empty = n == 7 || n == 8 || n == 9;
            sections.add(section("T" + n, table("T" + n, empty ? List.of(row(null, 0, Cell.text("合计"), Cell.amount(BigDecimal.ZERO)))
                    : List.of(row(null, 0, Cell.text("合计"), Cell.amount(new BigDecimal("10.00")))),
                    empty ? List.of("本单位不涉及。") : List.of())));
        }
        PartDocument all = new PartDocument(sections);
        List<QualityItem> items = QualityCriteria.completeness(Map.of("statements", all, "procurement", all, "performance", all));
        assertEquals(List.of(), failing(items));
        assertEquals(12, items.size());
    }

    @Test
    void detailFailsAClassRowWithAnAmountAndNothingUnderItAndLeavesZeroRowsAndFullTablesQuiet() {
        assertEquals(List.of(), failing(QualityCriteria.detail(DocumentFixture.documents().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().key(), Map.Entry::getValue)))),
                "the fixture's 表3 reaches 项 and its 表5 reaches 款");
        DocumentTable coarse = new DocumentTable("T3", "支出决算表", null, List.of(new Column("code", "科目编码", null),
                new Column("name", "科目名称", null), new Column("total", "合计", null)), List.of(
                row("201", 1, Cell.text("201"), Cell.text("一般公共服务支出"), Cell.amount(new BigDecimal("100.00"))),
                row("20103", 2, Cell.text("20103"), Cell.text("政府办公厅（室）及相关机构事务"), Cell.amount(new BigDecimal("100.00"))),
                row("208", 1, Cell.text("208"), Cell.text("社会保障和就业支出"), Cell.amount(BigDecimal.ZERO))),
                List.of(), Classification.FUNCTIONAL);
        DocumentTable economic = new DocumentTable("T6", "基本支出决算表", null, List.of(new Column("code", "科目编码", null),
                new Column("name", "科目名称", null), new Column("amount", "金额", null)), List.of(
                row("301", 1, Cell.text("301"), Cell.text("工资福利支出"), Cell.amount(new BigDecimal("50.00"))),
                row("30101", 2, Cell.text("30101"), Cell.text("基本工资"), Cell.amount(new BigDecimal("50.00"))),
                row("302", 1, Cell.text("302"), Cell.text("商品和服务支出"), Cell.amount(new BigDecimal("8.00")))),
                List.of(), Classification.ECONOMIC);
        DocumentTable emptyFund = new DocumentTable("T7", "政府性基金预算财政拨款收入支出决算表", null, List.of(new Column("total", "合计", null)),
                List.of(), List.of("本单位不涉及。"), Classification.FUNCTIONAL);
        List<QualityItem> items = QualityCriteria.detail(Map.of("statements", new PartDocument(List.of(section("T3", coarse),
                section("T6", economic), section("T7", emptyFund)))));
        assertEquals(List.of("T3/20103", "T6/302"), failing(items));
        assertTrue(items.stream().anyMatch(i -> i.item().equals("T7") && i.outcome() == QualityOutcome.NOT_APPLICABLE), items.toString());
        assertTrue(items.stream().filter(i -> i.item().equals("T3/20103")).findFirst().orElseThrow().text().contains("只列到款，应细化到项"));
    }

    @Test
    void detailLeavesTheSummaryTablesThatPrintTheirExpenditureByClassQuietAndStillFailsAClassOnlyTableByFunction() {
        List<Column> columns = List.of(new Column("code", "科目编码", null), new Column("name", "项目", null), new Column("amount", "金额", null));
        // 表1 as the form lays it out: 收入 rows (fixed, level 0) beside the 支出 by 类
        DocumentTable summary = new DocumentTable("T1", "收入支出决算总表", null, columns, List.of(
                row("appropriationIncome", 0, Cell.text(""), Cell.text("一般公共预算财政拨款收入"), Cell.amount(new BigDecimal("150.00"))),
                row("incomeTotal", 0, Cell.text(""), Cell.text("本年收入合计"), Cell.amount(new BigDecimal("150.00"))),
                row("201", 1, Cell.text("201"), Cell.text("一般公共服务支出"), Cell.amount(new BigDecimal("100.00"))),
                row("208", 1, Cell.text("208"), Cell.text("社会保障和就业支出"), Cell.amount(new BigDecimal("50.00")))),
                List.of(), Classification.FUNCTIONAL);
        // 表3 filled to 类 only, with the 合计 row every table by 功能分类 has
        DocumentTable byClassOnly = new DocumentTable("T3", "支出决算表", null, columns, List.of(
                row("total", 0, Cell.text(""), Cell.text("合计"), Cell.amount(new BigDecimal("100.00"))),
                row("201", 1, Cell.text("201"), Cell.text("一般公共服务支出"), Cell.amount(new BigDecimal("100.00")))),
                List.of(), Classification.FUNCTIONAL);
        List<QualityItem> items = QualityCriteria.detail(Map.of("statements", new PartDocument(List.of(section("T1", summary),
                section("T3", byClassOnly)))));
        assertEquals(List.of("T3/201"), failing(items));
        assertTrue(items.stream().anyMatch(i -> i.item().equals("T1") && i.outcome() == QualityOutcome.NOT_APPLICABLE), items.toString());
    }

    @Test
    void aChangeOfThreePublicNeedsItsReason() throws Exception {
        assertEquals(QualityOutcome.FAIL, threePublic("120000.00", "{\"threePublic\": 100000}", "{}", false, null).outcome());
        QualityItem fail = threePublic("120000.00", "{\"threePublic\": 100000}", "{}", false, null);
        assertTrue(fail.text().contains("增加20000.00元（2.00万元），未说明原因"), fail.text());
        QualityItem explained = threePublic("80000.00", "{\"threePublic\": 100000}", "{\"threePublic\": \"压减公务接待\"}", false, null);
        assertEquals(QualityOutcome.PASS, explained.outcome());
        assertTrue(explained.text().contains("减少20000.00元") && explained.text().contains("压减公务接待"), explained.text());
        assertEquals(QualityOutcome.FAIL, threePublic("80000.00", "{}", "{}", false, new BigDecimal("100000.00")).outcome(),
                "the previous year's published figure when the part states none");
    }

    @Test
    void threePublicIsQuietForANewUnitWithoutAPriorFigureWithoutThreePublicAndWhenUnchanged() throws Exception {
        assertEquals(QualityOutcome.NOT_APPLICABLE, threePublic("120000.00", "{\"threePublic\": 100000}", "{}", true, null).outcome());
        assertEquals(QualityOutcome.NOT_APPLICABLE, threePublic("120000.00", "{}", "{}", false, null).outcome());
        assertEquals(QualityOutcome.NOT_APPLICABLE, threePublic("0.00", "{\"threePublic\": 0}", "{}", false, null).outcome());
        assertEquals(QualityOutcome.PASS, threePublic("100000.00", "{\"threePublic\": \"100000.00\"}", "{}", false, null).outcome());
    }

    static QualityItem threePublic(String current, String figures, String reasons, boolean newUnit, BigDecimal previous) throws Exception {
        PublishedDocument d = DocumentFixture.published(DocumentFixture.documents(), null, null);
        ((ObjectNode) d.parts().get("statements")).set("part", DocumentFixture.JSON.readTree("{\"unit\": {\"newlyEstablished\": " + newUnit
                + "}, \"priorYear\": {\"figures\": " + figures + ", \"reasons\": " + reasons + "}}"));
        PublishedDocument withHeadline = new PublishedDocument(d.unitCode(), d.fiscalYear(), d.regionCode(), d.unitName(), d.version(),
                d.contentHash(), d.publishedAt(), d.publishedBy(), d.correctionNote(), d.approval(), d.revisions(),
                Map.of("threePublicActual", new BigDecimal(current)), d.findings(), d.parts());
        List<QualityItem> items = QualityCriteria.threePublic(withHeadline, previous);
        assertEquals(1, items.size());
        return items.get(0);
    }

    @Test
    void theApprovalDateIsReadFromTheStatementsPartAndIgnoredWhenAbsent() throws Exception {
        PublishedDocument d = DocumentFixture.published(DocumentFixture.documents(), null, null);
        assertEquals(null, QualityCriteria.accountsApprovedOn(d));
        ((ObjectNode) d.parts().get("statements")).set("part", DocumentFixture.JSON.readTree("{\"unit\": {\"accountsApprovedOn\": \"2025-08-28\"}}"));
        assertEquals(LocalDate.of(2025, 8, 28), QualityCriteria.accountsApprovedOn(d));
    }

    static List<String> failing(List<QualityItem> items) {
        return items.stream().filter(i -> i.outcome() == QualityOutcome.FAIL).map(QualityItem::item).toList();
    }

    static DocumentSection section(String key, DocumentTable t) {
        return new DocumentSection(Slot.STATEMENT_TABLES, key, t.title(), List.of(Block.table(t)));
    }

    static DocumentTable table(String id, List<TableRow> rows, List<String> notes) {
        return new DocumentTable(id, "表" + id, null, List.of(new Column("item", "项目", null), new Column("amount", "金额", null)), rows, notes, null);
    }

    static TableRow row(String code, int level, Cell... cells) {
        return new TableRow(code, level, false, List.of(cells));
    }
}
