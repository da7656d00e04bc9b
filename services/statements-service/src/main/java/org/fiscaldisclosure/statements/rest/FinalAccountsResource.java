package org.fiscaldisclosure.statements.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fiscaldisclosure.contracts.event.PartRevision;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.platform.http.JsonBodies;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.security.Roles;
import org.fiscaldisclosure.platform.xlsx.Xlsx;
import org.fiscaldisclosure.producer.rest.PartResource;
import org.fiscaldisclosure.statements.narrative.StatementsNarrative;
import org.fiscaldisclosure.statements.repository.FinalAccountsStore;
import org.fiscaldisclosure.statements.service.NarrativeService;
import org.fiscaldisclosure.statements.service.TableWorkbooks;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/final-accounts")
@Tag(name = "final-accounts", description = "部门决算报表与决算说明")
@Produces(MediaType.APPLICATION_JSON)
public class FinalAccountsResource extends PartResource<FinalAccounts> {

    private final NarrativeService narratives;
    private final TableWorkbooks workbooks;

    @Inject
    public FinalAccountsResource(FinalAccountsStore store, JsonBodies bodies, NarrativeService narratives,
                                 TableWorkbooks workbooks) {
        super(store, bodies);
        this.narratives = narratives;
        this.workbooks = workbooks;
    }

    @PUT
    @Path("/{unitCode}/{year}")
    @Consumes(Xlsx.MEDIA_TYPE)
    @Transactional
    @Operation(operationId = "putPart", summary = "Replace tables 1-10 of the latest revision from a workbook in the published layout",
            description = "Sheets 表1…表10 as GET … with Accept: xlsx exports them; amounts in 万元, exact to the 分; a blank cell "
                    + "is a column the row leaves out. The other fields of the part are kept from the latest revision, which "
                    + "must exist (409 otherwise). A bad workbook is refused with problem details naming sheet and cell; "
                    + "nothing is stored.")
    @APIResponse(responseCode = "200", description = "A new revision with the workbook's tables")
    @APIResponse(responseCode = "409", description = "No revision of the part yet: the workbook replaces the tables of the latest one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed(Roles.PREPARER)
    public RestResponse<PartRevision<FinalAccounts>> putWorkbook(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                                @HeaderParam("If-Match") String ifMatch,
                                @RequestBody(required = true, content = @Content(mediaType = Xlsx.MEDIA_TYPE,
                                        schema = @Schema(type = SchemaType.STRING, format = "binary"))) byte[] body,
                                @Context UriInfo uri) {
        return answer(workbooks.importTables(unitCode, year, ifMatch, body), RestResponse.Status.OK, null);
    }

    @GET
    @Path("/{unitCode}/{year}")
    @Produces(Xlsx.MEDIA_TYPE + ";qs=0.5")
    @Operation(operationId = "getPart", summary = "With Accept: xlsx, tables 1-10 of the latest revision as a workbook in the published layout")
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public Response getWorkbook(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        return workbooks.exportTables(unitCode, year);
    }

    @GET
    @Path("/{unitCode}/{year}/tables.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(operationId = "getStatementTablesWorkbook", summary = "Tables 1-10 of the latest revision as a workbook (a link for browsers)")
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public Response tablesXlsx(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        return workbooks.exportTables(unitCode, year);
    }

    @GET
    @Path("/{unitCode}/{year}/narrative")
    @Operation(operationId = "getStatementsNarrative", summary = "第二部分 决算说明 and the statement sections of 第三部分, generated from the latest revision, "
            + "as structured sections (JSON) or plain text (Accept: text/plain)")
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public StatementsNarrative narrative(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        return narratives.latest(unitCode, year);
    }

    @GET
    @Path("/{unitCode}/{year}/charts/{chart}.svg")
    @Produces("image/svg+xml")
    @Operation(operationId = "getStatementsChart", summary = "A chart of the narrative as SVG: income-by-source, expenditure-by-use, general-budget-by-class")
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public String chart(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                        @PathParam("chart") String chart) {
        return narratives.chart(unitCode, year, chart);
    }

    @GET
    @Path("/{unitCode}/{year}/narrative")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(operationId = "getStatementsNarrative", summary = "The narrative as plain text")
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public String narrativeText(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        return narratives.latest(unitCode, year).toPlainText();
    }

    @PUT
    @Path("/{unitCode}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "putPart", summary = "Create or replace the statements part; every accepted PUT stores a new revision")
    @APIResponse(responseCode = "200", description = "A new revision; or the latest one, unchanged, when the content is the same")
    @APIResponse(responseCode = "201", description = "The first revision of the part (Location names it)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PartRevisionFinalAccounts")))
    @RolesAllowed(Roles.PREPARER)
    public RestResponse<PartRevision<FinalAccounts>> put(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                        @HeaderParam("If-Match") String ifMatch,
                        @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FinalAccounts.class))) byte[] body,
                        @Context UriInfo uri) {
        return store(unitCode, year, ifMatch, body, uri);
    }
}
