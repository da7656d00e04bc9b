package org.fiscaldisclosure.disclosure.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.disclosure.service.portal.DisclosurePages;
import org.fiscaldisclosure.disclosure.service.portal.RegionPages;
import org.fiscaldisclosure.support.problem.FieldError;
import org.fiscaldisclosure.support.problem.ProblemException;
import org.fiscaldisclosure.support.rest.PathParams;

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

    private Response page(Optional<String> html) {
        return html.map(h -> Response.ok(h, HTML).build())
                .orElseGet(() -> Response.status(404).type(HTML).entity(regions.notFound()).build());
    }

    private static String region(String regionCode) {
        if (regionCode == null || !regionCode.matches("[0-9]{6}")) {
            throw ProblemException.badRequest("路径参数不符合要求",
                    List.of(new FieldError("regionCode", "地区应为6位行政区划代码，如 110102")));
        }
        return regionCode;
    }

    private static int year(String year) {
        try {
            return FiscalYear.parse(year).value();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("路径参数不符合要求", List.of(new FieldError("year", e.getMessage())));
        }
    }
}
