package org.fiscaldisclosure.disclosure.portal;

import static org.fiscaldisclosure.disclosure.portal.PortalPaths.apiPath;
import static org.fiscaldisclosure.disclosure.portal.PortalPaths.disclosurePath;
import static org.fiscaldisclosure.disclosure.portal.PortalPaths.regionSummaryPath;
import static org.fiscaldisclosure.disclosure.portal.PortalPaths.regionYearPath;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.fiscaldisclosure.contracts.event.HeadlineFigure;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.disclosure.assembly.DisclosureQueries;
import org.fiscaldisclosure.disclosure.publication.PublicationStatus;
import org.fiscaldisclosure.disclosure.publication.VersionDiff;
import org.fiscaldisclosure.disclosure.publication.VersionQueries;
import org.fiscaldisclosure.disclosure.published.PublishedDocument;

/**
 * The portal's pages to find and compare: the search, a unit's disclosures across years, a region's units side by
 * side with a chart, and the difference between two versions in words and figures. Published versions only; amounts
 * in 万元 (HALF_UP from exact 元), changes with their percentage.
 */
@ApplicationScoped
public class ComparisonPages {

    /** The rows of a search page. */
    public static final int PAGE_SIZE = 50;

    /** The most bars a region's chart draws (the largest); the table lists every unit. */
    public static final int CHART_BARS = 40;

    @Inject
    PortalSearch search;

    @Inject
    Comparisons comparisons;

    @Inject
    DisclosureQueries queries;

    @Inject
    VersionQueries versions;

    /** An option of a select: value, label, whether chosen. */
    public record Option(String value, String label, boolean selected) {
    }

    public record Link(String label, String href) {
    }

    /** A search hit as the page shows it. */
    public record HitRow(String name, String unitCode, String href, int fiscalYear, String region, String kind, String status,
                         String total, String date, Integer version) {
    }

    /** A row of figures: its name, then one cell per column. */
    public record FigureRow(String name, List<String> cells) {
    }

    /** A change of a figure between two years or two versions, in figures and in words. */
    public record ChangeRow(String name, String period, String from, String to, String difference, String percent, String words) {
    }

    /** A unit's row in a region's comparison. */
    public record UnitRow(String name, String unitCode, String href, String kind, Integer version, List<String> cells) {
    }

    // ---------------------------------------------------------------- search

    /** {@code /portal/search}: the search form and the disclosures found. */
    public String search(String text, Integer year, PublicationStatus status, String kind, PortalSearch.Sort sort, int page) {
        PortalSearch.Result r = search.search(text, year, null, status, kind, sort, page, PAGE_SIZE);
        List<HitRow> rows = new ArrayList<>();
        for (PortalSearch.Hit h : r.items()) {
            rows.add(new HitRow(h.unitName() == null ? h.unitCode() : h.unitName(), h.unitCode(), h.portalHref(), h.fiscalYear(),
                    h.regionName() == null ? h.regionCode() : h.regionName(), PortalSearch.kindLabel(h.kind()), h.status().label(),
                    h.grandTotal() == null ? null : Formats.wan(h.grandTotal()), Formats.date(h.latestPublishedAt()), h.latestVersion()));
        }
        TreeSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        queries.regionYears().forEach(y -> years.add(y.fiscalYear()));
        List<Option> yearOptions = new ArrayList<>();
        yearOptions.add(new Option("", "全部年度", year == null));
        years.forEach(y -> yearOptions.add(new Option(Integer.toString(y), y + "年度", Objects.equals(year, y))));
        List<Option> statusOptions = new ArrayList<>();
        statusOptions.add(new Option("", "全部状态", status == null));
        for (PublicationStatus s : PublicationStatus.values()) {
            statusOptions.add(new Option(s.name(), s.label(), s == status));
        }
        List<Option> kindOptions = new ArrayList<>();
        kindOptions.add(new Option("", "全部单位性质", kind == null));
        for (String k : List.of("ADMINISTRATIVE", "PUBLIC_INSTITUTION", "OTHER")) {
            kindOptions.add(new Option(k, PortalSearch.kindLabel(k), k.equals(kind)));
        }
        List<Option> sortOptions = new ArrayList<>();
        Map<PortalSearch.Sort, String> sorts = new LinkedHashMap<>();
        sorts.put(PortalSearch.Sort.YEAR, "年度（新的在前）");
        sorts.put(PortalSearch.Sort.NAME, "单位名称");
        sorts.put(PortalSearch.Sort.CODE, "单位代码");
        sorts.put(PortalSearch.Sort.TOTAL, "收支总计（大的在前）");
        sorts.put(PortalSearch.Sort.PUBLISHED, "公开时间（新的在前）");
        sorts.forEach((s, label) -> sortOptions.add(new Option(s.name(), label, s == sort)));
        String query = query(text, year, status, kind, sort);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("q", text == null ? "" : text);
        data.put("years", yearOptions);
        data.put("statuses", statusOptions);
        data.put("kinds", kindOptions);
        data.put("sorts", sortOptions);
        data.put("hits", rows);
        data.put("total", r.total());
        data.put("from", r.total() == 0 ? 0 : (long) page * PAGE_SIZE + 1);
        data.put("to", (long) page * PAGE_SIZE + rows.size());
        data.put("previousHref", page > 0 ? "/portal/search?" + query + "page=" + (page - 1) : null);
        data.put("nextHref", (long) (page + 1) * PAGE_SIZE < r.total() ? "/portal/search?" + query + "page=" + (page + 1) : null);
        data.put("jsonHref", "/api/v1/units?" + query + "page=" + page + "&size=" + PAGE_SIZE);
        return PortalHtml.page("search.html", "查找部门决算公开", data);
    }

