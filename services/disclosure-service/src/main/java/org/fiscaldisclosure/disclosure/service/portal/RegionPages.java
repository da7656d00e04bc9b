package org.fiscaldisclosure.disclosure.service.portal;

import static org.fiscaldisclosure.disclosure.service.rendering.Html.esc;
import static org.fiscaldisclosure.disclosure.service.portal.PortalHtml.link;
import static org.fiscaldisclosure.disclosure.service.portal.PortalPaths.disclosureTable;
import static org.fiscaldisclosure.disclosure.service.portal.PortalPaths.regionSummaryPath;
import static org.fiscaldisclosure.disclosure.service.portal.PortalPaths.regionYearPath;
import static org.fiscaldisclosure.disclosure.service.portal.PortalPaths.statusHtml;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fiscaldisclosure.disclosure.service.DisclosureQueries;
import org.fiscaldisclosure.disclosure.service.DisclosureSummary;
import org.fiscaldisclosure.disclosure.service.overview.DisclosureListing;
import org.fiscaldisclosure.disclosure.service.overview.PublicationDeadline;
import org.fiscaldisclosure.disclosure.service.overview.RegionSummaries;
import org.fiscaldisclosure.disclosure.service.overview.RegionSummary;
import org.fiscaldisclosure.disclosure.service.portal.PortalHtml.Cell;

/** The portal's pages by region and year: the index, a region-year's disclosures, the region summary, the 404. */
@ApplicationScoped
public class RegionPages {

    @Inject
    DisclosureQueries queries;

    @Inject
    DisclosureListing listing;

    @Inject
    RegionSummaries summaries;

    /** {@code /portal}: every region and year with disclosures. */
    public String index() {
        List<List<Cell>> rows = new ArrayList<>();
        for (DisclosureQueries.RegionYear r : queries.regionYears()) {
            rows.add(List.of(Cell.text(r.fiscalYear() + "年度"),
                    Cell.text(r.regionName() == null ? r.regionCode() : r.regionName() + "（" + r.regionCode() + "）"),
                    Cell.number(String.valueOf(r.disclosures())),
                    Cell.html(link(regionYearPath(r.regionCode(), r.fiscalYear()), "公开目录") + "　"
                            + link(regionSummaryPath(r.regionCode(), r.fiscalYear()), "地区汇总"))));
        }
        return PortalHtml.page("部门决算公开", "<p>按地区和年度列出各部门（单位）的决算公开。</p>"
                + PortalHtml.table(null, List.of("年度", "地区", "单位数", "查看"), rows)
                + "<p>JSON：" + link("/api/v1/regions", "/api/v1/regions") + "</p>");
    }

    /** {@code /portal/{region}/{year}}: the disclosures of a region and year. */
    public Optional<String> regionYear(String region, int year) {
        List<DisclosureSummary> all = listing.all(year, region);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        String title = regionTitle(region, all) + year + "年度部门决算公开";
        return Optional.of(PortalHtml.page(title, disclosureTable(all, summaries.publishedGrandTotals(region, year))
                + "<p>" + link(regionSummaryPath(region, year), "地区汇总（按状态、按时公开、合计）") + "</p>"
                + "<p>JSON：" + link(regionSummaryJson(region, year), regionSummaryJson(region, year)) + "</p>"));
    }

    /** {@code /portal/regions/{region}/{year}}: the region summary as a page. */
    public Optional<String> region(String region, int year) {
        List<DisclosureSummary> all = listing.all(year, region);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        RegionSummary s = summaries.of(region, year, all, null);
        StringBuilder body = new StringBuilder();
        body.append("<h2>按公开状态</h2>");
        List<List<Cell>> statusRows = new ArrayList<>();
        s.byStatus().forEach((status, count) -> statusRows.add(List.of(Cell.html(statusHtml(status)), Cell.number(String.valueOf(count)))));
        statusRows.add(List.of(Cell.text("合计"), Cell.number(String.valueOf(s.disclosures()))));
        body.append(PortalHtml.table(null, List.of("状态", "单位数"), statusRows));
        body.append("<h2>按时公开</h2><p>期限：").append(esc(s.onTime().deadline().toString())).append("。规则：")
                .append(esc(s.onTime().rule())).append("</p>");
        RegionSummary.OnTime t = s.onTime();
        body.append(PortalHtml.table(null, List.of("情况", "单位数"), List.of(
                List.of(Cell.text(PublicationDeadline.Timeliness.ON_TIME.label()), Cell.number(String.valueOf(t.onTime()))),
                List.of(Cell.text(PublicationDeadline.Timeliness.LATE.label()), Cell.number(String.valueOf(t.late()))),
                List.of(Cell.text(PublicationDeadline.Timeliness.OVERDUE.label()), Cell.number(String.valueOf(t.overdue()))),
                List.of(Cell.text(PublicationDeadline.Timeliness.PENDING.label()), Cell.number(String.valueOf(t.pending()))))));
        body.append("<h2>已公开版本合计</h2><p>").append(s.published().disclosures())
                .append(" 个单位的最新公开版本之和（精确到分的元数相加，再折算万元）。</p>");
        body.append(PortalHtml.table(null, List.of("项目", "万元", "元"), List.of(
                sumRow("收支总计", s.published().grandTotal()), sumRow("“三公”经费", s.published().threePublic()),
                sumRow("政府采购支出总额", s.published().procurementTotal()))));
        body.append("<h2>各单位</h2>").append(disclosureTable(all, summaries.publishedGrandTotals(region, year)));
        body.append("<p>JSON：").append(link(regionSummaryJson(region, year), regionSummaryJson(region, year))).append("</p>");
        return Optional.of(PortalHtml.page(regionTitle(region, all) + year + "年度部门决算公开汇总", body.toString()));
    }

    /** The page answered with a 404. */
    public String notFound() {
        return PortalHtml.page("未找到", "<p>没有这一公开内容。" + link("/portal", "返回部门决算公开目录") + "</p>");
    }

    private static String regionSummaryJson(String region, int year) {
        return "/api/v1/regions/" + region + "/summary?year=" + year;
    }

    private static List<Cell> sumRow(String label, BigDecimal yuan) {
        return List.of(Cell.text(label), Cell.number(esc(Formats.wan(yuan))), Cell.number(esc(Formats.yuan(yuan))));
    }

    private static String regionTitle(String region, List<DisclosureSummary> all) {
        return all.stream().map(DisclosureSummary::regionName).filter(java.util.Objects::nonNull).findFirst()
                .orElse(region + " ");
    }
}
