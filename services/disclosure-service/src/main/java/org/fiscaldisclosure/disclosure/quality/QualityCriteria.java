package org.fiscaldisclosure.disclosure.quality;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.document.Block;
import org.fiscaldisclosure.contracts.document.BlockKind;
import org.fiscaldisclosure.contracts.document.Cell;
import org.fiscaldisclosure.contracts.document.CellKind;
import org.fiscaldisclosure.contracts.document.Classification;
import org.fiscaldisclosure.contracts.document.DocumentSection;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.contracts.document.PartDocument;
import org.fiscaldisclosure.contracts.document.TableRow;
import org.fiscaldisclosure.contracts.event.HeadlineFigure;
import org.fiscaldisclosure.disclosure.document.ExactJson;
import org.fiscaldisclosure.disclosure.overview.PublicationDeadline.Timeliness;
import org.fiscaldisclosure.disclosure.overview.PublicationDeadline;
import org.fiscaldisclosure.disclosure.published.PublishedDocument;

/**
 * The inspection criteria of 部门决算公开 computed from a published version (docs/domain.md §9):
 * <ul>
 *   <li>及时性: version 1 published on or before the 20th day after the 决算批复 date the statements part records
 *       (预算法 第十四条, 财预〔2016〕143号), counted in calendar days, Beijing time; without a recorded date, on or before
 *       the region's publication day;</li>
 *   <li>完整性: the three parts received, every table 表1-表12 present, a table without any amount carrying the
 *       statement printed under it (本单位不涉及。 or the zero sentence);</li>
 *   <li>细化程度: every row of a table by 支出功能分类 that has an amount reaches 项 (a 类 or 款 row with an amount
 *       and no row under it fails), every row of a table by 经济分类 (the 基本支出 tables) reaches 款;</li>
 *   <li>“三公”经费变动说明: when the 三公 expenditure differs from the previous year's, the statements part states the
 *       reason. Not applicable to a unit new this year, without a previous year's figure, or without 三公 in either
 *       year.</li>
 * </ul>
 */
public final class QualityCriteria {

    /** Days after the 决算批复 within which a department publishes (财预〔2016〕143号). */
    public static final int DAYS_AFTER_APPROVAL = 20;
    /** The tables of a disclosure: 表1-表10 of the statements (Beijing 2024 set), 表11 政府采购, 表12 政府购买服务. */
    public static final List<String> TABLES = List.of("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12");
    /** The parts and their names. */
    public static final Map<String, String> PARTS = Map.of("statements", "决算报表与决算说明", "procurement", "政府采购与政府购买服务",
            "performance", "绩效评价");

    private QualityCriteria() {
    }