    private static String query(String text, Integer year, PublicationStatus status, String kind, PortalSearch.Sort sort) {
        StringBuilder q = new StringBuilder();
        if (text != null && !text.isBlank()) {
            q.append("q=").append(URLEncoder.encode(text.strip(), StandardCharsets.UTF_8)).append('&');
        }
        if (year != null) {
            q.append("year=").append(year).append('&');
        }
        if (status != null) {
            q.append("status=").append(status.name()).append('&');
        }
        if (kind != null) {
            q.append("kind=").append(kind).append('&');
        }
        if (sort != PortalSearch.Sort.YEAR) {
            q.append("sort=").append(sort.name()).append('&');
        }
        return q.toString();
    }

    // ---------------------------------------------------------------- a unit across years

    /** {@code /portal/units/{unitCode}}: the unit's published disclosures across years. */
    public Optional<String> acrossYears(UnitCode unit) {
        Optional<Comparisons.UnitAcrossYears> found = comparisons.acrossYears(unit.value());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Comparisons.UnitAcrossYears u = found.get();
        List<Link> columns = new ArrayList<>();
        for (Comparisons.Year y : u.years()) {
            columns.add(new Link(y.fiscalYear() + "年度（第" + y.version() + "版）", disclosurePath(u.unitCode(), y.fiscalYear())));
        }
        List<FigureRow> rows = new ArrayList<>();
        for (HeadlineFigure f : Comparisons.COMPARED) {
            List<String> cells = u.years().stream().map(y -> Formats.wan(y.figures().get(f.key()))).toList();
            if (u.years().stream().anyMatch(y -> y.figures().containsKey(f.key()))) {
                rows.add(new FigureRow(Comparisons.label(f), cells));
            }
        }
        List<ChangeRow> changes = new ArrayList<>();
        for (Comparisons.Change c : u.changes()) {
            String name = Comparisons.label(HeadlineFigure.ofKey(c.key()).orElseThrow());
            changes.add(change(name, c.toYear() + "年度比" + c.fromYear() + "年度", c.fromYear() + "年度", c.toYear() + "年度",
                    c.from(), c.to()));
        }
        String name = u.unitName() == null ? u.unitCode() : u.unitName();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", name);
        data.put("unitCode", u.unitCode());
        data.put("columns", columns);
        data.put("rows", rows);
        data.put("changes", changes);
        data.put("jsonHref", "/api/v1/units/" + u.unitCode() + "/years");
        return Optional.of(PortalHtml.page("unit-years.html", name + "历年部门决算比较", data));
    }

    // ---------------------------------------------------------------- a region's units

