package org.fiscaldisclosure.disclosure.portal;

import static org.fiscaldisclosure.disclosure.portal.PortalPaths.apiPath;
import static org.fiscaldisclosure.disclosure.portal.PortalPaths.dataQualityPath;
import static org.fiscaldisclosure.disclosure.portal.PortalPaths.disclosurePath;
import static org.fiscaldisclosure.disclosure.portal.PortalPaths.partName;
import static org.fiscaldisclosure.disclosure.portal.PortalPaths.regionYearPath;
import org.fiscaldisclosure.contracts.event.HeadlineFigure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fiscaldisclosure.contracts.validation.Severity;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.disclosure.assembly.Completeness;
import org.fiscaldisclosure.disclosure.document.DocumentOutline;
import org.fiscaldisclosure.disclosure.document.ExactJson;
import org.fiscaldisclosure.disclosure.document.FindingPlace;
import org.fiscaldisclosure.disclosure.findings.ExplanationView;
import org.fiscaldisclosure.disclosure.findings.FindingsReport;
import org.fiscaldisclosure.disclosure.findings.LocatedFinding;
import org.fiscaldisclosure.disclosure.overview.DisclosureListing;
import org.fiscaldisclosure.disclosure.overview.DisclosureSummary;
import org.fiscaldisclosure.disclosure.publication.VersionQueries;
import org.fiscaldisclosure.disclosure.publication.VersionSummary;
import org.fiscaldisclosure.disclosure.published.PublishedDocument;
import org.fiscaldisclosure.disclosure.rendering.HeadlineLabels;
import org.fiscaldisclosure.disclosure.rendering.RenderInput;

/** The portal's pages of one disclosure: its page with its versions and files, and its data-quality view. */
@ApplicationScoped
public class DisclosurePages {

    /** The published files of a version, in the order offered, with their names on the page. */
    static final List<String[]> FORMATS = List.of(new String[] {"html", "网页"}, new String[] {"pdf", "PDF"},
            new String[] {"xlsx", "Excel"}, new String[] {"json", "JSON"}, new String[] {"datapackage", "数据包"});

    /** The headline figures a disclosure's page shows, named and shown as {@link HeadlineLabels} says. */
    static final List<String> FIGURES = java.util.stream.Stream.of(HeadlineFigure.GRAND_INCOME_TOTAL, HeadlineFigure.INCOME_TOTAL,
            HeadlineFigure.EXPENDITURE_TOTAL, HeadlineFigure.BASIC_EXPENDITURE, HeadlineFigure.PROJECT_EXPENDITURE,
            HeadlineFigure.THREE_PUBLIC_ACTUAL, HeadlineFigure.PROCUREMENT_TOTAL, HeadlineFigure.PURCHASED_SERVICES_TOTAL)
            .map(HeadlineFigure::key).toList();

    @Inject
    ExactJson json;

    @Inject
    DisclosureListing listing;

    @Inject
    VersionQueries versions;

    /** A published version's row: who published and approved it, its correction note, its files. */
    public record VersionRow(int version, String publishedAt, String publishedBy, String approver, String reviewer,
                             String signedOffBy, String correction, List<Link> files, String diffHref, String diffLabel) {
    }

    public record Link(String label, String href) {
    }


    /** One of a finding's numbers: as shown ({@code main}) and, for an amount, in 万元 below it. */
    public record FindingAmount(String main, String wan) {
    }

    /** A finding as the data-quality view lists it. */
    public record FindingRow(String ruleId, String origin, String severity, String location, List<FindingAmount> amounts,
                             String message, String explanation, String explainedBy, String explainedAt, boolean unexplained) {
    }

    /** {@code /portal/disclosures/{unit}/{year}}: one disclosure, its versions and their files. */
    public Optional<String> disclosure(UnitCode unit, FiscalYear year) {
        Optional<DisclosureSummary> found = listing.summary(unit, year);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DisclosureSummary s = found.get();
        List<VersionSummary> published = versions.list(unit, year);
        String name = s.unitName() == null ? s.unitCode() : s.unitName();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("summary", s);
        data.put("name", name);
        data.put("region", s.regionName() == null ? s.regionCode() : s.regionName() + "（" + s.regionCode() + "）");
        data.put("missingParts", s.completeness() == Completeness.COMPLETE ? "" : String.join("、", missingParts(s)));
        data.put("latestPublishedAt", Formats.time(s.latestPublishedAt()));
        List<VersionRow> rows = new ArrayList<>();
        for (VersionSummary v : published) {
            int previous = v.version() - 1;
            rows.add(new VersionRow(v.version(), Formats.time(v.publishedAt()), v.publishedBy(),
                    v.approval() == null ? null : v.approval().approver(),
                    v.approval() == null ? null : v.approval().confidentialityReviewer(),
                    v.approval() == null ? null : v.approval().signedOffBy(),
                    v.correctionNote() == null ? "首次公开" : v.correctionNote(), downloads(s.unitCode(), s.fiscalYear(), v.version()),
                    v.version() > 1 ? PortalPaths.diffPath(s.unitCode(), s.fiscalYear(), previous, v.version()) : null,
                    "与第" + previous + "版比较"));
        }
        data.put("versions", rows);
        // the public reads what is published only: a draft's figures and findings need a role (docs/security.md)
        VersionSummary latest = published.isEmpty() ? null : published.get(published.size() - 1);
        data.put("latest", latest == null ? null : latest.version());
        List<HeadlineLabels.Shown> figures = new ArrayList<>();
        if (latest != null) {
            for (String key : FIGURES) {
                HeadlineLabels.shown(key, latest.headline().get(key)).ifPresent(figures::add);
            }
        }
        data.put("figures", figures);
        data.put("dataQualityHref", dataQualityPath(s.unitCode(), s.fiscalYear()));
        data.put("regionYearHref", regionYearPath(s.regionCode(), s.fiscalYear()));
        data.put("yearsHref", PortalPaths.unitYearsPath(s.unitCode()));
        data.put("apiHref", apiPath(s.unitCode(), s.fiscalYear()));
        return Optional.of(PortalHtml.page("disclosure.html", name + s.fiscalYear() + "年度部门决算公开", data));
    }

