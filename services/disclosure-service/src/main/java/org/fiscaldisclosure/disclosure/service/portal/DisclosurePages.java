package org.fiscaldisclosure.disclosure.service.portal;

import static org.fiscaldisclosure.disclosure.service.rendering.Html.esc;
import static org.fiscaldisclosure.disclosure.service.portal.PortalHtml.link;
import static org.fiscaldisclosure.disclosure.service.portal.PortalPaths.apiPath;
import static org.fiscaldisclosure.disclosure.service.portal.PortalPaths.dataQualityPath;
import static org.fiscaldisclosure.disclosure.service.portal.PortalPaths.disclosurePath;
import static org.fiscaldisclosure.disclosure.service.portal.PortalPaths.partName;
import static org.fiscaldisclosure.disclosure.service.portal.PortalPaths.regionYearPath;
import static org.fiscaldisclosure.disclosure.service.portal.PortalPaths.statusHtml;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.fiscaldisclosure.contracts.validation.Severity;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.disclosure.service.Completeness;
import org.fiscaldisclosure.disclosure.service.DisclosureSummary;
import org.fiscaldisclosure.disclosure.service.findings.ExplanationView;
import org.fiscaldisclosure.disclosure.service.findings.FindingsReport;
import org.fiscaldisclosure.disclosure.service.findings.LocatedFinding;
import org.fiscaldisclosure.disclosure.service.overview.DisclosureListing;
import org.fiscaldisclosure.disclosure.service.portal.PortalHtml.Cell;
import org.fiscaldisclosure.disclosure.service.publication.PublishedDocument;
import org.fiscaldisclosure.disclosure.service.publication.VersionQueries;
import org.fiscaldisclosure.disclosure.service.publication.VersionSummary;

/** The portal's pages of one disclosure: its page with its versions and files, and its data-quality view. */
@ApplicationScoped
public class DisclosurePages {

    /** The published files of a version, in the order offered, with their names on the page. */
    static final List<String[]> FORMATS = List.of(new String[] {"html", "网页"}, new String[] {"pdf", "PDF"},
            new String[] {"xlsx", "Excel"}, new String[] {"json", "JSON"}, new String[] {"datapackage", "数据包"});

    /** Headline figures shown on a disclosure's page, with their published names. */
    static final List<String[]> FIGURES = List.of(new String[] {"grandIncomeTotal", "收支总计"},
            new String[] {"incomeTotal", "本年收入合计"}, new String[] {"expenditureTotal", "本年支出合计"},
            new String[] {"basicExpenditure", "基本支出"}, new String[] {"projectExpenditure", "项目支出"},
            new String[] {"threePublicActual", "“三公”经费"}, new String[] {"procurementTotal", "政府采购支出总额"},
            new String[] {"purchasedServicesTotal", "政府购买服务"});

    @Inject
    DisclosureListing listing;

    @Inject
    VersionQueries versions;