    /** {@code /portal/regions/{region}/{year}/units}: the region's published units side by side, with a chart. */
    public Optional<String> region(String region, int year, Comparisons.Sort sort, HeadlineFigure figure) {
        Optional<Comparisons.RegionUnits> found = comparisons.region(region, year, sort, figure.key());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Comparisons.RegionUnits r = found.get();
        List<UnitRow> rows = new ArrayList<>();
        for (Comparisons.Unit u : r.units()) {
            rows.add(new UnitRow(u.unitName() == null ? u.unitCode() : u.unitName(), u.unitCode(), disclosurePath(u.unitCode(), year),
                    PortalSearch.kindLabel(u.kind()), u.version(),
                    Comparisons.COMPARED.stream().map(f -> Formats.wan(u.figures().get(f.key()))).toList()));
        }
        List<String> totals = Comparisons.COMPARED.stream().map(f -> Formats.wan(r.totals().get(f.key()))).toList();
        String label = Comparisons.label(figure);
        List<Comparisons.Unit> charted = new ArrayList<>(r.units());
        charted.sort(java.util.Comparator.comparing((Comparisons.Unit u) -> u.figures().get(figure.key()),
                java.util.Comparator.nullsLast(java.util.Comparator.<BigDecimal>reverseOrder())).thenComparing(Comparisons.Unit::unitCode));
        List<Comparisons.Unit> drawn = charted.subList(0, Math.min(CHART_BARS, charted.size()));
        List<BarChart.Item> items = drawn.stream()
                .map(u -> new BarChart.Item(u.unitName() == null ? u.unitCode() : u.unitName(), u.figures().get(figure.key()))).toList();
        String regionName = r.regionName() == null ? region : r.regionName();
        BarChart chart = BarChart.of(regionName + year + "年度各单位" + label + "（万元）", chartDescription(r, drawn, figure, label), items);
        List<Option> figures = new ArrayList<>();
        for (HeadlineFigure f : Comparisons.COMPARED) {
            figures.add(new Option(f.key(), Comparisons.label(f), f == figure));
        }
        List<Option> sorts = new ArrayList<>();
        sorts.add(new Option("FIGURE", "按所选数字（大的在前）", sort == Comparisons.Sort.FIGURE));
        sorts.add(new Option("NAME", "按单位名称", sort == Comparisons.Sort.NAME));
        sorts.add(new Option("CODE", "按单位代码", sort == Comparisons.Sort.CODE));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("region", region);
        data.put("year", year);
        data.put("disclosures", r.disclosures());
        data.put("published", r.units().size());
        data.put("figureNames", Comparisons.COMPARED.stream().map(Comparisons::label).toList());
        data.put("rows", rows);
        data.put("totals", totals);
        data.put("chart", chart);
        data.put("figures", figures);
        data.put("sorts", sorts);
        data.put("action", "/portal/regions/" + region + "/" + year + "/units");
        data.put("regionYearHref", regionYearPath(region, year));
        data.put("summaryHref", regionSummaryPath(region, year));
        data.put("bundleHref", bundlePath(region, year));
        data.put("jsonHref", "/api/v1/regions/" + region + "/units?year=" + year + "&sort=" + sort.name() + "&figure=" + figure.key());
        return Optional.of(PortalHtml.page("region-compare.html", regionName + year + "年度各单位比较", data));
    }

    static String bundlePath(String region, int year) {
        return "/api/v1/regions/" + region + "/bundle?year=" + year;
    }

    private static String chartDescription(Comparisons.RegionUnits r, List<Comparisons.Unit> drawn, HeadlineFigure figure, String label) {
        StringBuilder s = new StringBuilder("共 " + r.units().size() + " 个已公开单位");
        if (drawn.size() < r.units().size()) {
            s.append("，图中为").append(label).append("最大的 ").append(drawn.size()).append(" 个");
        }
        Optional<Comparisons.Unit> largest = drawn.stream().filter(u -> u.figures().get(figure.key()) != null).findFirst();
        largest.ifPresent(u -> s.append("；").append(label).append("最大的是").append(u.unitName() == null ? u.unitCode() : u.unitName())
                .append("，").append(Formats.wan(u.figures().get(figure.key()))).append(" 万元"));
        BigDecimal total = r.totals().get(figure.key());
        if (total != null) {
            s.append("；合计 ").append(Formats.wan(total)).append(" 万元");
        }
        return s.append("。各单位的数字见下表。").toString();
    }

    // ---------------------------------------------------------------- the difference between two versions

