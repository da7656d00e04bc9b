package org.fiscaldisclosure.disclosure.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fiscaldisclosure.disclosure.portal.RegionPages;
import org.fiscaldisclosure.disclosure.portal.VerificationPage;
import org.fiscaldisclosure.platform.rest.PathParams;

/** The portal's verification page of a published version and its script (docs/verification.md). */
@Path("/portal")
@PermitAll
@Tag(name = "portal", description = "公开门户（HTML 页面）")
public class VerificationPortalResource {

    @Inject
    VerificationPage verification;

    @Inject
    RegionPages regions;

    static final String JAVASCRIPT = "text/javascript;charset=UTF-8";

    /** The page's script, read once from the class path. */
    private static final byte[] SCRIPT = readScript();

    @GET
    @Path("/disclosures/{unitCode}/{year}/versions/{version}/verify")
    @Produces(PortalResource.HTML)
    @Operation(operationId = "portalVerifyVersion", summary = "Checking downloaded files against the signed manifest of a version: what the manifest states, the files' SHA-256, a check in the browser (nothing uploaded) and the offline commands")
    public Response verify(@PathParam("unitCode") String unitCode, @PathParam("year") String year, @PathParam("version") String version) {
        PathParams path = PathParams.parse(unitCode, year);
        int n = PublicationResource.versionNumber(version, "version");
        return verification.page(path.unitCode(), path.year(), n).map(h -> Response.ok(h, PortalResource.HTML).build())
                .orElseGet(() -> Response.status(404).type(PortalResource.HTML).entity(regions.notFound()).build());
    }

    @GET
    @Path("/verify.js")
    @Produces(JAVASCRIPT)
    @Operation(operationId = "portalVerifyScript", summary = "The verification page's script: verifies the signed manifest with the published key and hashes chosen files in the browser (Web Crypto)")
    public Response script() {
        return Response.ok(SCRIPT, JAVASCRIPT).header("Cache-Control", "public, max-age=3600").build();
    }

    private static byte[] readScript() {
        try (java.io.InputStream in = VerificationPortalResource.class.getClassLoader().getResourceAsStream("pages/portal/verify.js")) {
            if (in == null) {
                throw new IllegalStateException("pages/portal/verify.js is missing");
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
