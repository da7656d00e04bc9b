package org.fiscaldisclosure.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.fiscaldisclosure.contracts.document.Block;
import org.fiscaldisclosure.contracts.document.Cell;
import org.fiscaldisclosure.contracts.document.Chart;
import org.fiscaldisclosure.contracts.document.Column;
import org.fiscaldisclosure.contracts.document.DocumentSection;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.contracts.document.PartDocument;
import org.fiscaldisclosure.contracts.document.Slot;
import org.fiscaldisclosure.contracts.document.TableRow;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.disclosure.document.ExactJson;
import org.fiscaldisclosure.disclosure.published.PublishedDocument;
import org.fiscaldisclosure.disclosure.rendering.HtmlRendering;
import org.fiscaldisclosure.disclosure.rendering.RenderInput;
import org.junit.jupiter.api.Test;

/**
 * The public page of a version: the whole document from the parts' documents (目录, four parts, numbered sections,
 * tables in 万元 with two-level headers, text, the chart inlined), every text escaped, the chart's SVG sanitized;
 * kept in target/rendered for a look.
 */
class HtmlRenderingTest {

    static String render(RenderInput input, String name) throws Exception {
        String page = new String(new HtmlRendering().render(input), StandardCharsets.UTF_8);
        Path out = Path.of("target/rendered/" + name + ".html");
        Files.createDirectories(out.getParent());
        Files.writeString(out, page);
        return page;
    }

    @Test
    void thePageIsTheWholeDocumentInTheBeijingOrderWithATableOfContents() throws Exception {
        String page = render(DocumentFixture.input(), "whole-document");
        assertTrue(page.contains("<h1>" + DocumentFixture.UNIT_NAME + "2024年度部门决算公开</h1>"), page);
        for (String part : List.of("第一部分 2024年度部门决算报表", "第二部分 2024年度部门决算说明", "第三部分 2024年度其他重要事项的情况说明",
                "第四部分 2024年度部门绩效评价情况")) {
            assertTrue(page.contains("<h2>" + part + "</h2>"), part);
        }
        // numbered sections, each linked from the 目录 by its anchor
        List<String> headings = List.of("一、收入支出决算总表", "二、支出决算表", "三、一般公共预算财政拨款基本支出决算表", "四、政府采购情况表",
                "一、收入支出决算总体情况说明", "一、政府购买服务支出说明", "二、专业名词解释", "一、部门整体绩效评价", "二、社会工作人才培养项目绩效自评");
        for (String h : headings) {
            assertTrue(page.contains("<h3>" + h + "</h3>"), h);
        }
        List<String> anchors = matches(page, "<section class=\"doc-section\" id=\"([^\"]+)\">");
        assertEquals(List.of("s-statements-T1", "s-statements-T3", "s-statements-T5", "s-procurement-T11", "s-statements-P2-overview",
                "s-procurement-P3-services", "s-statements-P3-terms", "s-performance-P4-dept",
                "s-performance-P4-project-11010224T000001"), anchors);
        String toc = page.substring(page.indexOf("<nav"), page.indexOf("</nav>"));
        for (String a : anchors) {
            assertTrue(toc.contains("<a href=\"#" + a + "\">"), a);
        }
        assertTrue(toc.contains("<a href=\"#s-statements-T3\">二、支出决算表</a>"), toc);
        assertTrue(page.contains("<h4>（一）收入支出决算总体情况</h4>\n<p>" + DocumentFixture.NARRATIVE + "</p>"), page);
        // the approval data and the hash are kept; the findings and their explanations are the data-quality view's,
        // not the published document's
        assertTrue(page.contains("审查人 李保密") && page.contains("负责人 张部长") && page.contains("2026年11月28日 10:30"), page);
        assertTrue(page.contains("ab".repeat(32)), page);
        assertFalse(page.contains("低于采购限额的咨询服务") || page.contains("审核发现") || page.contains("id=\"findings\""), page);
    }