    /** {@code /portal/disclosures/{unit}/{year}/versions/{from}/diff/{to}}: what changed, in words and figures. */
    public String diff(UnitCode unit, FiscalYear year, int from, int to) {
        VersionDiff d = versions.diff(unit, year, from, to);
        PublishedDocument a = versions.document(unit, year, from);
        PublishedDocument b = versions.document(unit, year, to);
        List<ChangeRow> figures = new ArrayList<>();
        for (VersionDiff.FigureChange c : d.headline()) {
            Optional<HeadlineFigure> f = HeadlineFigure.ofKey(c.key());
            String name = f.map(HeadlineFigure::label).orElse(c.key());
            if (f.isPresent() && f.get().unit() != HeadlineFigure.Unit.YUAN) {
                figures.add(measured(name, f.get().unit().symbol(), c.from(), c.to(), from, to));
            } else {
                figures.add(change(name, "第" + to + "版比第" + from + "版", "第" + from + "版", "第" + to + "版", c.from(), c.to()));
            }
        }
        List<String> parts = new ArrayList<>();
        for (VersionDiff.PartChange p : d.parts()) {
            String name = PortalPaths.partName(p.part());
            if (p.fromRevision() == null) {
                parts.add(name + "：第" + to + "版新收入（第 " + p.toRevision() + " 次修订）");
            } else if (p.toRevision() == null) {
                parts.add(name + "：第" + to + "版不再包含");
            } else {
                parts.add(name + "：由第 " + p.fromRevision() + " 次修订更新为第 " + p.toRevision() + " 次修订");
            }
        }
        List<String[]> explained = new ArrayList<>();
        for (VersionDiff.ExplanationChange e : d.explanations()) {
            explained.add(new String[] {e.ruleId(), e.location(), e.from() == null ? "（无）" : e.from(), e.to() == null ? "（撤回）" : e.to()});
        }
        String name = b.unitName() == null ? b.unitCode() : b.unitName();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("from", from);
        data.put("to", to);
        data.put("fromAt", Formats.time(a.publishedAt()));
        data.put("toAt", Formats.time(b.publishedAt()));
        data.put("fromHash", d.fromHash());
        data.put("toHash", d.toHash());
        data.put("note", d.correctionNote());
        data.put("parts", parts);
        data.put("figures", figures);
        data.put("explanations", explained.stream().map(x -> new ExplanationRow(x[0], x[1], x[2], x[3])).toList());
        data.put("unchanged", parts.isEmpty() && figures.isEmpty() && explained.isEmpty());
        data.put("disclosureHref", disclosurePath(unit.value(), year.value()));
        data.put("fromHref", apiPath(unit.value(), year.value()) + "/versions/" + from + "?format=html");
        data.put("toHref", apiPath(unit.value(), year.value()) + "/versions/" + to + "?format=html");
        data.put("jsonHref", apiPath(unit.value(), year.value()) + "/versions/" + from + "/diff/" + to);
        return PortalHtml.page("diff.html", name + year.value() + "年度部门决算公开：第" + from + "版与第" + to + "版比较", data);
    }

    /** An explanation that changed: rule, place, before, after. */
    public record ExplanationRow(String ruleId, String location, String from, String to) {
    }

    /** An amount's change (元 in, 万元 shown) with its percentage and a sentence saying it. */
    static ChangeRow change(String name, String period, String fromName, String toName, BigDecimal from, BigDecimal to) {
        String words;
        BigDecimal diff = from == null || to == null ? null : to.subtract(from);
        BigDecimal percent = Comparisons.percent(from, to);
        if (from == null) {
            words = toName + name + " " + Formats.wan(to) + " 万元，" + fromName + "未列此数。";
        } else if (to == null) {
            words = fromName + name + " " + Formats.wan(from) + " 万元，" + toName + "未列此数。";
        } else if (diff.signum() == 0) {
            words = name + "与" + fromName + "相同，为 " + Formats.wan(to) + " 万元。";
        } else {
            String way = diff.signum() > 0 ? "增加" : "减少";
            words = toName + name + " " + Formats.wan(to) + " 万元，比" + fromName + "（" + Formats.wan(from) + " 万元）" + way + " "
                    + Formats.wan(diff.abs()) + " 万元" + (percent == null ? "（" + fromName + "为零，不计增减幅度）" : "，"
                    + (diff.signum() > 0 ? "增长 " : "下降 ") + percent.abs().toPlainString() + "%") + "。";
        }
        return new ChangeRow(name, period, Formats.wan(from), Formats.wan(to), diff == null ? "—" : signed(Formats.wan(diff)),
                percent == null ? "—" : (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%", words);
    }

    /** A figure that is not an amount (points, a percentage, a count), shown as it is with its unit. */
    private static ChangeRow measured(String name, String unit, BigDecimal from, BigDecimal to, int a, int b) {
        String x = from == null ? "—" : from.stripTrailingZeros().toPlainString() + unit;
        String y = to == null ? "—" : to.stripTrailingZeros().toPlainString() + unit;
        BigDecimal diff = from == null || to == null ? null : to.subtract(from);
        String words = from == null || to == null ? name + "：第" + a + "版 " + x + "，第" + b + "版 " + y + "。"
                : name + "由第" + a + "版的 " + x + " 改为第" + b + "版的 " + y + "。";
        return new ChangeRow(name, "第" + b + "版比第" + a + "版", x, y,
                diff == null ? "—" : signed(diff.stripTrailingZeros().toPlainString()) + unit, "—", words);
    }

    private static String signed(String n) {
        return n.startsWith("-") ? "−" + n.substring(1) : "+" + n;
    }
}
