package org.fiscaldisclosure.statements.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fiscaldisclosure.contracts.catalogue.CatalogueEdition;
import org.fiscaldisclosure.contracts.catalogue.ClassificationScheme;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.platform.http.HttpLimits;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.fiscaldisclosure.platform.security.CurrentActor;
import org.fiscaldisclosure.platform.security.Roles;
import org.fiscaldisclosure.platform.xlsx.Xlsx;
import org.fiscaldisclosure.statements.classification.CatalogueEvents;
import org.fiscaldisclosure.statements.classification.CatalogueFiles;
import org.fiscaldisclosure.statements.classification.CatalogueStore;
import org.fiscaldisclosure.statements.classification.ClassificationEntry;
import org.fiscaldisclosure.statements.service.CatalogueReevaluation;

@Path("/api/v1/classifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "classifications", description = "政府收支分类科目目录（按年度、按分类，可由管理员或预算平台载入）")
public class ClassificationResource {

    public static final String CSV = "text/csv";

    @Inject
    CatalogueStore catalogues;

    @Inject
    CatalogueEvents events;

    @Inject
    CurrentActor actor;

    @Inject
    CatalogueReevaluation reevaluation;

    @Inject
    HttpLimits limits;

    /** Whether a year's catalogue of a scheme is complete, and the edition in force. */
    public record SchemeStatus(String scheme, boolean complete, CatalogueStore.Edition edition, int entries) {
    }

    @GET
    @PermitAll
    @Operation(operationId = "listClassifications", summary = "The year's classification catalogue in force: func 支出功能分类, econ_dept 部门预算支出经济分类, "
            + "econ_gov 政府预算支出经济分类; each entry with its source; verified=false marks shipped codes not yet confirmed")
    public List<ClassificationEntry> list(@QueryParam("year") String year, @QueryParam("scheme") String scheme) {
        return catalogues.view(year(year)).list(scheme(scheme));
    }

    @GET
    @Path("/status")
    @PermitAll
    @Operation(operationId = "getCatalogueStatus", summary = "Per scheme: whether the year's catalogue is complete (then an unknown code is a WARNING, else a "
            + "note), the edition in force and the number of entries")
    public List<SchemeStatus> status(@QueryParam("year") String year) {
        int y = year(year);
        var view = catalogues.view(y);
        List<SchemeStatus> out = new ArrayList<>();
        for (ClassificationScheme s : ClassificationScheme.values()) {
            var newest = catalogues.editions(y, s.key()).stream().findFirst().orElse(null);
            out.add(new SchemeStatus(s.key(), view.complete(s.key()), newest, view.list(s.key()).size()));
        }
        return out;
    }

    @GET
    @Path("/changes")
    @PermitAll
    @Operation(operationId = "listCatalogueChanges", summary = "The year-to-year changes into a year: code of the year before → the code that replaces it")
    public java.util.Map<String, String> changes(@QueryParam("year") String year,
                                                 @Parameter(required = true) @QueryParam("scheme") String scheme) {
        String s = scheme(scheme);
        if (s == null) {
            throw ProblemException.badRequest("查询参数不符合要求", List.of(new FieldError("scheme", "必须填写，应为 func、econ_gov、econ_dept 之一")));
        }
        return catalogues.view(year(year)).changes(s);
    }

    @GET
    @Path("/{scheme}/{code}")
    @PermitAll
    @Operation(operationId = "getClassification", summary = "One classification code")
    public ClassificationEntry one(@PathParam("scheme") String scheme, @PathParam("code") String code,
                              @QueryParam("year") String year) {
        return catalogues.view(year(year)).find(scheme(scheme), code)
                .orElseThrow(() -> ProblemException.notFound(scheme + " " + code + " 不在目录中"));
    }

    @GET
    @Path("/{year}/{scheme}/editions")
    @PermitAll
    @Operation(operationId = "listCatalogueEditions", summary = "The editions loaded for a year and scheme, newest (in force) first")
    public List<CatalogueStore.Edition> editions(@PathParam("year") String year, @PathParam("scheme") String scheme) {
        return catalogues.editions(year(year), requiredScheme(scheme).key());
    }

    @POST
    @Path("/{year}/{scheme}/editions")
    @Consumes({CSV, "text/csv;charset=UTF-8"})
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "loadCatalogueEditionCsv", summary = "Load an edition of a year's catalogue from a CSV file in the official layout (UTF-8; header 科目编码, "
            + "科目名称, optionally 上年科目编码 for a code that replaces one of the year before); malformed content is a 422 "
            + "naming the line and column, nothing loaded")
    @APIResponse(responseCode = "201", description = "Loaded: the edition and how many statements parts of its year were derived again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Loaded.class)))
    public Response loadCsv(@PathParam("year") String year, @PathParam("scheme") String scheme,
                            @Parameter(description = "true when the file is the whole catalogue of the year and scheme", required = true)
                            @QueryParam("complete") String complete,
                            @Parameter(description = "the official document or system the file comes from", required = true)
                            @QueryParam("source") String source,
                            @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
                            byte[] body, @Context UriInfo uri) {
        Params p = params(year, scheme, complete, source);
        return loaded(CatalogueFiles.csv(body, p.year, p.scheme, p.complete, p.source), uri);
    }

    @POST
    @Path("/{year}/{scheme}/editions")
    @Consumes(Xlsx.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "loadCatalogueEditionXlsx", summary = "Load an edition from the first sheet of an XLSX workbook in the official layout (as the CSV); "
            + "problems name the cell")
    @APIResponse(responseCode = "201", description = "Loaded: the edition and how many statements parts of its year were derived again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Loaded.class)))
    public Response loadXlsx(@PathParam("year") String year, @PathParam("scheme") String scheme,
                             @QueryParam("complete") String complete, @QueryParam("source") String source,
                             @RequestBody(required = true, content = @Content(mediaType = Xlsx.MEDIA_TYPE,
                                     schema = @Schema(type = SchemaType.STRING, format = "binary"))) byte[] body,
                             @Context UriInfo uri) {
        Params p = params(year, scheme, complete, source);
        return loaded(CatalogueFiles.xlsx(body, limits.maxBodyBytes(), p.year, p.scheme, p.complete, p.source), uri);
    }

    @GET
    @Path("/parked-events")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listParkedCatalogueEvents", summary = "Catalogue events from the budget platform that could not be loaded, with the reason")
    public List<CatalogueEvents.Parked> parked() {
        return events.parked();
    }

    /** The edition loaded, and how many statements parts of its year changed findings or printed names with it. */
    public record Loaded(CatalogueStore.Edition edition, int partsReevaluated) {
    }

    private Response loaded(CatalogueEdition edition, UriInfo uri) {
        String origin = "admin:" + actor.get().subject();
        CatalogueStore.Edition e = QuarkusTransaction.requiringNew().call(() -> catalogues.load(edition, origin, null));
        int changed = reevaluation.year(e.fiscalYear(), e.reevaluationReason());
        return Response.created(uri.getRequestUri()).entity(new Loaded(e, changed)).build();
    }

    private record Params(int year, ClassificationScheme scheme, boolean complete, String source) {
    }

    private static Params params(String year, String scheme, String complete, String source) {
        List<FieldError> errors = new ArrayList<>();
        int y = 0;
        try {
            y = FiscalYear.parse(year).value();
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("year", e.getMessage()));
        }
        ClassificationScheme s = null;
        try {
            s = ClassificationScheme.of(scheme);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("scheme", e.getMessage()));
        }
        if (!"true".equals(complete) && !"false".equals(complete)) {
            errors.add(new FieldError("complete", "必须填写 true（本文件为该年度该分类的完整目录）或 false"));
        }
        if (source == null || source.isBlank()) {
            errors.add(new FieldError("source", "必须填写目录的来源（文件名称与文号或系统）"));
        } else if (source.length() > 500) {
            errors.add(new FieldError("source", "不能超过 500 字"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("参数不符合要求，未载入任何内容", errors);
        }
        return new Params(y, s, Boolean.parseBoolean(complete), source.strip());
    }

    private static int year(String year) {
        if (year == null || year.isBlank()) {
            return 2024;
        }
        try {
            return FiscalYear.parse(year).value();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("查询参数不符合要求", List.of(new FieldError("year", e.getMessage())));
        }
    }

    private static ClassificationScheme requiredScheme(String scheme) {
        try {
            return ClassificationScheme.of(scheme);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("参数不符合要求", List.of(new FieldError("scheme", e.getMessage())));
        }
    }

    private static String scheme(String scheme) {
        if (scheme == null || scheme.isBlank()) {
            return null;
        }
        return requiredScheme(scheme).key();
    }
}