    @Test
    void tablesShowTenThousandYuanHalfUpWithTwoLevelHeadersSpansEmphasisAndNotes() throws Exception {
        String page = render(DocumentFixture.input(), "tables");
        String t3 = section(page, "s-statements-T3");
        assertTrue(t3.contains("<p class=\"unit\"><span class=\"maker\">编制单位：" + DocumentFixture.UNIT_NAME
                + "</span><span class=\"form-code\">公开03表</span><span class=\"money\">单位：万元</span></p>"), t3);
        assertTrue(t3.contains("<tr><th scope=\"col\" rowspan=\"2\">科目编码</th><th scope=\"col\" rowspan=\"2\">科目名称</th>"
                + "<th scope=\"colgroup\" colspan=\"3\">本年支出</th></tr>\n<tr><th scope=\"col\">合计</th><th scope=\"col\">基本支出</th>"
                + "<th scope=\"col\">项目支出</th></tr>"), t3);
        // 2,165,432.10 元 = 216.54321 万元 → 216.54; the code kept on one line, the name as the row's header; the
        // total row is emphasized and its label spans two columns
        assertTrue(t3.contains("<tr class=\"level-3\"><td class=\"code\">2010301</td><th scope=\"row\">行政运行</th><td class=\"num\">216.54</td>"
                + "<td class=\"num\">8.52</td><td class=\"num\">208.02</td></tr>"), t3);
        assertTrue(t3.contains("<tr class=\"emphasis\"><th scope=\"row\" colspan=\"2\">合计</th><td class=\"num\">358.64</td>"), t3);
        assertTrue(t3.contains("<th scope=\"colgroup\" colspan=\"3\">本年支出</th>"), t3);
        assertTrue(t3.contains("<td class=\"num\">10.00</td><td></td>"), "an empty cell stays empty: " + t3);
        assertTrue(t3.contains("<p class=\"note\">注：本表反映部门本年度各项支出情况。</p>"), t3);
        // 216,650 元 = 21.665 万元 → 21.67 (HALF_UP); a percentage and plain numbers as they are
        String project = section(page, "s-performance-P4-project-11010224T000001");
        assertTrue(project.contains("<td class=\"num\">22.00</td><td class=\"num\">21.67</td><td class=\"num\">21.67</td>"
                + "<td class=\"num\">100.00%</td><td class=\"num\">10</td>"), project);
        assertTrue(project.contains("<p class=\"table-title\">项目绩效指标完成情况</p>"), project);
        assertTrue(project.contains("<td class=\"value\">≥90%</td><td class=\"value\">95.6%</td><td class=\"num\">20</td><td class=\"num\">19.5</td>"), project);
        // the 自评表 headed as the form prints it: its title, the year under it, the 项目名称 row
        assertTrue(project.contains("<h4 class=\"form-title\">项目支出绩效自评表</h4>\n<p class=\"form-year\">（2024年度）</p>"), project);
        assertTrue(project.contains("<tr><th scope=\"row\">项目名称</th><td>社会工作人才培养项目绩效自评</td></tr>"), project);
        // the 自评表's 一级指标 and 二级指标 head their rows, each printed once and spanning the rows under it
        assertTrue(project.contains("<tr><th scope=\"rowgroup\" rowspan=\"2\">产出指标</th><td>数量指标</td><td>培训人次</td>"), project);
        assertTrue(project.contains("<tr><td>成本指标</td><td>人均培训成本</td><td class=\"value\">≤1.195万元</td>"), project);
        assertTrue(project.contains("<tr><th scope=\"row\">效益指标</th><td>社会效益指标</td>"), project);
        assertFalse(project.substring(project.indexOf("项目绩效指标完成情况")).contains("单位：万元"),
                "a table without amounts has no 单位：万元");
    }

