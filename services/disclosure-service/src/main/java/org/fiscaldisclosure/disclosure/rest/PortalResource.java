package org.fiscaldisclosure.disclosure.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.disclosure.portal.ComparisonPages;
import org.fiscaldisclosure.disclosure.portal.DisclosurePages;
import org.fiscaldisclosure.disclosure.portal.RegionPages;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.fiscaldisclosure.platform.rest.PathParams;

/**
 * The public portal: server-rendered zh-CN pages (no script, no external resource). The same data is served as JSON
 * by the listing, the findings, the versions and the region summary; each page links its JSON. A bad path segment
 * is a problem+json 400, an unknown disclosure or region-year an HTML 404.
 */
@Path("/portal")
@PermitAll
@Produces(PortalResource.HTML)
@Tag(name = "portal", description = "公开门户（HTML 页面）")
public class PortalResource {

    static final String HTML = "text/html;charset=UTF-8";

    @Inject
    RegionPages regions;

    @Inject
    DisclosurePages disclosures;

    @Inject
    ComparisonPages comparisons;

    @GET
    @Operation(operationId = "portalIndex", summary = "Index: every region and year with disclosures")
    public String index() {
        return regions.index();
    }

    @GET
    @Path("/{regionCode}/{year}")
    @Operation(operationId = "portalRegionYear", summary = "The disclosures of a region and year: unit, status, 收支总计 (万元), published date, open findings")
    public Response regionYear(@PathParam("regionCode") String regionCode, @PathParam("year") String year) {
        return page(regions.regionYear(region(regionCode), year(year)));
    }

    @GET
    @Path("/regions/{regionCode}/{year}")
    @Operation(operationId = "portalRegionSummary", summary = "A region's summary page: disclosures by status, on-time publication, sums over the published versions")
    public Response region(@PathParam("regionCode") String regionCode, @PathParam("year") String year) {
        return page(regions.region(region(regionCode), year(year)));
    }

    @GET
    @Path("/disclosures/{unitCode}/{year}")
    @Operation(operationId = "portalDisclosure", summary = "A disclosure's page: status, open findings, its versions with links to their files (html, pdf, xlsx, json, datapackage)")
    public Response disclosure(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        PathParams path = PathParams.parse(unitCode, year);
        return page(disclosures.disclosure(path.unitCode(), path.year()));
    }

    @GET
    @Path("/disclosures/{unitCode}/{year}/data-quality")
    @Operation(operationId = "portalDataQuality", summary = "A disclosure's data-quality view: every finding (rule, severity, location, provided/expected/difference in 元 and 万元, explanation)")
    public Response dataQuality(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        PathParams path = PathParams.parse(unitCode, year);
        return page(disclosures.dataQuality(path.unitCode(), path.year()));
    }

    @GET
    @Path("/search")
    @Operation(operationId = "portalSearch", summary = "Find disclosures by unit name or code, filtered by year, publication status and 单位性质, sorted (50 a page); figures from the newest published version only")
    public String search(@Parameter(description = "单位名称或代码的一部分") @QueryParam("q") String q,
                         @Parameter(description = "决算年度") @QueryParam("year") String year,
                         @Parameter(description = "DRAFT | APPROVED | PUBLISHED | UPDATED_SINCE_PUBLICATION") @QueryParam("status") String status,
                         @Parameter(description = "单位性质：ADMINISTRATIVE | PUBLIC_INSTITUTION | OTHER") @QueryParam("kind") String kind,
                         @Parameter(description = "YEAR（默认）| NAME | CODE | TOTAL | PUBLISHED") @QueryParam("sort") String sort,
                         @QueryParam("page") @DefaultValue("0") int page) {
        SearchParams p = SearchParams.parse(q, year, status, kind, sort, page, ComparisonPages.PAGE_SIZE);
        return comparisons.search(p.text(), p.year(), p.status(), p.kind(), p.sort(), p.page());
    }

    @GET
    @Path("/units/{unitCode}")
    @Operation(operationId = "portalUnitAcrossYears", summary = "A unit's published disclosures across years side by side: 收支总计, 基本支出, 项目支出, 三公, 政府采购, 政府购买服务 (万元) with each change and its percentage, in figures and in words")
    public Response unitAcrossYears(@PathParam("unitCode") String unitCode) {
        return page(comparisons.acrossYears(SearchParams.unit(unitCode)));
    }

    @GET
    @Path("/regions/{regionCode}/{year}/units")
    @Operation(operationId = "portalRegionComparison", summary = "A region's published units of a year side by side (万元) with a bar chart of the chosen figure (server-drawn SVG with a text alternative)")
    public Response regionComparison(@PathParam("regionCode") String regionCode, @PathParam("year") String year,
                                     @Parameter(description = "FIGURE（按所选数字，默认）| NAME | CODE") @QueryParam("sort") String sort,
                                     @Parameter(description = "图示和排序所用的数字：grandIncomeTotal（默认）、basicExpenditure、projectExpenditure、threePublicActual、procurementTotal、purchasedServicesTotal")
                                     @QueryParam("figure") String figure) {
        return page(comparisons.region(region(regionCode), year(year), SearchParams.regionSort(sort), SearchParams.figure(figure)));
    }

    @GET
    @Path("/disclosures/{unitCode}/{year}/versions/{version}/diff/{other}")
    @Operation(operationId = "portalVersionDiff", summary = "What changed between two published versions, in words and figures: the parts updated, the headline figures (万元, change and percentage) and the explanations")
    public Response versionDiff(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                                @PathParam("version") String version, @PathParam("other") String other) {
        PathParams path = PathParams.parse(unitCode, year);
        int from = PublicationResource.versionNumber(version, "version");
        int to = PublicationResource.versionNumber(other, "other");
        try {
            return page(Optional.of(comparisons.diff(path.unitCode(), path.year(), from, to)));
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                return page(Optional.empty());
            }
            throw e;
        }
    }

    private Response page(Optional<String> html) {
        return html.map(h -> Response.ok(h, HTML).build())
                .orElseGet(() -> Response.status(404).type(HTML).entity(regions.notFound()).build());
    }

    static String region(String regionCode) {
        if (regionCode == null || !regionCode.matches("[0-9]{6}")) {
            throw ProblemException.badRequest("路径参数不符合要求",
                    List.of(new FieldError("regionCode", "地区应为6位行政区划代码，如 110102")));
        }
        return regionCode;
    }

    static int year(String year) {
        try {
            return FiscalYear.parse(year).value();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("路径参数不符合要求", List.of(new FieldError("year", e.getMessage())));
        }
    }
}
