package org.fiscaldisclosure.disclosure.portal;

import static org.fiscaldisclosure.disclosure.portal.PortalPaths.disclosureRows;
import static org.fiscaldisclosure.disclosure.portal.PortalPaths.regionComparePath;
import static org.fiscaldisclosure.disclosure.portal.PortalPaths.regionSummaryPath;
import static org.fiscaldisclosure.disclosure.portal.PortalPaths.regionYearPath;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fiscaldisclosure.disclosure.assembly.DisclosureQueries;
import org.fiscaldisclosure.disclosure.overview.DisclosureListing;
import org.fiscaldisclosure.disclosure.overview.DisclosureSummary;
import org.fiscaldisclosure.disclosure.overview.PublicationDeadline.Timeliness;
import org.fiscaldisclosure.disclosure.overview.RegionSummaries;
import org.fiscaldisclosure.disclosure.overview.RegionSummary;

/** The portal's pages by region and year: the index, a region-year's disclosures, the region summary, the 404. */
@ApplicationScoped
public class RegionPages {

    /** A region and year of the index. */
    public record RegionYearRow(int fiscalYear, String region, int disclosures, String listHref, String summaryHref, String compareHref) {
    }

    /** A label and a count. */
    public record Count(String label, long count) {
    }

    /** A sum over the published versions, in 万元 and in exact 元. */
    public record Sum(String label, String wan, String yuan) {
    }

    @Inject
    DisclosureQueries queries;

    @Inject
    DisclosureListing listing;

    @Inject
    RegionSummaries summaries;

    /** {@code /portal}: every region and year with disclosures. */
    public String index() {
        List<RegionYearRow> rows = new ArrayList<>();
        for (DisclosureQueries.RegionYear r : queries.regionYears()) {
            rows.add(new RegionYearRow(r.fiscalYear(), r.regionName() == null ? r.regionCode() : r.regionName() + "（" + r.regionCode() + "）",
                    r.disclosures(), regionYearPath(r.regionCode(), r.fiscalYear()), regionSummaryPath(r.regionCode(), r.fiscalYear()),
                    regionComparePath(r.regionCode(), r.fiscalYear())));
        }
        return PortalHtml.page("index.html", "部门决算公开", Map.of("rows", rows));
    }

    /** {@code /portal/{region}/{year}}: the disclosures of a region and year. */
    public Optional<String> regionYear(String region, int year) {
        List<DisclosureSummary> all = listing.all(year, region);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(PortalHtml.page("region-year.html", regionTitle(region, all) + year + "年度部门决算公开", Map.of(
                "disclosures", disclosureRows(all, summaries.publishedGrandTotals(region, year)),
                "summaryHref", regionSummaryPath(region, year),
                "compareHref", regionComparePath(region, year),
                "bundleHref", ComparisonPages.bundlePath(region, year),
                "jsonHref", regionSummaryJson(region, year))));
    }

    /** {@code /portal/regions/{region}/{year}}: the region summary as a page. */
    public Optional<String> region(String region, int year) {
        List<DisclosureSummary> all = listing.all(year, region);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        RegionSummary s = summaries.of(region, year, all, null);
        List<Count> byStatus = new ArrayList<>();
        s.byStatus().forEach((status, count) -> byStatus.add(new Count(status.label(), count)));
        RegionSummary.OnTime t = s.onTime();
        List<Count> onTime = List.of(new Count(Timeliness.ON_TIME.label(), t.onTime()), new Count(Timeliness.LATE.label(), t.late()),
                new Count(Timeliness.OVERDUE.label(), t.overdue()), new Count(Timeliness.PENDING.label(), t.pending()));
        List<Sum> sums = List.of(sum("收支总计", s.published().grandTotal()), sum("“三公”经费", s.published().threePublic()),
                sum("政府采购支出总额", s.published().procurementTotal()));
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("summary", s);
        data.put("deadlineRule", deadlineInWords(s.onTime().deadline()));
        data.put("byStatus", byStatus);
        data.put("onTime", onTime);
        data.put("sums", sums);
        data.put("disclosures", disclosureRows(all, summaries.publishedGrandTotals(region, year)));
        data.put("compareHref", regionComparePath(region, year));
        data.put("bundleHref", ComparisonPages.bundlePath(region, year));
        data.put("jsonHref", regionSummaryJson(region, year));
        return Optional.of(PortalHtml.page("region.html", regionTitle(region, all) + year + "年度部门决算公开汇总", data));
    }

    /**
     * The deadline rule as the public reads it, in words (the JSON summary states the rule and its source; the page
     * names no setting of the service).
     */
    static String deadlineInWords(java.time.LocalDate deadline) {
        return "第1版在决算年度次年" + deadline.getMonthValue() + "月" + deadline.getDayOfMonth()
                + "日（含当日，按北京时间计）或之前公开的为按时公开，之后公开的为逾期公开；尚未公开的，过了这一天为逾期未公开。";
    }

    /** The page answered with a 404. */
    public String notFound() {
        return PortalHtml.page("not-found.html", "未找到", Map.of());
    }

    private static String regionSummaryJson(String region, int year) {
        return "/api/v1/regions/" + region + "/summary?year=" + year;
    }

    private static Sum sum(String label, BigDecimal yuan) {
        return new Sum(label, Formats.wan(yuan), Formats.yuan(yuan));
    }

    private static String regionTitle(String region, List<DisclosureSummary> all) {
        return all.stream().map(DisclosureSummary::regionName).filter(Objects::nonNull).findFirst().orElse(region + " ");
    }
}
