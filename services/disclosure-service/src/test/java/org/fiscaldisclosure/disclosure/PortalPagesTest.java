package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public portal pages: the index by region and year, a region-year's disclosures, a disclosure's page with its
 * versions and files, its data-quality view and the region summary page; zh-CN, self-contained, every text escaped.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class PortalPagesTest {

    /** A unit name and region name full of characters that HTML must escape. */
    static final String NAME = "<b>西城&\"测试\"'单位</b>";
    static final String NAME_ESCAPED = "&lt;b&gt;西城&amp;&quot;测试&quot;&#39;单位&lt;/b&gt;";
    static final String REGION_NAME = "北京市<西城区>";
    static final String REGION_ESCAPED = "北京市&lt;西城区&gt;";

    static final PartEvents events = new PartEvents();
    static String region;
    static String published;
    static String draft;

    /** Once, before the first test (RestAssured points at the application only from here on). */
    @BeforeEach
    void disclosures() throws Exception {
        if (region != null) {
            return;
        }
        region = Drafts.region();
        published = Drafts.unitIn(region);
        draft = Drafts.unitIn(region);
        ObjectNode statements = PartEvents.sample(PartKind.STATEMENTS);
        statements.with("unit").put("name", NAME).put("region", REGION_NAME);
        // published: version 1, then version 2 after a change, with an explained WARNING
        PartPayload.consistent(PartKind.STATEMENTS, published, 1).content(statements).figure("grandIncomeTotal", "3586400.00")
                .figure("threePublicActual", "0.00").sendWith(events);
        PartPayload.consistent(PartKind.PROCUREMENT, published, 1).figure("purchasedServicesTotal", "216650.00").sendWith(events);
        PartPayload.consistent(PartKind.PERFORMANCE, published, 1).sendWith(events);
        Await.get("/api/v1/disclosures/" + published + "/2024", j -> "COMPLETE".equals(j.getString("completeness")));
        PublicationFlowTest.post(published, "explanations", Map.of("ruleId", "DS-T12-001",
                "location", "procurement/T12/政府购买服务支出/purchasedServicesTotal",
                "text", "咨询服务低于采购限额<未纳入>政府采购", "author", "钱财务")).statusCode(201);
        Drafts.publish(published, null);
        PartPayload.consistent(PartKind.PERFORMANCE, published, 2).figure("departmentScore", "97").sendWith(events);
        Await.revision(published, "performance", 2);
        Drafts.publish(published, "更正第四部分评价得分");
        // a draft of the same region with a FATAL finding of its own part
        PartPayload.consistent(PartKind.STATEMENTS, draft, 1).content(statements).figure("grandIncomeTotal", "216650.00")
                .finding("ST-T1-002", "FATAL", "T1", "expenditureTotal", "本年支出合计应等于各项支出之和").sendWith(events);
        PartPayload.consistent(PartKind.PROCUREMENT, draft, 1).sendWith(events);
        PartPayload.consistent(PartKind.PERFORMANCE, draft, 1).figure("evaluatedProjectAmount", "3501200.50").sendWith(events);
        Await.get("/api/v1/disclosures/" + draft + "/2024", j -> "COMPLETE".equals(j.getString("completeness")));
    }

    /** Self-contained and readable on a phone: a viewport, zh-CN, no script, nothing loaded from elsewhere. */
    static String page(String path) throws Exception {
        String html = Drafts.html(path);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<html lang=\"zh-CN\">"));
        assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
        assertFalse(html.contains("<script"), "no script");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "no external resource");
        Path out = Path.of("target/portal" + path.replace('/', '_') + ".html");
        Files.createDirectories(out.getParent());
        Files.writeString(out, html);
        return html;
    }

    @Test
    void theIndexListsTheRegionAndYearWithLinks() throws Exception {
        String html = page("/portal");
        assertTrue(html.contains(REGION_ESCAPED + "（" + region + "）"), html);
        assertTrue(html.contains("href=\"/portal/" + region + "/2024\""));
        assertTrue(html.contains("href=\"/portal/regions/" + region + "/2024\""));
        assertFalse(html.contains(REGION_NAME), "escaped");
    }

    @Test
    void aRegionYearListsEachUnitWithItsStatusAndOnlyWhatIsPublished() throws Exception {
        String html = page("/portal/" + region + "/2024");
        // the published one: escaped name linking its page, 已公开, 358.64 万元 and the data-quality view of its version 2
        assertTrue(html.contains("<a href=\"/portal/disclosures/" + published + "/2024\">" + NAME_ESCAPED + "</a>"), html);
        assertFalse(html.contains(NAME), "escaped");
        String publishedRow = row(html, published);
        assertTrue(publishedRow.contains("已公开"), publishedRow);
        assertTrue(publishedRow.contains("358.64"), publishedRow);
        assertTrue(publishedRow.contains("第2版"), publishedRow);
        assertTrue(publishedRow.contains("href=\"/portal/disclosures/" + published + "/2024/data-quality\">第2版</a>"), publishedRow);
        // the draft: 草稿 and nothing else: its 收支总计 (21.67 万元) and its two FATALs are not public
        String draftRow = row(html, draft);
        assertTrue(draftRow.contains("草稿"), draftRow);
        assertFalse(draftRow.contains("21.67"), draftRow);
        assertFalse(draftRow.contains("data-quality"), draftRow);
        assertFalse(draftRow.contains("FATAL"), draftRow);
    }

    @Test
    void aDisclosuresPageListsItsVersionsWithTheirFiles() throws Exception {
        String html = page("/portal/disclosures/" + published + "/2024");
        assertTrue(html.contains("<title>" + NAME_ESCAPED + "2024年度部门决算公开</title>"), html);
        for (String format : new String[] {"html", "pdf", "xlsx", "json", "datapackage"}) {
            for (int v = 1; v <= 2; v++) {
                assertTrue(html.contains("href=\"/api/v1/disclosures/" + published + "/2024/versions/" + v + "?format=" + format + "\""),
                        format + " of version " + v);
            }
        }
        assertTrue(html.contains("更正第四部分评价得分"));
        assertTrue(html.contains("首次公开"));
        assertTrue(html.contains("href=\"/portal/disclosures/" + published + "/2024/versions/1/diff/2\">与第1版比较</a>"), html);
        assertTrue(html.contains("保密审查：李保密；负责人审签：张部长"));
        assertTrue(html.contains("<th scope=\"row\">收入总计</th><td class=\"num\">358.64</td><td>万元</td>"), html);
        assertFalse(html.contains("/history"), "the approval history needs a role");
    }

    @Test
    void aDraftsPageSaysItIsNotPublishedAndShowsNoneOfItsFiguresOrFindings() throws Exception {
        String html = page("/portal/disclosures/" + draft + "/2024");
        assertTrue(html.contains("尚未公开"), html);
        assertTrue(html.contains("草稿"), html);
        assertFalse(html.contains("21.67"), html);
        assertFalse(html.contains("<span class=\"FATAL\">"), html);
        assertFalse(html.contains("data-quality"), html);
    }

    @Test
    void theDataQualityViewListsEveryFindingOfThePublishedVersionInYuanAndWanYuanWithItsExplanation() throws Exception {
        String html = page("/portal/disclosures/" + published + "/2024/data-quality");
        assertTrue(html.contains("第2版（"), html);
        String row = row(html, "DS-T12-001");
        assertTrue(row.contains("<span class=\"WARNING\">WARNING</span>"), row);
        // the place as a person says it: the row's name, no machine key
        assertTrue(row.contains("<td>政府购买服务支出</td>"), row);
        assertFalse(row.contains("purchasedServicesTotal"), row);
        assertTrue(row.contains("216,650.00<span class=\"sub\">21.67 万元</span>"), row);
        assertTrue(row.contains("195,300.00<span class=\"sub\">19.53 万元</span>"), row);
        assertTrue(row.contains("21,350.00<span class=\"sub\">2.14 万元</span>"), row);
        assertTrue(row.contains("咨询服务低于采购限额&lt;未纳入&gt;政府采购"), row);
        assertTrue(row.contains("钱财务"), row);

        // a draft's findings are not public: no page (its findings are served to a role by the API)
        given().accept(ContentType.HTML).get("/portal/disclosures/" + draft + "/2024/data-quality").then().statusCode(404)
                .body(containsString("未找到"), not(containsString("DS-P4-001")));
    }

    @Test
    void theRegionSummaryPageShowsStatusesOnTimeAndPublishedSums() throws Exception {
        String html = page("/portal/regions/" + region + "/2024");
        assertTrue(html.contains("<title>" + REGION_ESCAPED + "2024年度部门决算公开汇总</title>"), html);
        assertTrue(row(html, "已公开").contains("<td class=\"num\">1</td>"));
        assertTrue(row(html, "草稿").contains("<td class=\"num\">1</td>"));
        assertTrue(html.contains("期限：2025-09-30"));
        assertTrue(row(html, "<td>收支总计</td>").contains("<td class=\"num\">358.64</td><td class=\"num\">3,586,400.00</td>"), html);
    }

    @Test
    void unknownPagesAre404PagesAndBadPathsAreProblems() {
        given().accept(ContentType.HTML).get("/portal/disclosures/110102-NOSUCH/2024").then().statusCode(404)
                .contentType("text/html;charset=UTF-8").body(containsString("未找到"));
        given().accept(ContentType.HTML).get("/portal/999998/2024").then().statusCode(404);
        given().get("/portal/disclosures/x/2024").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("unitCode"));
        given().get("/portal/1101/2024").then().statusCode(400).body("errors[0].field", equalTo("regionCode"));
    }

    /** The table row that contains the text. */
    static String row(String html, String text) {
        int at = html.indexOf(text);
        assertTrue(at >= 0, text + " not on the page");
        int start = html.lastIndexOf("<tr>", at);
        int end = html.indexOf("</tr>", at);
        return html.substring(start, end);
    }
}
