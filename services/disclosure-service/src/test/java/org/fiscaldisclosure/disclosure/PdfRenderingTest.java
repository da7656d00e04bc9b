package org.fiscaldisclosure.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.fiscaldisclosure.disclosure.rendering.HtmlRendering;
import org.fiscaldisclosure.disclosure.rendering.PdfFont;
import org.fiscaldisclosure.disclosure.rendering.PdfFontHealthCheck;
import org.fiscaldisclosure.disclosure.rendering.PdfRendering;
import org.fiscaldisclosure.platform.problem.ProblemException;
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

    /** The text drawn in each rendering mode: FILL is the regular face, FILL_STROKE the bold drawn from it. */
    static Map<RenderingMode, String> textByRenderingMode(PDDocument doc) throws Exception {
        Map<RenderingMode, StringBuilder> seen = new EnumMap<>(RenderingMode.class);
        PDFTextStripper modes = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                seen.computeIfAbsent(getGraphicsState().getTextState().getRenderingMode(), m -> new StringBuilder()).append(text.getUnicode());
                super.processTextPosition(text);
            }
        };
        modes.getText(doc);
        Map<RenderingMode, String> text = new EnumMap<>(RenderingMode.class);
        seen.forEach((mode, b) -> text.put(mode, b.toString()));
        return text;
    }

    @Test
    void headingsTableHeadersAndTotalsAreBoldAndTheBodyTextIsNot() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf())) {
            Map<RenderingMode, String> text = textByRenderingMode(doc);
            String bold = text.getOrDefault(RenderingMode.FILL_STROKE, "").replaceAll("\\s+", "");
            String regular = text.getOrDefault(RenderingMode.FILL, "").replaceAll("\\s+", "");
            for (String heading : List.of(DocumentFixture.UNIT_NAME + "2024年度部门决算公开", "第一部分2024年度部门决算报表",
                    "二、支出决算表", "本年支出", "本年收入合计")) {
                assertTrue(bold.contains(heading), heading + " is not drawn bold: " + bold);
            }
            assertTrue(regular.contains(DocumentFixture.NARRATIVE.substring(0, 20)), regular);
            assertFalse(bold.contains(DocumentFixture.NARRATIVE.substring(0, 20)), "the narrative is not bold");
            assertTrue(regular.contains("行政运行"), "a row name is regular");
        }
    }

    @Test
    void thePdfIsTaggedWithItsStructureAndTheChartsTextAlternative() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf())) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "marked as tagged");
            PDStructureTreeRoot root = catalog.getStructureTreeRoot();
            assertTrue(root != null, "a structure tree");
            Map<String, Integer> types = new java.util.TreeMap<>();
            List<String> alternatives = new ArrayList<>();
            walk(root.getKids(), types, alternatives);
            for (String type : List.of("H1", "H2", "H3", "P", "Table", "TR", "TH", "TD", "Figure")) {
                assertTrue(types.containsKey(type), type + " not among the structure's elements " + types);
            }
            assertTrue(alternatives.stream().anyMatch(a -> a.startsWith(DocumentFixture.CHART_CAPTION + "：")), alternatives.toString());
            // PDF/UA's identification in the metadata, the title shown in the window
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfuaid:part") && xmp.contains("1"), xmp);
            assertTrue(catalog.getViewerPreferences().displayDocTitle());
            // every font the pages use is embedded
            for (PDPage page : doc.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
                }
            }
        }
    }

    private static void walk(List<Object> kids, Map<String, Integer> types, List<String> alternatives) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement e) {
                types.merge(e.getStructureType(), 1, Integer::sum);
                if ("Figure".equals(e.getStructureType()) && e.getAlternateDescription() != null) {
                    alternatives.add(e.getAlternateDescription());
                }
                walk(e.getKids(), types, alternatives);
            }
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
