package org.fiscaldisclosure.disclosure.service.rendering;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.disclosure.service.findings.FindingsReport;
import org.fiscaldisclosure.disclosure.service.findings.LocatedFinding;
import org.fiscaldisclosure.disclosure.service.publication.ApprovalView;
import org.fiscaldisclosure.disclosure.service.publication.PublishedDocument;
import org.fiscaldisclosure.disclosure.service.rules.PartHeadlines;

/**
 * The public page of a published version, zh-CN: who published and approved it, the correction note, the 目录, the
 * whole document in the Beijing order (第一部分 … 第四部分 from the parts' documents: tables 单位：万元, text, charts),
 * each part's headline figures, every finding with its explanation and the content hash; readable on a phone and
 * printable (A4 print stylesheet). Well-formed (XHTML syntax), so that {@link PdfRendering} renders the same page.
 * Rendered once at publish time.
 */
@ApplicationScoped
public class HtmlRendering implements Rendering {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=utf-8";
    }

    /** A line of the page's facts. */
    public record Fact(String term, String value) {
    }

    /** A part's headline figures: the part's anchor and name, whether any is an amount, the rows, its revision. */
    public record HeadlineGroup(String key, String source, boolean amounts, List<Figure> figures, long revision) {
    }

    public record Figure(String name, String value) {
    }

    /** A finding as the page lists it. */
    public record FindingRow(String severity, String ruleId, String location, String message, String explanation) {
    }

    @Override
    public byte[] render(RenderInput input) {
        PublishedDocument d = input.document();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", input.outline().title());
        data.put("version", d.version());
        data.put("publishedDate", DATE.format(d.publishedAt().atZone(BEIJING)));
        data.put("meta", meta(d));
        data.put("correctionNote", d.correctionNote());
        data.put("toc", DocumentHtml.contents(input.outline(), List.of(new DocumentHtml.TocEntry("headline", "附：主要数据", List.of()),
                new DocumentHtml.TocEntry("findings", "附：审核发现与书面说明", List.of()))));
        data.put("parts", DocumentHtml.parts(input.outline()));
        data.put("headline", headline(d));
        FindingsReport f = d.findings();
        data.put("findings", f);
        data.put("findingRows", f.findings().stream().map(x -> new FindingRow(severity(x), x.ruleId(), x.location(), x.message(),
                x.explanation() == null ? "" : x.explanation().text())).toList());
        data.put("contentHash", d.contentHash());
        return PageTemplates.render("disclosure.html", data).getBytes(StandardCharsets.UTF_8);
    }

    private static List<Fact> meta(PublishedDocument d) {
        ApprovalView a = d.approval();
        return List.of(new Fact("单位编码", d.unitCode()),
                new Fact("公开时间", TIME.format(d.publishedAt().atZone(BEIJING))),
                new Fact("发布人", d.publishedBy()),
                new Fact("审批人", a.approver() + "（" + TIME.format(a.approvedAt().atZone(BEIJING)) + "）"),
                new Fact("保密审查", "已通过，审查人 " + a.confidentialityReviewer()),
                new Fact("负责人审签", "已审签，负责人 " + a.signedOffBy()));
    }

    /** Each part's headline figures under their published names, after the document (附：主要数据). */
    private static List<HeadlineGroup> headline(PublishedDocument d) {
        List<HeadlineGroup> groups = new ArrayList<>();
        for (PartKind kind : PartKind.values()) {
            JsonNode part = d.parts().get(kind.key());
            if (part != null) {
                Map<String, BigDecimal> figures = PartHeadlines.figures(part);
                boolean amounts = figures.keySet().stream().anyMatch(k -> HeadlineLabels.of(k).kind() == HeadlineLabels.Kind.YUAN);
                List<Figure> rows = new ArrayList<>();
                figures.forEach((key, value) -> {
                    HeadlineLabels.Label label = HeadlineLabels.of(key);
                    rows.add(new Figure(label.name(), label.show(value)));
                });
                groups.add(new HeadlineGroup(kind.key(), source(kind), amounts, rows, part.path("revision").asLong()));
            }
        }
        return groups;
    }

    static String source(PartKind kind) {
        return switch (kind) {
            case STATEMENTS -> "决算报表";
            case PROCUREMENT -> "政府采购和政府购买服务";
            case PERFORMANCE -> "绩效评价";
        };
    }

    private static String severity(LocatedFinding f) {
        return switch (f.severity()) {
            case FATAL -> "致命";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }
}