    /** {@code /portal/disclosures/{unit}/{year}}: one disclosure, its versions and their files. */
    public Optional<String> disclosure(UnitCode unit, FiscalYear year) {
        Optional<DisclosureSummary> found = listing.summary(unit, year);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DisclosureSummary s = found.get();
        List<VersionSummary> published = versions.list(unit, year);
        String name = s.unitName() == null ? s.unitCode() : s.unitName();
        StringBuilder body = new StringBuilder();
        body.append(PortalHtml.facts(List.of(
                new String[] {"单位", esc(name) + "（" + esc(s.unitCode()) + "）"},
                new String[] {"地区", esc(s.regionName() == null ? s.regionCode() : s.regionName() + "（" + s.regionCode() + "）")},
                new String[] {"状态", statusHtml(s.status())},
                new String[] {"三部分", s.completeness() == Completeness.COMPLETE ? "齐全" : "不齐全（" + esc(String.join("、", missingParts(s))) + "）"},
                new String[] {"最新公开", s.latestVersion() == null ? "尚未公开"
                        : "第" + s.latestVersion() + "版，" + Formats.time(s.latestPublishedAt())})));
        body.append("<h2>公开版本</h2>");
        List<List<Cell>> rows = new ArrayList<>();
        for (VersionSummary v : published) {
            rows.add(List.of(Cell.text("第" + v.version() + "版"), Cell.text(Formats.time(v.publishedAt())),
                    Cell.text(v.publishedBy()),
                    Cell.html(v.approval() == null ? "—" : esc(v.approval().approver()) + "<span class=\"sub\">保密审查："
                            + esc(v.approval().confidentialityReviewer()) + "；负责人审签：" + esc(v.approval().signedOffBy()) + "</span>"),
                    Cell.text(v.correctionNote() == null ? "首次公开" : v.correctionNote()),
                    Cell.html(downloads(s.unitCode(), s.fiscalYear(), v.version())
                            + (v.version() > 1 ? "<span class=\"sub\">" + link(apiPath(s.unitCode(), s.fiscalYear())
                            + "/versions/" + (v.version() - 1) + "/diff/" + v.version(), "与第" + (v.version() - 1) + "版比较（JSON）")
                            + "</span>" : ""))));
        }
        body.append(PortalHtml.table(null, List.of("版本", "公开时间", "公开人", "审批", "更正说明", "下载"), rows));
        // the public reads what is published only: a draft's figures and findings need a role (docs/security.md)
        if (published.isEmpty()) {
            body.append("<p>尚未公开。</p>");
        } else {
            VersionSummary latest = published.get(published.size() - 1);
            body.append("<h2>主要数字（第").append(latest.version()).append("版）</h2>");
            List<List<Cell>> figureRows = new ArrayList<>();
            for (String[] f : FIGURES) {
                if (latest.headline().containsKey(f[0])) {
                    figureRows.add(List.of(Cell.text(f[1]), Cell.number(esc(Formats.wan(latest.headline().get(f[0]))))));
                }
            }
            body.append(PortalHtml.table("单位：万元", List.of("项目", "金额"), figureRows));
            body.append("<p>").append(link(dataQualityPath(s.unitCode(), s.fiscalYear()), "数据质量（第" + latest.version()
                    + "版公开时的全部问题及书面说明）")).append("</p>");
        }
        body.append("<p>").append(link(regionYearPath(s.regionCode(), s.fiscalYear()), "本地区公开目录")).append("</p>");
        body.append("<p>JSON：").append(link(apiPath(s.unitCode(), s.fiscalYear()) + "/versions", "版本")).append("</p>");
        return Optional.of(PortalHtml.page(name + s.fiscalYear() + "年度部门决算公开", body.toString()));
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
        StringBuilder body = new StringBuilder();
        body.append("<p>第").append(d.version()).append("版（").append(esc(Formats.time(d.publishedAt())))
                .append("公开，内容哈希 <code>").append(esc(d.contentHash())).append("</code>）公开时的全部问题：")
                .append("<span class=\"FATAL\">FATAL ").append(r.fatal()).append("</span>（须在所属部分更正），")
                .append("<span class=\"WARNING\">WARNING ").append(r.warning()).append("</span>（其中未说明 ")
                .append(r.unexplainedWarnings()).append("，须书面说明），<span class=\"INFO\">INFO ").append(r.info())
                .append("</span>。FATAL 与未说明的 WARNING 阻止公开。</p>");
        List<LocatedFinding> ordered = new ArrayList<>(r.findings());
        ordered.sort(Comparator.comparingInt((LocatedFinding f) -> severityOrder(f.severity())));
        List<List<Cell>> rows = new ArrayList<>();
        int n = 0;
        for (LocatedFinding f : ordered) {
            boolean money = FindingUnits.isMoney(f);
            rows.add(List.of(Cell.number(String.valueOf(++n)),
                    Cell.html(esc(f.ruleId()) + "<span class=\"sub\">" + esc(originName(f.origin())) + "</span>"),
                    Cell.html("<span class=\"" + f.severity().name() + "\">" + f.severity().name() + "</span>"),
                    Cell.html("<code>" + esc(f.location()) + "</code>"),
                    Cell.number(amount(f.provided(), money)), Cell.number(amount(f.expected(), money)),
                    Cell.number(amount(f.difference(), money)),
                    Cell.text(f.message()),
                    Cell.html(explanation(f))));
        }
        body.append(PortalHtml.table("金额以元列示，其下为万元；得分、百分比等非金额照录",
                List.of("#", "规则", "级别", "位置（部分/表/行/列）", "填报值", "应为", "差额", "说明", "书面说明"), rows));
        body.append("<p>").append(link(disclosurePath(d.unitCode(), d.fiscalYear()), "返回本单位公开页"))
                .append("　JSON：").append(link(apiPath(d.unitCode(), d.fiscalYear()) + "/versions/" + d.version() + "?format=json",
                        "第" + d.version() + "版（含全部问题）"))
                .append("　").append(link("/api/v1/disclosures/rules", "跨部分规则目录")).append("</p>");
        return Optional.of(PortalHtml.page(name + d.fiscalYear() + "年度部门决算公开：数据质量", body.toString()));
    }

    private static String downloads(String unit, int year, int version) {
        List<String> links = new ArrayList<>();
        for (String[] f : FORMATS) {
            links.add(link(apiPath(unit, year) + "/versions/" + version + "?format=" + f[0], f[1]));
        }
        return String.join(" · ", links);
    }

    private static String amount(BigDecimal n, boolean money) {
        if (n == null) {
            return "—";
        }
        return money ? esc(Formats.yuan(n)) + "<span class=\"sub\">" + esc(Formats.wan(n)) + " 万元</span>" : esc(Formats.plain(n));
    }

    private static String explanation(LocatedFinding f) {
        ExplanationView e = f.explanation();
        if (e != null) {
            return esc(e.text()) + "<span class=\"sub\">" + esc(e.author()) + "，" + esc(Formats.time(e.explainedAt())) + "</span>";
        }
        return f.severity() == Severity.WARNING ? "<span class=\"WARNING\">未说明</span>" : "—";
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
