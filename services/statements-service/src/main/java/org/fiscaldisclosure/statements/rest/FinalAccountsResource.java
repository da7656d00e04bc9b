package org.fiscaldisclosure.statements.rest;

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
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.statements.repository.FinalAccountsStore;
import org.fiscaldisclosure.support.problem.JsonBodies;
import org.fiscaldisclosure.support.rest.PartResource;

@Path("/api/v1/final-accounts")
@Tag(name = "final-accounts", description = "部门决算报表与决算说明")
public class FinalAccountsResource extends PartResource<FinalAccounts> {

    @Inject
    public FinalAccountsResource(FinalAccountsStore store, JsonBodies bodies) {
        super(store, bodies);
    }

    @PUT
    @Path("/{unitCode}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Create or replace the statements part; every accepted PUT stores a new revision")
    public Response put(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                        @HeaderParam("If-Match") String ifMatch,
                        @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FinalAccounts.class))) byte[] body,
                        @Context UriInfo uri) {
        return store(unitCode, year, ifMatch, body, uri);
    }
}
