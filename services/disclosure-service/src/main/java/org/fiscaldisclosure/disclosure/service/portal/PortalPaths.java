package org.fiscaldisclosure.disclosure.service.portal;

import static org.fiscaldisclosure.disclosure.service.rendering.Html.esc;
import static org.fiscaldisclosure.disclosure.service.portal.PortalHtml.link;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.disclosure.service.DisclosureSummary;
import org.fiscaldisclosure.disclosure.service.portal.PortalHtml.Cell;
import org.fiscaldisclosure.disclosure.service.publication.PublicationStatus;

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
     * One row per disclosure: unit (linked), status, and what its newest published version says: 收支总计 in 万元, date
     * and version, the link to its data-quality view. A draft shows its status only: its figures and findings are not
     * public (docs/security.md).
     */
    static String disclosureTable(List<DisclosureSummary> all, Map<String, BigDecimal> publishedGrandTotals) {
        List<List<Cell>> rows = new ArrayList<>();
        for (DisclosureSummary s : all) {
            String name = s.unitName() == null ? s.unitCode() : s.unitName();
            boolean published = s.latestVersion() != null;
            BigDecimal total = publishedGrandTotals.get(s.unitCode());
            rows.add(List.of(
                    Cell.html(link(disclosurePath(s.unitCode(), s.fiscalYear()), name) + "<span class=\"sub\">" + esc(s.unitCode()) + "</span>"),
                    Cell.html(statusHtml(s.status())),
                    total == null ? Cell.text("—") : Cell.number(esc(Formats.wan(total))),
                    Cell.html(!published ? "—" : esc(Formats.date(s.latestPublishedAt()))
                            + "<span class=\"sub\">第" + s.latestVersion() + "版</span>"),
                    Cell.html(!published ? "—" : link(dataQualityPath(s.unitCode(), s.fiscalYear()), "第" + s.latestVersion() + "版"))));
        }
        return PortalHtml.table(null, List.of("单位", "状态", "收支总计（万元，最新公开版本）", "公开日期", "数据质量"), rows);
    }

    static String statusHtml(PublicationStatus s) {
        return "<span class=\"status\">" + esc(s.label()) + "</span>";
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
