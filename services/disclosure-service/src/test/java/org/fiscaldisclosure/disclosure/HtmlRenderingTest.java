package org.fiscaldisclosure.disclosure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.Severity;
import org.fiscaldisclosure.disclosure.service.findings.ExplanationView;
import org.fiscaldisclosure.disclosure.service.findings.FindingsReport;
import org.fiscaldisclosure.disclosure.service.findings.LocatedFinding;
import org.fiscaldisclosure.disclosure.service.publication.ApprovalView;
import org.fiscaldisclosure.disclosure.service.publication.PublishedDocument;
import org.fiscaldisclosure.disclosure.service.rendering.HtmlRendering;
import org.junit.jupiter.api.Test;

/** The public page of a version: figures in 万元 HALF_UP, every text escaped; kept in target/rendered for a look. */
class HtmlRenderingTest {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    static JsonNode part(long revision, String headline) throws Exception {
        return JSON.readTree("{\"revision\":" + revision + ",\"headline\":" + headline + "}");
    }

    static PublishedDocument document(String explanation, String note) throws Exception {
        Map<String, JsonNode> parts = new LinkedHashMap<>();
        parts.put("statements", part(2, "{\"expenditureTotal\":3586400.00,\"basicExpenditure\":85200.00,\"projectExpenditure\":3501200.00}"));
        parts.put("procurement", part(1, "{\"procurementTotal\":195300.00,\"purchasedServicesTotal\":216650.00,\"smeSharePercent\":100.00,\"futureKey\":7}"));
        parts.put("performance", part(1, "{\"departmentScore\":98,\"evaluatedProjects\":8}"));
        Finding f = new Finding("DS-T12-001", Severity.WARNING, "procurement", "T12", "政府购买服务支出", "purchasedServicesTotal",
                new BigDecimal("216650.00"), new BigDecimal("195300.00"), new BigDecimal("21350.00"), "政府购买服务支出超过政府采购服务支出");
        ExplanationView e = new ExplanationView("DS-T12-001", LocatedFinding.locationOf(f), explanation, "钱财务", Instant.EPOCH);
        Instant at = Instant.parse("2026-11-28T02:30:00Z");
        return new PublishedDocument("110102-SWD", 2024, "110102", "中共北京市西城区委社会工作部", note == null ? 1 : 2,
                "ab".repeat(32), at, "赵发布", note, new ApprovalView(1, "ab".repeat(32), "王审核", true, "李保密", true, "张部长", at),
                Map.of("statements", 2L, "procurement", 1L, "performance", 1L), Map.of(),
                FindingsReport.of(List.of(LocatedFinding.of(f, "disclosure", e))), parts);
    }

    static String render(PublishedDocument d) throws Exception {
        String page = new String(new HtmlRendering().render(d), StandardCharsets.UTF_8);
        Path out = Path.of("target/rendered/110102-SWD-2024-v" + d.version() + ".html");
        Files.createDirectories(out.getParent());
        Files.writeString(out, page);
        return page;
    }

    @Test
    void figuresAreShownIn10kYuanRoundedHalfUpWithTheirPublishedNames() throws Exception {
        String page = render(document("低于采购限额的咨询服务", null));
        assertTrue(page.contains("<th scope=\"row\">本年支出合计</th><td class=\"num\">358.64</td>"), page);
        assertTrue(page.contains("<th scope=\"row\">基本支出</th><td class=\"num\">8.52</td>"), page);
        // 216,650 元 = 21.665 万元: HALF_UP gives 21.67
        assertTrue(page.contains("<th scope=\"row\">政府购买服务支出</th><td class=\"num\">21.67</td>"), page);
        assertTrue(page.contains("<td class=\"num\">100.00%</td>"), page);
        assertTrue(page.contains("<td class=\"num\">8 个</td>"), page);
        assertTrue(page.contains("<th scope=\"row\">futureKey</th><td class=\"num\">7</td>"), page);
        assertTrue(page.contains("2026年11月28日 10:30"), "Beijing time: " + page);
        assertTrue(page.contains("第一部分 部门决算报表主要数据") && page.contains("第四部分 部门绩效评价情况"), page);
    }

    @Test
    void everyTextIsEscaped() throws Exception {
        String page = render(document("<script>alert(1)</script> & \"引号\"", "更正 <b>表1</b>"));
        assertFalse(page.contains("<script>"), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot;"), page);
        assertTrue(page.contains("<p>更正 &lt;b&gt;表1&lt;/b&gt;</p>"), page);
    }
}
