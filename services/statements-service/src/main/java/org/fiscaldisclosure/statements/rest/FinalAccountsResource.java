package org.fiscaldisclosure.statements.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.validation.ValidationSummary;
import org.fiscaldisclosure.statements.repository.FinalAccountsStore;
import org.fiscaldisclosure.statements.service.FinalAccountsDefinition;
import org.fiscaldisclosure.support.part.PartPage;
import org.fiscaldisclosure.support.problem.JsonBodies;
import org.fiscaldisclosure.support.problem.Problem;
import org.fiscaldisclosure.support.rest.PartEndpoints;
import org.fiscaldisclosure.support.validation.FindingsCsv;

@Path("/api/v1/final-accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "final-accounts", description = "部门决算报表与决算说明")
public class FinalAccountsResource {

    private final PartEndpoints<FinalAccounts> endpoints;
    private final FinalAccountsDefinition definition;

    @Inject
    public FinalAccountsResource(FinalAccountsStore store, JsonBodies bodies, FinalAccountsDefinition definition) {
        this.endpoints = new PartEndpoints<>(store, bodies);
        this.definition = definition;
    }

    @PUT
    @Path("/{unitCode}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Create or replace the statements part; stores a new revision")
    @APIResponse(responseCode = "201", description = "First revision stored")
    @APIResponse(responseCode = "200", description = "New revision stored")
    @APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current revision", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Fields that are wrong, one error each", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                        @HeaderParam("If-Match") String ifMatch,
                        @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FinalAccounts.class))) byte[] body,
                        @Context UriInfo uri) {
        return endpoints.put(unitCode, year, ifMatch, body, uri);
    }

    @GET
    @Path("/{unitCode}/{year}")
    @Operation(summary = "The latest revision of the statements part, with its ETag")
    public Response get(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        return endpoints.get(unitCode, year);
    }

    @GET
    @Path("/{unitCode}/{year}/revisions/{revision}")
    @Operation(summary = "One stored revision of the statements part")
    public Response revision(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                             @PathParam("revision") long revision) {
        return endpoints.revision(unitCode, year, revision);
    }

    @GET
    @Path("/{unitCode}/{year}/findings")
    @Operation(summary = "Validation findings of the latest revision")
    public ValidationSummary findings(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        return endpoints.findings(unitCode, year);
    }

    @GET
    @Path("/{unitCode}/{year}/findings")
    @Produces(FindingsCsv.MEDIA_TYPE)
    @Operation(summary = "Validation findings of the latest revision as CSV")
    public String findingsCsv(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        return endpoints.findingsCsv(unitCode, year);
    }

    @GET
    @Operation(summary = "Statements parts with headline figures, paged")
    public PartPage list(@QueryParam("year") String year, @QueryParam("region") String region,
                         @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return endpoints.list(year, region, page, size);
    }

    @GET
    @Path("/rules")
    @Operation(summary = "The rule catalogue of the statements part")
    public List<RuleDefinition> rules() {
        return definition.rules();
    }
}