    /** The 决算批复 date the statements part records, or null. */
    public static LocalDate accountsApprovedOn(PublishedDocument d) {
        JsonNode date = statements(d).path("unit").path("accountsApprovedOn");
        if (!date.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(date.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Timeliness against 20 days after the 批复 when recorded, else against the region's day. */
    public static TimelinessResult timeliness(LocalDate approvedOn, LocalDate regionDeadline, Instant firstPublishedAt, LocalDate today) {
        boolean byApproval = approvedOn != null;
        LocalDate deadline = byApproval ? approvedOn.plusDays(DAYS_AFTER_APPROVAL) : regionDeadline;
        Timeliness status = PublicationDeadline.judge(deadline, firstPublishedAt, today);
        String rule = byApproval
                ? "决算批复（" + approvedOn + "）后" + DAYS_AFTER_APPROVAL + "日内（至" + deadline + "，含当日，北京时间）首次公开（财预〔2016〕143号）"
                : "未填决算批复日期，按本地区规定的公开期限（" + deadline + "，含当日，北京时间）判断";
        return new TimelinessResult(byApproval ? TimelinessResult.Basis.ACCOUNTS_APPROVAL : TimelinessResult.Basis.REGION_DEADLINE,
                approvedOn, deadline, firstPublishedAt, status, status.label(), rule);
    }

    static List<QualityItem> timelinessItems(TimelinessResult t) {
        QualityCriterion c = QualityCriterion.TIMELINESS;
        return List.of(switch (t.status()) {
            case ON_TIME -> QualityItem.pass(c, "firstPublication", "按时公开：" + t.rule());
            case LATE -> QualityItem.fail(c, "firstPublication", "逾期公开：" + t.rule());
            case OVERDUE -> QualityItem.fail(c, "firstPublication", "逾期未公开：" + t.rule());
            case PENDING -> QualityItem.notApplicable(c, "firstPublication", "尚未公开，未到期限：" + t.rule());
        });
    }

    /** Every part received, every table present, an empty table with its statement. */
    public static List<QualityItem> completeness(Map<String, PartDocument> documents) {
        QualityCriterion c = QualityCriterion.COMPLETENESS;
        List<QualityItem> items = new ArrayList<>();
        for (String part : List.of("statements", "procurement", "performance")) {
            PartDocument doc = documents.get(part);
            if (doc == null || doc.sections().isEmpty()) {
                items.add(QualityItem.fail(c, "part:" + part, "缺少" + PARTS.get(part) + "部分"));
            }
        }
        Map<String, DocumentTable> tables = tables(documents);
        for (String id : TABLES) {
            DocumentTable t = tables.get(id);
            String name = "表" + id.substring(1) + (t == null || t.title() == null ? "" : " " + t.title());
            if (t == null) {
                items.add(QualityItem.fail(c, id, name + "未公开"));
            } else if (!hasAmount(t)) {
                if (t.notes().isEmpty()) {
                    items.add(QualityItem.fail(c, id, name + "无数据，表下未作说明"));
                } else {
                    items.add(QualityItem.pass(c, id, name + "无数据，已说明：" + String.join(" ", t.notes())));
                }
            } else {
                items.add(QualityItem.pass(c, id, name + "已公开"));
            }
        }
        return items;
    }

    /** 功能分类 to 项, 经济分类 to 款, table by table. */
    public static List<QualityItem> detail(Map<String, PartDocument> documents) {
        QualityCriterion c = QualityCriterion.DETAIL;
        List<QualityItem> items = new ArrayList<>();
        for (DocumentTable t : tables(documents).values()) {
            if (t.classification() == null) {
                continue;
            }
            boolean functional = t.classification() == Classification.FUNCTIONAL;
            int required = functional ? 3 : 2;
            String level = functional ? "项" : "款";
            String name = "表" + t.id().replaceFirst("^T", "") + (t.title() == null ? "" : " " + t.title());
            List<TableRow> classified = t.rows().stream().filter(r -> r.level() > 0 && r.code() != null).toList();
            if (classified.stream().noneMatch(QualityCriteria::rowHasAmount)) {
                items.add(QualityItem.notApplicable(c, t.id(), name + "无数据"));
                continue;
            }
            if (summaryByClass(t, classified)) {
                // 表1 收入支出决算总表 and 表4 财政拨款收入支出决算总表 print their 支出 by 类 beside fixed rows, as the form
                // lays them out; the tables by 功能分类 alone (表2, 表3, 表5 …) carry the detail
                items.add(QualityItem.notApplicable(c, t.id(), name + "：总表按类列示支出，细化程度见分科目的表"));
                continue;
            }
            int before = items.size();
            for (int i = 0; i < classified.size(); i++) {
                TableRow r = classified.get(i);
                boolean hasChild = i + 1 < classified.size() && classified.get(i + 1).level() > r.level();
                if (r.level() < required && !hasChild && rowHasAmount(r)) {
                    items.add(QualityItem.fail(c, t.id() + "/" + r.code(), name + "：科目 " + r.code() + " " + rowLabel(r) + " 只列到"
                            + (r.level() == 1 ? "类" : "款") + "，应细化到" + level));
                }
            }
            if (items.size() == before) {
                items.add(QualityItem.pass(c, t.id(), name + "：" + (functional ? "支出功能分类" : "经济分类") + "细化到" + level));
            }
        }
        return items;
    }

    /**
     * Whether the table is a 总表: fixed rows (收入, 结转, 合计 …) beside 功能分类 rows of 类 only, the layout of 表1 and 表4 of
     * the Beijing sets, whose template prints the 支出 by 类. A table by 功能分类 alone (表2, 表3, 表5 …) has one fixed row,
     * its 合计, so one filled to 类 only is not taken for a 总表 and still fails.
     */
    static boolean summaryByClass(DocumentTable t, List<TableRow> classified) {
        return t.classification() == Classification.FUNCTIONAL && t.rows().stream().filter(r -> r.level() == 0).count() > 1
                && classified.stream().allMatch(r -> r.level() == 1);
    }

    /**
     * Whether a change of 三公 is explained.
     *
     * @param previousPublished the previous year's 三公 from its published disclosure when the suite holds one, or null
     */
    public static List<QualityItem> threePublic(PublishedDocument d, BigDecimal previousPublished) {
        QualityCriterion c = QualityCriterion.THREE_PUBLIC;
        JsonNode part = statements(d);
        if (part.isMissingNode()) {
            return List.of(QualityItem.notApplicable(c, "threePublic", "未收到决算报表部分"));
        }
        if (part.path("unit").path("newlyEstablished").asBoolean(false)) {
            return List.of(QualityItem.notApplicable(c, "threePublic", "本年新设单位，不与上年比较"));
        }
        BigDecimal current = d.headline() == null ? null : d.headline().get(HeadlineFigure.THREE_PUBLIC_ACTUAL.key());
        BigDecimal prior = ExactJson.decimal(part.path("priorYear").path("figures").path("threePublic"));
        if (prior == null) {
            prior = previousPublished;
        }
        if (current == null || prior == null) {
            return List.of(QualityItem.notApplicable(c, "threePublic", "无上年“三公”经费数可比"));
        }
        if (current.signum() == 0 && prior.signum() == 0) {
            return List.of(QualityItem.notApplicable(c, "threePublic", "本年与上年均无“三公”经费支出"));
        }
        int cmp = current.compareTo(prior);
        if (cmp == 0) {
            return List.of(QualityItem.pass(c, "threePublic", "“三公”经费支出与上年持平"));
        }
        BigDecimal change = current.subtract(prior).abs();
        String words = "“三公”经费支出比上年" + (cmp > 0 ? "增加" : "减少") + change.setScale(2, RoundingMode.HALF_UP).toPlainString() + "元（"
                + change.movePointLeft(4).setScale(2, RoundingMode.HALF_UP).toPlainString() + "万元）";
        String reason = part.path("priorYear").path("reasons").path("threePublic").asText("").strip();
        return List.of(reason.isEmpty() ? QualityItem.fail(c, "threePublic", words + "，未说明原因")
                : QualityItem.pass(c, "threePublic", words + "，原因：" + reason));
    }

    /** The tables of the parts' documents by id, in document order (the first of a repeated id). */
    static Map<String, DocumentTable> tables(Map<String, PartDocument> documents) {
        Map<String, DocumentTable> tables = new LinkedHashMap<>();
        for (PartDocument doc : documents.values()) {
            for (DocumentSection s : doc.sections()) {
                for (Block b : s.blocks()) {
                    if (b.kind() == BlockKind.TABLE && b.table() != null && b.table().id() != null) {
                        tables.putIfAbsent(b.table().id(), b.table());
                    }
                }
            }
        }
        return tables;
    }

    private static JsonNode statements(PublishedDocument d) {
        JsonNode p = d.parts() == null ? null : d.parts().get("statements");
        return p == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : p.path("part");
    }

    private static boolean hasAmount(DocumentTable t) {
        return t.rows().stream().anyMatch(QualityCriteria::rowHasAmount);
    }

    private static boolean rowHasAmount(TableRow r) {
        for (Cell cell : r.cells()) {
            if ((cell.kind() == CellKind.AMOUNT || cell.kind() == CellKind.NUMBER) && cell.value() != null && cell.value().signum() != 0) {
                return true;
            }
        }
        return false;
    }

    private static String rowLabel(TableRow r) {
        return r.cells().stream().filter(cell -> cell.kind() == CellKind.TEXT && cell.text() != null && !cell.text().equals(r.code()))
                .map(Cell::text).findFirst().orElse("");
    }
}
