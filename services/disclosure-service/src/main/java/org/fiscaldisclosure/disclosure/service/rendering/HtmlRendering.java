package org.fiscaldisclosure.disclosure.service.rendering;

import static org.fiscaldisclosure.disclosure.service.rendering.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

    static final String STYLE = """
            :root { color-scheme: light; }
            body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif;
                   margin: 0 auto; max-width: 62rem; padding: 1rem; line-height: 1.7; color: #1a1a1a; }
            h1 { font-size: 1.6rem; margin: 0.5rem 0; }
            h2 { font-size: 1.3rem; border-bottom: 2px solid #b22222; padding-bottom: 0.2rem; margin-top: 2rem; }
            h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
            h4 { font-size: 1rem; margin: 1rem 0 0.3rem; }
            p { margin: 0.4rem 0; }
            .subtitle { color: #555; margin: 0; }
            dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; font-size: 0.9rem; }
            dl.meta dt { color: #555; }
            dl.meta dd { margin: 0; overflow-wrap: anywhere; }
            .correction { background: #fff8e1; border-left: 4px solid #f0a000; padding: 0.5rem 1rem; }
            nav ol { padding-left: 1.5rem; }
            nav ol ol { list-style: none; padding-left: 1rem; }
            .missing { color: #a00; }
            .table-block { margin: 0.8rem 0 1.2rem; }
            .table-title { font-weight: bold; text-align: center; }
            .table-wrap { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
            th, td { border: 1px solid #999; padding: 0.25rem 0.45rem; vertical-align: top; }
            th { background: #f2f2f2; font-weight: bold; text-align: center; vertical-align: middle; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tr.emphasis td { font-weight: bold; background: #fafafa; }
            .unit { position: relative; text-align: right; font-size: 0.85rem; margin: 0.2rem 0; }
            .form-code { position: absolute; left: 0; }
            .note { font-size: 0.85rem; color: #444; }
            figure.chart { margin: 1rem 0; text-align: center; }
            figure.chart svg { max-width: 100%; height: auto; }
            figcaption { font-size: 0.9rem; color: #444; }
            .revision, footer { color: #666; font-size: 0.8rem; }
            code { overflow-wrap: anywhere; }
            @media print {
              @page { size: A4; margin: 18mm 15mm; }
              body { max-width: none; padding: 0; font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; font-size: 10.5pt; }
              nav { display: none; }
              section.part { page-break-before: always; }
              h2, h3, h4, .table-title, .unit { page-break-after: avoid; break-after: avoid; }
              .table-wrap { overflow: visible; }
              table { font-size: 8.5pt; page-break-inside: avoid; break-inside: avoid; }
              thead { display: table-header-group; }
              tr, figure, .correction { page-break-inside: avoid; break-inside: avoid; }
              th, tr.emphasis td { background: none; }
              a { color: inherit; text-decoration: none; }
            }
            """;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=utf-8";
    }

    @Override
    public byte[] render(RenderInput input) {
        PublishedDocument d = input.document();
        String title = input.outline().title();
        StringBuilder h = new StringBuilder(65_536);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(esc(title)).append("（第").append(d.version()).append("版）</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n<h1>").append(esc(title))
                .append("</h1>\n<p class=\"subtitle\">第 ").append(d.version()).append(" 版 · ")
                .append(DATE.format(d.publishedAt().atZone(BEIJING))).append("公开</p>\n");
        meta(h, d);
        h.append("</header>\n<main>\n");
        if (d.correctionNote() != null) {
            h.append("<section class=\"correction\" id=\"correction\">\n<h2>更正说明</h2>\n<p>").append(esc(d.correctionNote()))
                    .append("</p>\n</section>\n");
        }
        DocumentHtml.contents(h, input.outline(), List.of(new DocumentHtml.TocEntry("headline", "附：主要数据"),
                new DocumentHtml.TocEntry("findings", "附：审核发现与书面说明")));
        DocumentHtml.parts(h, input.outline());
        headline(h, d);
        findings(h, d.findings());
        h.append("</main>\n<footer>\n<p>本页面在公开时生成，此后不再改变。内容哈希（SHA-256）<code>").append(esc(d.contentHash()))
                .append("</code>，与审批时核对的哈希一致。</p>\n</footer>\n</body>\n</html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void meta(StringBuilder h, PublishedDocument d) {
        ApprovalView a = d.approval();
        h.append("<dl class=\"meta\">\n");
        item(h, "单位编码", esc(d.unitCode()));
        item(h, "公开时间", esc(TIME.format(d.publishedAt().atZone(BEIJING))));
        item(h, "发布人", esc(d.publishedBy()));
        item(h, "审批人", esc(a.approver()) + "（" + esc(TIME.format(a.approvedAt().atZone(BEIJING))) + "）");
        item(h, "保密审查", "已通过，审查人 " + esc(a.confidentialityReviewer()));
        item(h, "负责人审签", "已审签，负责人 " + esc(a.signedOffBy()));
        h.append("</dl>\n");
    }

    private static void item(StringBuilder h, String term, String escapedValue) {
        h.append("<dt>").append(term).append("</dt><dd>").append(escapedValue).append("</dd>\n");
    }

    /** Each part's headline figures under their published names, after the document (附：主要数据). */
    private static void headline(StringBuilder h, PublishedDocument d) {
        h.append("<section id=\"headline\">\n<h2>附：主要数据</h2>\n");
        for (PartKind kind : PartKind.values()) {
            JsonNode part = d.parts().get(kind.key());
            if (part != null) {
                part(h, kind, part);
            }
        }
        h.append("</section>\n");
    }

    private static void part(StringBuilder h, PartKind kind, JsonNode part) {
        Map<String, BigDecimal> figures = PartHeadlines.figures(part);
        h.append("<section id=\"headline-").append(kind.key()).append("\">\n<h3>").append(esc(source(kind))).append("</h3>\n");
        boolean amounts = figures.keySet().stream().anyMatch(k -> HeadlineLabels.of(k).kind() == HeadlineLabels.Kind.YUAN);
        if (amounts) {
            h.append("<p class=\"unit\">单位：万元</p>\n");
        }
        h.append("<div class=\"table-wrap\">\n<table>\n<thead><tr><th scope=\"col\">项目</th><th scope=\"col\">")
                .append(amounts ? "金额／数值" : "数值").append("</th></tr></thead>\n<tbody>\n");
        figures.forEach((key, value) -> {
            HeadlineLabels.Label label = HeadlineLabels.of(key);
            h.append("<tr><th scope=\"row\">").append(esc(label.name())).append("</th><td class=\"num\">")
                    .append(esc(label.show(value))).append("</td></tr>\n");
        });
        h.append("</tbody>\n</table>\n</div>\n<p class=\"revision\">数据来源：").append(source(kind)).append("第 ")
                .append(part.path("revision").asLong()).append(" 次提交</p>\n</section>\n");
    }

    static String source(PartKind kind) {
        return switch (kind) {
            case STATEMENTS -> "决算报表";
            case PROCUREMENT -> "政府采购和政府购买服务";
            case PERFORMANCE -> "绩效评价";
        };
    }

    private static void findings(StringBuilder h, FindingsReport f) {
        h.append("<section id=\"findings\">\n<h2>附：审核发现与书面说明</h2>\n<p>共 ").append(f.findings().size())
                .append(" 项：致命 ").append(f.fatal()).append(" 项，警告 ").append(f.warning()).append(" 项（均附书面说明），提示 ")
                .append(f.info()).append(" 项。</p>\n");
        if (f.findings().isEmpty()) {
            h.append("</section>\n");
            return;
        }
        h.append("<div class=\"table-wrap\">\n<table>\n<thead><tr><th scope=\"col\">级别</th><th scope=\"col\">规则</th>")
                .append("<th scope=\"col\">位置</th><th scope=\"col\">问题</th><th scope=\"col\">书面说明</th></tr></thead>\n<tbody>\n");
        for (LocatedFinding x : f.findings()) {
            h.append("<tr><td>").append(severity(x)).append("</td><td>").append(esc(x.ruleId())).append("</td><td>")
                    .append(esc(x.location())).append("</td><td>").append(esc(x.message())).append("</td><td>")
                    .append(x.explanation() == null ? "" : esc(x.explanation().text())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static String severity(LocatedFinding f) {
        return switch (f.severity()) {
            case FATAL -> "致命";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }
}