    @Test
    void theChartIsInlinedAsSvgWithItsCaption() throws Exception {
        String page = render(DocumentFixture.input(), "chart");
        String chart = page.substring(page.indexOf("<figure class=\"chart\" id=\"chart-income-by-source\">"), page.indexOf("</figure>"));
        // attributes come out in name order
        assertTrue(chart.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" font-family=\"&#39;WenQuanYi Micro Hei&#39;,&#39;Noto Sans CJK SC&#39;,"
                + "sans-serif\" font-size=\"13\" height=\"360\" role=\"img\" viewBox=\"0 0 640 360\" width=\"640\">"), chart);
        assertTrue(chart.contains("<title>收入决算</title>") && chart.contains("<circle cx=\"170\" cy=\"190\" fill=\"#2f6fb3\" r=\"140\"></circle>"), chart);
        assertTrue(chart.contains("<path d=\"M170,190 L170,50 A140,140 0 0,1 290.20,118.40 Z\" fill=\"#e08a2c\" stroke=\"#fff\"></path>"), chart);
        assertTrue(chart.contains("<text text-anchor=\"start\" x=\"370\" y=\"40\">财政拨款收入 358.64万元（100.00%）</text>"), chart);
        assertTrue(chart.contains("<figcaption>" + DocumentFixture.CHART_CAPTION + "</figcaption>"), chart);
    }

    @Test
    void aPartNotSubmittedIsShownAsSuchInItsDocumentParts() throws Exception {
        Map<PartKind, PartDocument> onlyStatements = new LinkedHashMap<>();
        onlyStatements.put(PartKind.STATEMENTS, DocumentFixture.statements());
        onlyStatements.put(PartKind.PROCUREMENT, null); // received, but its event carries no document
        String page = render(DocumentFixture.input(onlyStatements), "missing-parts");
        String part1 = page.substring(page.indexOf("<section class=\"part\" id=\"part-1\">"), page.indexOf("<section class=\"part\" id=\"part-2\">"));
        assertTrue(part1.contains("<p class=\"missing\">政府采购和政府购买服务（尚未提交）</p>"), part1);
        assertTrue(part1.contains("<h3>三、一般公共预算财政拨款基本支出决算表</h3>"), part1);
        String part4 = page.substring(page.indexOf("<section class=\"part\" id=\"part-4\">"));
        assertTrue(part4.contains("<p class=\"missing\">绩效评价（尚未提交）</p>"), part4);
        assertFalse(page.substring(page.indexOf("<section class=\"part\" id=\"part-2\">"), page.indexOf("<section class=\"part\" id=\"part-3\">"))
                .contains("尚未提交"), "part 2 is the statements' and they are here");
    }

    @Test
    void headlineFiguresKeepTheirPublishedNamesInTenThousandYuan() throws Exception {
        PublishedDocument d = DocumentFixture.published(Map.of(), null, null);
        Map<String, JsonNode> parts = new LinkedHashMap<>();
        parts.put("statements", headline(2, "{\"expenditureTotal\":3586400.00,\"basicExpenditure\":85200.00}"));
        parts.put("procurement", headline(1, "{\"purchasedServicesTotal\":216650.00,\"smeSharePercent\":100.00,\"futureKey\":7}"));
        parts.put("performance", headline(1, "{\"departmentScore\":98,\"evaluatedProjects\":8}"));
        PublishedDocument withHeadlines = new PublishedDocument(d.unitCode(), d.fiscalYear(), d.regionCode(), d.unitName(), d.version(),
                d.contentHash(), d.publishedAt(), d.publishedBy(), d.correctionNote(), d.approval(), d.revisions(), d.headline(),
                d.findings(), parts);
        String page = render(RenderInput.of(withHeadlines, new ExactJson(new ObjectMapper())), "headline-only");
        assertTrue(page.contains("<th scope=\"row\">本年支出合计</th><td class=\"num\">358.64</td>"), page);
        assertTrue(page.contains("<th scope=\"row\">政府购买服务支出</th><td class=\"num\">21.67</td>"), page);
        assertTrue(page.contains("<td class=\"num\">100.00</td><td>%</td>"), page);
        assertTrue(page.contains("<th scope=\"row\" class=\"detail\">绩效自评表</th><td class=\"num\">8</td><td>张</td>"), page);
        assertTrue(page.contains("<th scope=\"row\">部门整体绩效评价得分</th><td class=\"num\">98</td><td>分</td>"), page);
        // in the published order, not the order the keys arrived in
        assertTrue(page.indexOf("本年支出合计") < page.indexOf("基本支出"), page);
        // a key without a published name is not shown under its key
        assertFalse(page.contains("futureKey"), page);
        assertEquals(6, matches(page, "<p class=\"missing\">([^<]+)</p>").size(), "no part carries a document: " + page);
    }

    static ObjectNode headline(long revision, String figures) throws Exception {
        ObjectNode p = DocumentFixture.JSON.createObjectNode().put("revision", revision);
        p.set("headline", DocumentFixture.JSON.readTree(figures));
        return p;
    }

    @Test
    void everyTextIsEscapedAndAHostileSvgIsDefused() throws Exception {
        String hostileSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"200\""
                + " height=\"100\" onload=\"alert(1)\"><script>alert(2)</script><style>rect{fill:url(http://evil.example/x)}</style>"
                + "<foreignObject width=\"10\" height=\"10\"><div xmlns=\"http://www.w3.org/1999/xhtml\">form</div></foreignObject>"
                + "<image href=\"http://evil.example/x.png\" width=\"10\" height=\"10\"/>"
                + "<a xlink:href=\"javascript:alert(3)\"><text x=\"1\" y=\"1\">link</text></a>"
                + "<rect width=\"10\" height=\"10\" fill=\"url(http://evil.example/p)\" style=\"fill:red\" onclick=\"alert(4)\"/>"
                + "<g transform=\"translate(5,5)\"><text x=\"20\" y=\"50\" fill=\"#333\">安全文字 &amp; &lt;b&gt;</text></g><!-- comment --></svg>";
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>";
        DocumentTable table = new DocumentTable("T9", "表 <i>九</i>", "公开<09>表", List.of(new Column("a", "<th>列", "组 & 合")),
                List.of(new TableRow("x", 0, false, List.of(Cell.text("</td><script>alert(5)</script>")))), List.of("注：<b>粗</b>"), null);
        PartDocument hostile = new PartDocument(List.of(new DocumentSection(Slot.EXPLANATION, "P2-x\"><script>", "说明 <em>一</em>", List.of(
                Block.heading("（一）标题 & <u>下划线</u>"),
                Block.paragraph("<script>alert('x')</script> 收入 \"引号\" & 'single'"),
                Block.table(table),
                Block.chart(new Chart("c1\" onmouseover=\"x", "图 <caption>", hostileSvg)),
                Block.chart(new Chart("c2", "外部实体", xxe)),
                Block.chart(new Chart("c3", "不是 SVG", "<html><body>x</body></html>"))))));
        Map<PartKind, PartDocument> docs = new LinkedHashMap<>();
        docs.put(PartKind.STATEMENTS, hostile);
        PublishedDocument d = DocumentFixture.published(docs, "更正 <b>表1</b>", "<script>alert(1)</script> & \"引号\"");
        String page = render(RenderInput.of(d, new ExactJson(new ObjectMapper())), "hostile");

        for (String bad : List.of("<script", "onload", "onclick", "onmouseover=\"", "foreignObject", "<image", "javascript:", "url(",
                "<style>rect", "xlink", "<i>", "<b>", "<u>", "<em>", "<caption>", "/etc/passwd", "evil.example", "<!--")) {
            assertFalse(page.contains(bad), bad + " in " + page);
        }
        assertTrue(page.contains("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; 收入 &quot;引号&quot; &amp; &#39;single&#39;</p>"), page);
        assertTrue(page.contains("<h4>（一）标题 &amp; &lt;u&gt;下划线&lt;/u&gt;</h4>"), page);
        assertTrue(page.contains("<th scope=\"row\">&lt;/td&gt;&lt;script&gt;alert(5)&lt;/script&gt;</th>"), page);
        assertTrue(page.contains("<p class=\"note\">注：&lt;b&gt;粗&lt;/b&gt;</p>"), page);
        assertTrue(page.contains("id=\"s-statements-P2-x&quot;&gt;&lt;script&gt;\""), page);
        assertTrue(page.contains("<p>更正 &lt;b&gt;表1&lt;/b&gt;</p>"), page);
        // what is left of the hostile SVG: drawing elements with safe attributes
        assertTrue(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" height=\"100\" width=\"200\"><rect height=\"10\" width=\"10\"></rect>"
                + "<g transform=\"translate(5,5)\"><text fill=\"#333\" x=\"20\" y=\"50\">安全文字 &amp; &lt;b&gt;</text></g></svg>"), page);
        // an SVG with a DTD, or that is not an SVG, is not shown at all
        assertEquals(2, matches(page, "<p class=\"missing\">(（图表无法显示）)</p>").size(), page);
        // and the page stays well-formed (the PDF renderer reads it as XML)
        wellFormed(page);
    }

    @Test
    void thePageIsSelfContainedReadableOnAPhoneAndPrintable() throws Exception {
        String page = render(DocumentFixture.input(), "self-contained");
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), page);
        assertTrue(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"), page);
        assertTrue(page.contains(".table-wrap { overflow-x: auto; }") && page.contains("figure.chart svg { max-width: 100%; height: auto; }"));
        String print = page.substring(page.indexOf("@media print"));
        assertTrue(print.contains("@page { size: A4;") && print.contains("nav { display: none; }")
                && print.contains("table { font-size: 8.5pt; page-break-inside: avoid; break-inside: avoid; }"), print);
        for (String external : List.of("src=\"http", "href=\"http", "<link", "@import", "<script", "<img")) {
            assertFalse(page.contains(external), external);
        }
        wellFormed(page);
    }

    static void wellFormed(String page) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    }

    static String section(String page, String anchor) {
        int start = page.indexOf("<section class=\"doc-section\" id=\"" + anchor + "\">");
        assertTrue(start >= 0, anchor);
        return page.substring(start, page.indexOf("</section>", start));
    }

    static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
