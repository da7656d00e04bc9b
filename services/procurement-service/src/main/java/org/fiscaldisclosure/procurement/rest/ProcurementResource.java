package org.fiscaldisclosure.procurement.rest;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.fiscaldisclosure.contracts.part.procurement.Procurement;
import org.fiscaldisclosure.contracts.part.procurement.UnitProfile;
import org.fiscaldisclosure.platform.http.HttpLimits;
import org.fiscaldisclosure.platform.http.JsonBodies;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.fiscaldisclosure.platform.rest.PathParams;
import org.fiscaldisclosure.platform.security.Roles;
import org.fiscaldisclosure.platform.xlsx.WorkbookReader;
import org.fiscaldisclosure.platform.xlsx.Xlsx;
import org.fiscaldisclosure.procurement.mapping.ProcurementWorkbook;
import org.fiscaldisclosure.procurement.narrative.ProcurementNarrative;
import org.fiscaldisclosure.procurement.narrative.ProcurementNarrativeWriter;
import org.fiscaldisclosure.procurement.repository.ProcurementStore;
import org.fiscaldisclosure.procurement.service.ProcurementTables;
import org.fiscaldisclosure.producer.rest.PartResource;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/procurement")
@Tag(name = "procurement", description = "政府采购与政府购买服务")
@Produces(MediaType.APPLICATION_JSON)
public class ProcurementResource extends PartResource<Procurement> {

    private static final String PUT_SUMMARY = "Create or replace the procurement part, as JSON or as an xlsx workbook of tables "
            + "11 and 12; every accepted PUT stores a new revision";
    private static final String TABLES_SUMMARY = "Tables 11 and 12 of the latest revision: as data (JSON: 元 and 万元, stated "
            + "or derived) or, with Accept: xlsx, as a workbook in the published layout";
    private static final String NARRATIVE_SUMMARY = "第三部分 三、政府采购支出情况 and 五、政府购买服务支出说明: paragraphs with "
            + "their figures (JSON) or plain text (Accept: text/plain)";

    private final ProcurementStore store;
    private final JsonBodies bodies;
    private final long maxBytes;

    @Inject
    public ProcurementResource(ProcurementStore store, JsonBodies bodies,
                               HttpLimits limits) {
        super(store, bodies);
        this.store = store;
        this.bodies = bodies;
        this.maxBytes = limits.maxBodyBytes();
    }

    @PUT
    @Path("/{unitCode}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "putPart", summary = PUT_SUMMARY)
    @APIResponse(responseCode = "200", description = "A new revision; or the latest one, unchanged, when the content is the same")
    @APIResponse(responseCode = "201", description = "The first revision of the part (Location names it)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PartRevisionProcurement")))
    @RolesAllowed(Roles.PREPARER)
    public RestResponse<PartRevision<Procurement>> put(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                        @HeaderParam("If-Match") String ifMatch,
                        @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Procurement.class))) byte[] body,
                        @Context UriInfo uri) {
        return store(unitCode, year, ifMatch, body, uri);
    }

    @PUT
    @Path("/{unitCode}/{year}")
    @Consumes(Xlsx.MEDIA_TYPE)
    @Transactional
    @Operation(operationId = "putPart", summary = PUT_SUMMARY,
            description = "Sheets 表11 and 表12 (and 政府采购合同 when the contracts are listed) in the layout GET … with "
                    + "Accept: xlsx exports; amounts in 万元, exact to the 分. A bad workbook is refused with problem "
                    + "details whose errors name the sheet and cell (表11!C4) and the reason; nothing is stored. "
                    + "The unit profile is kept from the latest revision.")
    @APIResponse(responseCode = "400", description = "Not an xlsx workbook (not a ZIP, .xls, encrypted, damaged)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Sheets or cells that are wrong, one error each at sheet!cell",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Neither application/json nor an xlsx workbook",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed(Roles.PREPARER)
    public RestResponse<PartRevision<Procurement>> putWorkbook(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                                @HeaderParam("If-Match") String ifMatch,
                                @RequestBody(required = true, content = @Content(mediaType = Xlsx.MEDIA_TYPE,
                                        schema = @Schema(type = SchemaType.STRING, format = "binary"))) byte[] body,
                                @Context UriInfo uri) {
        PathParams path = PathParams.parse(unitCode, year);
        UnitProfile profile = store.latest(path.unitCode(), path.year()).map(r -> r.part().profile()).orElse(null);
        Procurement part = ProcurementWorkbook.read(WorkbookReader.read(body, maxBytes), profile, bodies::validate);
        boolean first = store.currentRevision(path.unitCode(), path.year()) == 0;
        PartRevision<Procurement> stored = store.put(path.unitCode(), path.year(), part, ifMatch);
        return answer(stored, first ? RestResponse.Status.CREATED : RestResponse.Status.OK, first ? uri.getRequestUri() : null);
    }

    @GET
    @Path("/{unitCode}/{year}")
    @Produces(Xlsx.MEDIA_TYPE + ";qs=0.5")
    @Operation(operationId = "getPart", summary = "The latest revision with its ETag (JSON); with Accept: xlsx, its tables 11 and 12 as a workbook")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = Xlsx.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public Response getWorkbook(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        return workbook(latest(unitCode, year));
    }

    @GET
    @Path("/{unitCode}/{year}/tables")
    @Operation(operationId = "getProcurementTables", summary = TABLES_SUMMARY)
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public ProcurementTables tables(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        return ProcurementTables.of(latest(unitCode, year));
    }

    @GET
    @Path("/{unitCode}/{year}/tables")
    @Produces(Xlsx.MEDIA_TYPE + ";qs=0.5")
    @Operation(operationId = "getProcurementTables", summary = TABLES_SUMMARY)
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = Xlsx.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public Response tablesWorkbook(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        return workbook(latest(unitCode, year));
    }

    @GET
    @Path("/{unitCode}/{year}/tables.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(operationId = "getProcurementTablesWorkbook", summary = "Tables 11 and 12 of the latest revision as an xlsx workbook (for a plain link)")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = Xlsx.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public Response tablesXlsx(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        return workbook(latest(unitCode, year));
    }

    @GET
    @Path("/{unitCode}/{year}/narrative")
    @Operation(operationId = "getProcurementNarrative", summary = NARRATIVE_SUMMARY)
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public ProcurementNarrative narrative(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        return ProcurementNarrativeWriter.of(latest(unitCode, year));
    }

    @GET
    @Path("/{unitCode}/{year}/narrative")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8;qs=0.5")
    @Operation(operationId = "getProcurementNarrative", summary = NARRATIVE_SUMMARY)
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public String narrativeText(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        return ProcurementNarrativeWriter.of(latest(unitCode, year)).plainText();
    }

    private PartRevision<Procurement> latest(String unitCode, String year) {
        PathParams path = PathParams.parse(unitCode, year);
        return store.latest(path.unitCode(), path.year())
                .orElseThrow(() -> ProblemException.notFound("procurement " + unitCode + "/" + year + " 尚未提交"));
    }

    private static Response workbook(PartRevision<Procurement> revision) {
        String file = revision.unitCode().value() + "-" + revision.fiscalYear().value() + "-procurement.xlsx";
        return Response.ok(ProcurementWorkbook.write(revision), Xlsx.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, Xlsx.attachment(file))
                .tag(new EntityTag(String.valueOf(revision.revision())))
                .build();
    }
}
