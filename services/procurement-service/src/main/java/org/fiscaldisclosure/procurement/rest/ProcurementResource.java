package org.fiscaldisclosure.procurement.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fiscaldisclosure.contracts.part.procurement.Procurement;
import org.fiscaldisclosure.procurement.repository.ProcurementStore;
import org.fiscaldisclosure.support.problem.JsonBodies;
import org.fiscaldisclosure.support.rest.PartResource;

@Path("/api/v1/procurement")
@Tag(name = "procurement", description = "政府采购与政府购买服务")
public class ProcurementResource extends PartResource<Procurement> {

    @Inject
    public ProcurementResource(ProcurementStore store, JsonBodies bodies) {
        super(store, bodies);
    }

    @PUT
    @Path("/{unitCode}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Create or replace the procurement part; every accepted PUT stores a new revision")
    public Response put(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                        @HeaderParam("If-Match") String ifMatch,
                        @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Procurement.class))) byte[] body,
                        @Context UriInfo uri) {
        return store(unitCode, year, ifMatch, body, uri);
    }
}
