package org.fiscaldisclosure.disclosure.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.disclosure.quality.CriterionResult;
import org.fiscaldisclosure.disclosure.quality.QualityCriterion;
import org.fiscaldisclosure.disclosure.quality.QualityOutcome;
import org.fiscaldisclosure.disclosure.quality.QualityReports;
import org.fiscaldisclosure.disclosure.quality.RegionQuality;
import org.fiscaldisclosure.disclosure.quality.UnitQuality;

/**
 * The portal's quality views by the inspection criteria: a region and year (units by criterion, each unit's outcome
 * linked to its view) and one disclosure (each criterion with its items, failing items first, a table's item linked
 * to the published version). The JSON behind each page is linked from it.
 */
@ApplicationScoped
public class QualityPages {

    @Inject
    QualityReports reports;

    /** A criterion's outcome for one unit: its words, its CSS class, the link to the criterion on the unit's view. */
    public record Cell(String label, String css, String href) {
    }

    /** A unit's row on the region's view. */
    public record UnitRow(String name, String unitCode, String href, String version, List<Cell> cells, int failures) {
    }

    /** A count row of the region's view: a criterion and its units by outcome. */
    public record CountRow(String criterion, int pass, int fail, int notApplicable) {
    }

    /** An item of a criterion on the unit's view. */
    public record ItemRow(String item, String outcome, String css, String text, String href) {
    }

    /** A criterion's section on the unit's view. */
    public record Section(String anchor, String label, String outcome, String css, List<ItemRow> items) {
    }

    public static String regionQualityPath(String region, int year) {
        return "/portal/quality/regions/" + region + "/" + year;
    }

    public static String unitQualityPath(String unit, int year) {
        return "/portal/quality/disclosures/" + unit + "/" + year;
    }

    /** {@code /portal/quality/regions/{region}/{year}}. */
    public Optional<String> region(String region, int year) {
        Optional<RegionQuality> found = reports.region(region, year);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RegionQuality q = found.get();
        List<CountRow> counts = new ArrayList<>();
        q.byCriterion().forEach((c, byOutcome) -> counts.add(new CountRow(c.label(), byOutcome.get(QualityOutcome.PASS),
                byOutcome.get(QualityOutcome.FAIL), byOutcome.get(QualityOutcome.NOT_APPLICABLE))));
        List<UnitRow> units = new ArrayList<>();
        for (UnitQuality u : q.units()) {
            List<Cell> cells = new ArrayList<>();
            String href = unitQualityPath(u.unitCode(), u.fiscalYear());
            for (CriterionResult r : u.criteria()) {
                String label = r.criterion() == QualityCriterion.TIMELINESS ? u.timeliness().statusLabel() : r.outcome().label();
                cells.add(new Cell(label, r.outcome().name(), href + "#" + anchor(r.criterion())));
            }
            units.add(new UnitRow(u.unitName() == null ? u.unitCode() : u.unitName(), u.unitCode(), href,
                    u.version() == null ? "未公开" : "第" + u.version() + "版", cells, u.failures()));
        }
        List<String> criteria = new ArrayList<>();
        for (QualityCriterion c : QualityCriterion.values()) {
            criteria.add(c.label());
        }
        String title = (q.regionName() == null ? region + " " : q.regionName()) + year + "年度部门决算公开质量";
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("quality", q);
        data.put("counts", counts);
        data.put("criteria", criteria);
        data.put("units", units);
        data.put("summaryHref", PortalPaths.regionSummaryPath(region, year));
        data.put("jsonHref", "/api/v1/quality/regions/" + region + "/" + year);
        data.put("feedHref", "/api/v1/feed?regionCode=" + region + "&year=" + year);
        return Optional.of(PortalHtml.page("quality-region.html", title, data));
    }

    /** {@code /portal/quality/disclosures/{unit}/{year}}. */
    public Optional<String> unit(UnitCode unit, FiscalYear year) {
        Optional<UnitQuality> found = reports.unit(unit, year);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UnitQuality u = found.get();
        String versionHtml = u.version() == null ? null
                : PortalPaths.apiPath(u.unitCode(), u.fiscalYear()) + "/versions/" + u.version() + "?format=html";
        List<Section> sections = new ArrayList<>();
        for (CriterionResult r : u.criteria()) {
            List<ItemRow> items = r.items().stream().map(i -> new ItemRow(itemName(i.item()), i.outcome().label(), i.outcome().name(),
                    i.text(), i.item().matches("T[0-9]+(/.*)?") && versionHtml != null ? versionHtml : null)).toList();
            sections.add(new Section(anchor(r.criterion()), r.label(), r.outcome().label(), r.outcome().name(), items));
        }
        String name = u.unitName() == null ? u.unitCode() : u.unitName();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("quality", u);
        data.put("name", name);
        data.put("sections", sections);
        data.put("firstPublished", u.timeliness().firstPublishedAt() == null ? "尚未公开" : Formats.time(u.timeliness().firstPublishedAt()));
        data.put("basis", u.timeliness().basis() == org.fiscaldisclosure.disclosure.quality.TimelinessResult.Basis.ACCOUNTS_APPROVAL
                ? "决算批复后20日内" : "本地区规定的公开期限（未填决算批复日期）");
        data.put("disclosureHref", PortalPaths.disclosurePath(u.unitCode(), u.fiscalYear()));
        data.put("regionHref", regionQualityPath(u.regionCode(), u.fiscalYear()));
        data.put("jsonHref", "/api/v1/quality/disclosures/" + u.unitCode() + "/" + u.fiscalYear());
        return Optional.of(PortalHtml.page("quality-unit.html", name + " " + u.fiscalYear() + "年度部门决算公开质量", data));
    }

    static String anchor(QualityCriterion c) {
        return "c-" + c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** An item's name on the page: 表7, 表3 科目 20103, 决算报表部分, 首次公开, “三公”经费. */
    static String itemName(String item) {
        if (item.matches("T[0-9]+")) {
            return "表" + item.substring(1);
        }
        if (item.matches("T[0-9]+/.+")) {
            return "表" + item.substring(1, item.indexOf('/')) + " 科目 " + item.substring(item.indexOf('/') + 1);
        }
        if (item.startsWith("part:")) {
            return PortalPaths.partName(item.substring(5)) + "部分";
        }
        return switch (item) {
            case "firstPublication" -> "首次公开";
            case "threePublic" -> "“三公”经费";
            case "unpublished" -> "—";
            default -> item;
        };
    }
}
