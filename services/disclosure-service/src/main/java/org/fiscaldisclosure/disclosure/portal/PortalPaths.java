package org.fiscaldisclosure.disclosure.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.disclosure.overview.DisclosureSummary;

/** What the portal's pages share: their paths, the disclosures table, the names of statuses and parts. */
final class PortalPaths {

    private PortalPaths() {
    }

    static String regionYearPath(String region, int year) {
        return "/portal/" + region + "/" + year;
    }

    static String regionSummaryPath(String region, int year) {
        return "/portal/regions/" + region + "/" + year;
    }

    static String regionComparePath(String region, int year) {
        return regionSummaryPath(region, year) + "/units";
    }

    static String unitYearsPath(String unit) {
        return "/portal/units/" + unit;
    }

    static String diffPath(String unit, int year, int from, int to) {
        return disclosurePath(unit, year) + "/versions/" + from + "/diff/" + to;
    }

    static String disclosurePath(String unit, int year) {
        return "/portal/disclosures/" + unit + "/" + year;
    }

    static String dataQualityPath(String unit, int year) {
        return disclosurePath(unit, year) + "/data-quality";
    }

    static String apiPath(String unit, int year) {
        return "/api/v1/disclosures/" + unit + "/" + year;
    }

    /**
     * A row of the disclosures table ({@code pages/tags/disclosures.html}): unit (linked), status, and what its newest
     * published version says: 收支总计 in 万元, date and version, the link to its data-quality view. A draft shows its
     * status only: its figures and findings are not public (docs/security.md).
     *
     * @param total   收支总计 in 万元, or null when nothing is published
     * @param version the newest published version, or null
     */
    public record DisclosureRow(String name, String unitCode, String href, String status, String total, String date,
                                Integer version, String dataQualityHref) {
    }

    static List<DisclosureRow> disclosureRows(List<DisclosureSummary> all, Map<String, BigDecimal> publishedGrandTotals) {
        List<DisclosureRow> rows = new ArrayList<>();
        for (DisclosureSummary s : all) {
            BigDecimal total = publishedGrandTotals.get(s.unitCode());
            rows.add(new DisclosureRow(s.unitName() == null ? s.unitCode() : s.unitName(), s.unitCode(),
                    disclosurePath(s.unitCode(), s.fiscalYear()), s.status().label(), total == null ? null : Formats.wan(total),
                    Formats.date(s.latestPublishedAt()), s.latestVersion(), dataQualityPath(s.unitCode(), s.fiscalYear())));
        }
        return rows;
    }

    static String partName(String key) {
        return switch (key) {
            case "statements" -> "决算报表";
            case "procurement" -> "政府采购与购买服务";
            case "performance" -> "绩效评价";
            default -> key;
        };
    }
}
