package org.fiscaldisclosure.disclosure.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fiscaldisclosure.disclosure.portal.QualityPages;
import org.fiscaldisclosure.disclosure.portal.RegionPages;
import org.fiscaldisclosure.platform.rest.PathParams;

/**
 * The portal's quality views by the inspection criteria (server-rendered zh-CN pages, no script): a region and year,
 * and one disclosure with every item. A bad path segment is a problem+json 400, an unknown one an HTML 404.
 */
@Path("/portal/quality")
@PermitAll
@Produces(PortalResource.HTML)
@Tag(name = "portal", description = "公开门户（HTML 页面）")
public class QualityPortalResource {

    @Inject
    QualityPages pages;

    @Inject
    RegionPages regions;

    @GET
    @Path("/regions/{regionCode}/{year}")
    @Operation(operationId = "portalRegionQuality", summary = "A region's publication quality page: units by criterion (timeliness, completeness, detail, 三公 change explained), each unit's outcome linked to its items")
    public Response region(@PathParam("regionCode") String regionCode, @PathParam("year") String year) {
        return page(pages.region(regionCode, QualityResource.regionYear(regionCode, year)));
    }

    @GET
    @Path("/disclosures/{unitCode}/{year}")
    @Operation(operationId = "portalDisclosureQuality", summary = "A disclosure's publication quality page: each criterion with its items, failing items first")
    public Response disclosure(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        PathParams path = PathParams.parse(unitCode, year);
        return page(pages.unit(path.unitCode(), path.year()));
    }

    private Response page(Optional<String> html) {
        return html.map(h -> Response.ok(h, PortalResource.HTML).build())
                .orElseGet(() -> Response.status(404).type(PortalResource.HTML).entity(regions.notFound()).build());
    }
}
