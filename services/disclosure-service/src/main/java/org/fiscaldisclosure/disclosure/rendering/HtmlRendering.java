package org.fiscaldisclosure.disclosure.rendering;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.disclosure.published.ApprovalView;
import org.fiscaldisclosure.disclosure.published.PublishedDocument;
import org.fiscaldisclosure.disclosure.rules.PartHeadlines;

/**
 * The public page of a published version, zh-CN: who published and approved it, the correction note, the 目录, the
 * whole document in the Beijing order (第一部分 … 第四部分 from the parts' documents: tables 单位：万元, text, charts),
 * each part's headline figures under their published names and units, and the content hash (the findings are on the
 * portal's data-quality view, not in the published document); readable on a phone and
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

    /** A part's headline figures: the part's anchor and name, the figures with their units, its revision. */
    public record HeadlineGroup(String key, String source, List<HeadlineLabels.Shown> figures, long revision) {
    }

    @Override
    public byte[] render(RenderInput input) {
        return page(input, false).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The page as the PDF lays it out: the same document, with the bookmarks (parts and sections), the 目录 printed
     * with each entry's page number, and the running page numbers of the print stylesheet.
     */
    String printPage(RenderInput input) {
        return page(input, true);
    }

    private String page(RenderInput input, boolean print) {
        PublishedDocument d = input.document();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("print", print);
        data.put("title", input.outline().title());
        data.put("version", d.version());
        data.put("publishedDate", DATE.format(d.publishedAt().atZone(BEIJING)));
        data.put("meta", meta(d));
        data.put("correctionNote", d.correctionNote());
        data.put("toc", DocumentHtml.contents(input.outline(), List.of(new DocumentHtml.TocEntry("headline", "附：主要数据", List.of()))));
        data.put("parts", DocumentHtml.parts(input.outline(), maker(d), print));
        data.put("headline", headline(d));
        data.put("contentHash", d.contentHash());
        return PageTemplates.render("disclosure.html", data);
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

    /** Each part's headline figures under their published names and units, after the document (附：主要数据). */
    private static List<HeadlineGroup> headline(PublishedDocument d) {
        List<HeadlineGroup> groups = new ArrayList<>();
        for (PartKind kind : PartKind.values()) {
            JsonNode part = d.parts().get(kind.key());
            if (part != null) {
                List<HeadlineLabels.Shown> figures = HeadlineLabels.shown(kind, PartHeadlines.figures(part));
                if (!figures.isEmpty()) {
                    groups.add(new HeadlineGroup(kind.key(), source(kind), figures, part.path("revision").asLong()));
                }
            }
        }
        return groups;
    }

    /** The 编制单位 printed over every table: the unit's name, or its code when the name is not known. */
    static String maker(PublishedDocument d) {
        return d.unitName() == null ? d.unitCode() : d.unitName();
    }

    static String source(PartKind kind) {
        return switch (kind) {
            case STATEMENTS -> "决算报表";
            case PROCUREMENT -> "政府采购和政府购买服务";
            case PERFORMANCE -> "绩效评价";
        };
    }
}
