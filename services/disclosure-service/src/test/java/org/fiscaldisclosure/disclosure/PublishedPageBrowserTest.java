package org.fiscaldisclosure.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.file.Path;
import java.util.List;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/**
 * The published page opened in Debian's headless Chromium, as a person would see it on a desktop and on a phone:
 * the tables with their 万元 figures, the narrative, the chart drawn with a size. Screenshots are kept in
 * {@code target/screenshots/}.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class PublishedPageBrowserTest {

    static final PartEvents events = new PartEvents();

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @Test
    void thePublishedPageShowsTheTablesTheNarrativeAndTheChart() throws Exception {
        String unit = PublishedFixture.publish(events);
        String url = "http://localhost:" + RestAssured.port + PublishedFixture.base(unit) + "/versions/1?format=html";
        try (HeadlessChromium chrome = HeadlessChromium.desktop(1280, 1000)) {
            chrome.open(url);
            assertEquals(DocumentFixture.UNIT_NAME + "2024年度部门决算公开（第1版）", chrome.title());
            chrome.screenshot(SCREENSHOTS.resolve("published-page-top.png"));

            // the tables, as laid out: 2010301 行政运行 2,165,432.10 元 shows as 216.54 (万元)
            String row = chrome.find("#s-statements-T3 tr.level-3");
            assertEquals("2010301 行政运行 216.54 8.52 208.02", chrome.text(row).replaceAll("\\s+", " "));
            assertTrue(chrome.text(chrome.find("#s-statements-T3 .unit")).contains("单位：万元"));
            assertEquals("本年支出", chrome.text(chrome.find("#s-statements-T3 th[colspan='3']")));
            assertEquals(2, chrome.count("#s-statements-T3 thead tr"), "a two-level header");
            chrome.scrollTo(chrome.find("#s-statements-T3"));
            chrome.screenshot(SCREENSHOTS.resolve("published-page-table.png"));

            // the narrative
            assertEquals(DocumentFixture.NARRATIVE, chrome.text(chrome.find("#s-statements-P2-overview p")));

            // the chart: an svg element shown with a size, and its caption
            String svg = chrome.find("#chart-income-by-source svg");
            assertEquals("svg", chrome.tagName(svg));
            assertTrue(chrome.displayed(svg), "the chart is displayed");
            HeadlessChromium.Rect r = chrome.rect(svg);
            assertTrue(r.width() > 100 && r.height() > 50, "the chart has a size: " + r);
            assertEquals(DocumentFixture.CHART_CAPTION, chrome.text(chrome.find("#chart-income-by-source figcaption")));
            chrome.scrollTo(chrome.find("#s-statements-P2-overview"));
            chrome.screenshot(SCREENSHOTS.resolve("published-page-chart.png"));
        }
        try (HeadlessChromium phone = HeadlessChromium.phone(390, 844)) {
            phone.open(url);
            assertEquals(390, phone.innerWidth(), "the viewport meta gives the device width");
            assertEquals(390, phone.scrollWidth(), "nothing overflows the page sideways");
            HeadlessChromium.Rect chart = phone.rect(phone.find("#chart-income-by-source svg"));
            assertTrue(chart.width() > 100 && chart.x() + chart.width() <= 390, "the chart fits a phone's width: " + chart);
            HeadlessChromium.Rect wrap = phone.rect(phone.find("#s-statements-T3 .table-wrap"));
            assertTrue(wrap.x() + wrap.width() <= 390, "a wide table scrolls inside its wrapper: " + wrap);
            phone.scrollTo(phone.find("#s-statements-T3"));
            phone.screenshot(SCREENSHOTS.resolve("published-page-phone.png"));

            // every figure and code on one line, every label cell at least four CJK characters wide
            List<String> problems = new java.util.ArrayList<>();
            phone.execute(PHONE_LAYOUT).forEach(p -> problems.add(p.asText()));
            assertEquals(List.of(), problems, "at 390 px");
            assertTrue(phone.execute("return document.querySelectorAll('main td.num, main td.code').length;").asInt() > 20,
                    "the measurement saw the tables' figures");
            phone.scrollTo(phone.find("#s-performance-P4-project-11010224T000001"));
            phone.screenshot(SCREENSHOTS.resolve("published-page-phone-self-evaluation.png"));
        }
    }

    /**
     * What a phone must show: each figure or code (td.num, td.code) on one line box, and each cell naming something
     * (a row header, or a text cell with Chinese) at least four CJK characters (4 em) wide; the problems found.
     */
    static final String PHONE_LAYOUT = """
            const problems = [];
            for (const cell of document.querySelectorAll('main tbody td, main tbody th')) {
              const text = cell.textContent.trim();
              if (!text) continue;
              const style = getComputedStyle(cell);
              const em = parseFloat(style.fontSize);
              if (cell.classList.contains('num') || cell.classList.contains('code')) {
                const range = document.createRange();
                range.selectNodeContents(cell);
                const lines = new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top)));
                if (lines.size > 1) problems.push('figure on ' + lines.size + ' lines: ' + text);
              } else if (/[\u4e00-\u9fff]/.test(text)) {
                const width = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                if (width < 4 * em - 0.5) problems.push('label ' + width.toFixed(1) + 'px < 4 × ' + em + 'px: ' + text);
              }
            }
            return problems;
            """;

    @Test
    void thePageAndEveryPortalPagePassAxeCoreAtWcag21LevelAA() throws Exception {
        String unit = PublishedFixture.publish(events);
        // a second version, for the page of the difference between two versions
        PartPayload.consistent(PartKind.PERFORMANCE, unit, 2).figure("departmentScore", "97")
                .document(DocumentFixture.json(DocumentFixture.documents().get(PartKind.PERFORMANCE))).sendWith(events);
        Await.revision(unit, PartKind.PERFORMANCE.key(), 2);
        Drafts.publish(unit, "更正部门整体绩效评价得分");
        String base = "http://localhost:" + RestAssured.port;
        String region = unit.substring(0, 6);
        List<String> pages = List.of(PublishedFixture.base(unit) + "/versions/1?format=html", "/portal",
                "/portal/" + region + "/2024", "/portal/regions/" + region + "/2024",
                "/portal/disclosures/" + unit + "/2024", "/portal/disclosures/" + unit + "/2024/data-quality",
                "/portal/disclosures/" + unit + "/2023", "/portal/quality/regions/" + unit.substring(0, 6) + "/2024",
                "/portal/quality/disclosures/" + unit + "/2024",
                "/portal/search?q=" + unit + "&sort=TOTAL", "/portal/search",
                "/portal/units/" + unit, "/portal/regions/" + region + "/2024/units",
                "/portal/disclosures/" + unit + "/2024/versions/1/diff/2");
        for (String width : List.of("desktop", "phone")) {
            try (HeadlessChromium chrome = width.equals("desktop") ? HeadlessChromium.desktop(1280, 1000) : HeadlessChromium.phone(390, 844)) {
                for (String page : pages) {
                    chrome.open(base + page);
                    assertEquals(List.of(), chrome.axeViolations(), width + " " + page);
                }
                chrome.open(base + "/portal/disclosures/" + unit + "/2024");
                chrome.screenshot(SCREENSHOTS.resolve("portal-disclosure-" + width + ".png"));
                chrome.open(base + "/portal/regions/" + region + "/2024/units");
                chrome.screenshot(SCREENSHOTS.resolve("portal-region-comparison-" + width + ".png"));
                // a vertical scroll bar may take its width from the viewport; nothing may reach past it
                long scrollWidth = chrome.scrollWidth();
                assertTrue(scrollWidth <= chrome.innerWidth(), width + ": the comparison page does not overflow sideways ("
                        + scrollWidth + " px)");
            }
        }
    }
}
