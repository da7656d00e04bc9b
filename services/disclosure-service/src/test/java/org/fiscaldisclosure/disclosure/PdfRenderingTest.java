package org.fiscaldisclosure.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fiscaldisclosure.disclosure.service.rendering.HtmlRendering;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.fiscaldisclosure.disclosure.service.rendering.PdfFont;
import org.fiscaldisclosure.disclosure.service.rendering.PdfFontHealthCheck;
import org.fiscaldisclosure.disclosure.service.rendering.PdfRendering;
import org.fiscaldisclosure.support.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The PDF of the page, its text extracted back with PDFBox: the Chinese titles and the 万元 figures are there. */
class PdfRenderingTest {

    static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    static byte[] pdf() throws Exception {
        byte[] pdf = new PdfRendering(new HtmlRendering(), new PdfFont(FONT)).render(DocumentFixture.input());
        Path out = Path.of("target/rendered/110102-SWD-2024-v1.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        return pdf;
    }

    @Test
    void theTextOfThePdfHasTheTitlesTheFiguresAndTheNarrative() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("[ \\t]+", " ");
            for (String expected : List.of(DocumentFixture.UNIT_NAME + "2024年度部门决算公开", "第一部分 2024年度部门决算报表",
                    "二、支出决算表", "公开03表", "单位：万元", "行政运行", "216.54", "358.64", "21.67", "100.00%",
                    "四、政府采购情况表", "第四部分 2024年度部门绩效评价情况", "项目绩效指标完成情况", "服务满意度", "19.5",
                    "（一）收入支出决算总体情况", "收入总计358.64万元", DocumentFixture.CHART_CAPTION, "负责人审签")) {
                assertTrue(text.contains(expected), expected + " not in:\n" + text);
            }
            assertTrue(doc.getNumberOfPages() >= 4, "a part per page at least: " + doc.getNumberOfPages());
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.getName().contains("WenQuanYi"), "the CJK font is embedded: " + font.getName());
            assertTrue(font.isEmbedded());
        }
    }

    @Test
    void thePdfIsADocumentWithContentsPageNumbersBookmarksTitleAndLanguage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf())) {
            // bookmarks: the four parts, each with its sections
            PDDocumentOutline outline = doc.getDocumentCatalog().getDocumentOutline();
            List<String> parts = new ArrayList<>();
            outline.children().forEach(i -> parts.add(i.getTitle()));
            assertEquals(List.of("第一部分 2024年度部门决算报表", "第二部分 2024年度部门决算说明", "第三部分 2024年度其他重要事项的情况说明",
                    "第四部分 2024年度部门绩效评价情况", "附：主要数据"), parts);
            List<String> firstPart = new ArrayList<>();
            outline.getFirstChild().children().forEach(i -> firstPart.add(i.getTitle()));
            assertEquals(List.of("一、收入支出决算总表", "二、支出决算表", "三、一般公共预算财政拨款基本支出决算表", "四、政府采购情况表"), firstPart);
            // each bookmark opens a page
            PDPage target = ((PDPageDestination) outline.getFirstChild().getFirstChild().getDestination()).getPage();
            assertTrue(doc.getPages().indexOf(target) > 0, "the first table is after the 目录");
            // the file's title, language and page labels
            assertEquals(DocumentFixture.UNIT_NAME + "2024年度部门决算公开", doc.getDocumentInformation().getTitle());
            assertEquals("zh-CN", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertEquals(doc.getNumberOfPages(), labels.length);
            assertEquals("1", labels[0]);
            assertEquals(String.valueOf(doc.getNumberOfPages()), labels[labels.length - 1]);
            // every page carries its number; the 目录 on page 1 gives each section's page
            int pages = doc.getNumberOfPages();
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(p);
                one.setEndPage(p);
                String text = one.getText(doc).replaceAll("\\s+", "");
                assertTrue(text.contains("第" + p + "页共" + pages + "页"), "page " + p + ": " + text);
            }
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            String contents = first.getText(doc).replaceAll("[ \\t]+", " ");
            int tablePage = doc.getPages().indexOf(target) + 1;
            assertTrue(contents.contains("目录") && contents.matches("(?s).*一、收入支出决算总表[ .]*" + tablePage + "\\s.*"), contents);
            // no appendix of findings in the published document
            String all = new PDFTextStripper().getText(doc);
            assertFalse(all.contains("审核发现") || all.contains("低于采购限额的咨询服务"), all);
        }
    }

    @Test
    void withoutItsFontThePdfIsRefusedWithAClearReason() {
        PdfFont missing = new PdfFont("/nonexistent/font.ttc");
        assertTrue(missing.problem().orElseThrow().contains("/nonexistent/font.ttc"), missing.problem().toString());
        assertTrue(missing.problem().orElseThrow().contains("fonts-wqy-microhei"), missing.problem().toString());
        ProblemException e = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
                () -> new PdfRendering(new HtmlRendering(), missing).render(DocumentFixture.input()));
        assertEquals(503, e.problem().status());
        HealthCheckResponse health = new PdfFontHealthCheck(missing).call();
        assertEquals(HealthCheckResponse.Status.DOWN, health.getStatus());
        assertEquals(missing.problem().orElseThrow(), health.getData().orElseThrow().get("problem"));
        assertEquals(HealthCheckResponse.Status.UP, new PdfFontHealthCheck(new PdfFont(FONT)).call().getStatus());
    }
}
