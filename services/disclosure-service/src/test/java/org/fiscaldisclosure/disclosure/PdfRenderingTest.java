package org.fiscaldisclosure.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