    /**
     * {@code …/data-quality}: every finding of the newest published version as it was published, the most serious
     * first, with its explanation; empty for a disclosure not published yet (a draft's findings need a role and are
     * read through {@code GET /api/v1/disclosures/{unit}/{year}/findings}).
     */
    public Optional<String> dataQuality(UnitCode unit, FiscalYear year) {
        List<VersionSummary> published = versions.list(unit, year);
        if (published.isEmpty()) {
            return Optional.empty();
        }
        PublishedDocument d = versions.document(unit, year, published.get(published.size() - 1).version());
        FindingsReport r = d.findings();
        String name = d.unitName() == null ? d.unitCode() : d.unitName();
        DocumentOutline outline = RenderInput.of(d, json).outline();
        List<LocatedFinding> ordered = new ArrayList<>(r.findings());
        ordered.sort(Comparator.comparingInt((LocatedFinding f) -> severityOrder(f.severity())));
        List<FindingRow> rows = new ArrayList<>();
        for (LocatedFinding f : ordered) {
            boolean money = FindingUnits.isMoney(f);
            ExplanationView e = f.explanation();
            rows.add(new FindingRow(f.ruleId(), originName(f.origin()), f.severity().name(),
                    FindingPlace.of(f.part(), f.table(), f.row(), f.column(), outline),
                    List.of(amount(f.provided(), money), amount(f.expected(), money), amount(f.difference(), money)),
                    f.message(), e == null ? null : e.text(), e == null ? null : e.author(),
                    e == null ? null : Formats.time(e.explainedAt()), f.severity() == Severity.WARNING));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("version", d.version());
        data.put("publishedAt", Formats.time(d.publishedAt()));
        data.put("contentHash", d.contentHash());
        data.put("report", r);
        data.put("findings", rows);
        data.put("disclosureHref", disclosurePath(d.unitCode(), d.fiscalYear()));
        data.put("apiHref", apiPath(d.unitCode(), d.fiscalYear()));
        return Optional.of(PortalHtml.page("data-quality.html", name + d.fiscalYear() + "年度部门决算公开：数据质量", data));
    }

    private static List<Link> downloads(String unit, int year, int version) {
        List<Link> links = new ArrayList<>(FORMATS.stream()
                .map(f -> new Link(f[1], apiPath(unit, year) + "/versions/" + version + "?format=" + f[0])).toList());
        // the signed manifest of the version's files, and the page that checks a downloaded file against it
        links.add(new Link("签名清单", apiPath(unit, year) + "/versions/" + version + "/manifest.jws"));
        links.add(new Link("核验文件", disclosurePath(unit, year) + "/versions/" + version + "/verify"));
        return links;
    }

    private static FindingAmount amount(BigDecimal n, boolean money) {
        if (n == null) {
            return new FindingAmount("—", null);
        }
        return money ? new FindingAmount(Formats.yuan(n), Formats.wan(n)) : new FindingAmount(Formats.plain(n), null);
    }

    private static List<String> missingParts(DisclosureSummary s) {
        List<String> missing = new ArrayList<>();
        for (org.fiscaldisclosure.contracts.event.PartKind k : org.fiscaldisclosure.contracts.event.PartKind.values()) {
            if (!s.revisions().containsKey(k.key())) {
                missing.add(partName(k.key()));
            }
        }
        return missing;
    }

    private static String originName(String origin) {
        return LocatedFinding.DISCLOSURE_ORIGIN.equals(origin) ? "跨部分" : partName(origin);
    }

    private static int severityOrder(Severity s) {
        return switch (s) {
            case FATAL -> 0;
            case WARNING -> 1;
            case INFO -> 2;
        };
    }
}
