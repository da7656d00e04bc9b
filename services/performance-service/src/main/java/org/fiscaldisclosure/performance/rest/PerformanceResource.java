package org.fiscaldisclosure.performance.rest;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
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
import org.fiscaldisclosure.contracts.event.PartRevision;
import org.fiscaldisclosure.contracts.part.performance.Performance;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.performance.repository.PerformanceStore;
import org.fiscaldisclosure.performance.repository.ScoringProfiles;
import org.fiscaldisclosure.performance.scoring.ScoringEngine;
import org.fiscaldisclosure.performance.scoring.ScoringProfile;
import org.fiscaldisclosure.platform.http.JsonBodies;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.fiscaldisclosure.platform.rest.PathParams;
import org.fiscaldisclosure.platform.security.Roles;
import org.fiscaldisclosure.producer.rest.PartResource;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/performance")
@Tag(name = "performance", description = "部门整体与项目支出绩效评价")
@Produces(MediaType.APPLICATION_JSON)
public class PerformanceResource extends PartResource<Performance> {

    private final PerformanceStore store;
    private final JsonBodies bodies;
    private final ScoringProfiles profiles;

    @Inject
    public PerformanceResource(PerformanceStore store, JsonBodies bodies, ScoringProfiles profiles) {
        super(store, bodies);
        this.store = store;
        this.bodies = bodies;
        this.profiles = profiles;
    }

    @PUT
    @Path("/{unitCode}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "putPart", summary = "Create or replace the performance part; every accepted PUT stores a new revision")
    @APIResponse(responseCode = "200", description = "A new revision; or the latest one, unchanged, when the content is the same")
    @APIResponse(responseCode = "201", description = "The first revision of the part (Location names it)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PartRevisionPerformance")))
    @RolesAllowed(Roles.PREPARER)
    public RestResponse<PartRevision<Performance>> put(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                        @HeaderParam("If-Match") String ifMatch,
                        @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Performance.class))) byte[] body,
                        @Context UriInfo uri) {
        return store(unitCode, year, ifMatch, body, uri);
    }

    @PUT
    @Path("/{unitCode}/{year}/projects/{projectCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "putProjectEvaluation", summary = "Replace one project's 自评表 as a new revision of the whole part (the part's ETag and If-Match)",
            description = "The table replaces the first table with this code; further tables with the code (a table "
                    + "published twice) are dropped; an unknown code is added at the end. 404 before the part exists.")
    @APIResponse(responseCode = "200", description = "The new revision of the part")
    @APIResponse(responseCode = "404", description = "No revision of the part yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed(Roles.PREPARER)
    public RestResponse<PartRevision<Performance>> putProject(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                               @PathParam("projectCode") String projectCode, @HeaderParam("If-Match") String ifMatch,
                               @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProjectEvaluation.class))) byte[] body) {
        PathParams path = PathParams.parse(unitCode, year);
        String code = projectCode(projectCode);
        ProjectEvaluation project = bodies.read(body, ProjectEvaluation.class);
        if (!project.projectCode().equals(code)) {
            throw ProblemException.invalid("项目编码与路径不一致", List.of(new FieldError("/projectCode",
                    "应为路径中的项目编码 " + code + "，而非 " + project.projectCode())));
        }
        PartRevision<Performance> stored = store.putProject(path.unitCode(), path.year(), code, project, ifMatch);
        return answer(stored, RestResponse.Status.OK, null);
    }

    @GET
    @Path("/{unitCode}/{year}/projects/{projectCode}")
    @Operation(operationId = "getProjectEvaluation", summary = "One project's 自评表 in the latest revision (the first table with the code), with the part's ETag")
    @APIResponse(responseCode = "200", description = "The project's table")
    @APIResponse(responseCode = "404", description = "No such part or project", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public RestResponse<ProjectEvaluation> project(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                            @PathParam("projectCode") String projectCode) {
        String code = projectCode(projectCode);
        PartRevision<Performance> latest = latest(unitCode, year);
        ProjectEvaluation project = latest.part().projects().stream().filter(p -> p.projectCode().equals(code))
                .findFirst().orElseThrow(() -> ProblemException.notFound("项目 " + code + " 不在 " + unitCode + "/" + year
                        + " 第 " + latest.revision() + " 版中"));
        return RestResponse.ResponseBuilder.ok(project).tag(new EntityTag(String.valueOf(latest.revision()))).build();
    }

    @GET
    @Path("/{unitCode}/{year}/scores")
    @Operation(operationId = "getScores", summary = "Computed and stated scores and grades of the latest revision",
            description = "Scored under the profile for the part's year and region, or the profile named by ?profile=.")
    @APIResponse(responseCode = "200", description = "Scores", content = @Content(schema = @Schema(implementation = ScoresView.class)))
    @APIResponse(responseCode = "404", description = "No revision yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public Response scores(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                           @QueryParam("profile") String profileId) {
        PartRevision<Performance> latest = latest(unitCode, year);
        ScoringProfile profile = profileId == null || profileId.isBlank()
                ? profiles.select(latest.fiscalYear().value(), latest.unitCode().regionCode())
                : profiles.byId(profileId.strip()).orElseThrow(() -> ProblemException.badRequest("查询参数不符合要求",
                        List.of(new FieldError("profile", "没有评分口径 " + profileId.strip() + "，可选："
                                + profiles.all().stream().map(ScoringProfile::id).toList()))));
        ScoresView view = ScoresView.of(latest.unitCode(), latest.fiscalYear(), latest.revision(),
                new ScoringEngine(profile).score(latest.part()));
        return Response.ok(view).tag(new EntityTag(String.valueOf(latest.revision()))).build();
    }

    @GET
    @Path("/scoring-profiles")
    @Operation(operationId = "listScoringProfiles", summary = "The scoring profiles (data), with the years and regions each applies to")
    @PermitAll
    public List<ScoringProfile> scoringProfiles() {
        return profiles.all();
    }

    private PartRevision<Performance> latest(String unitCode, String year) {
        PathParams path = PathParams.parse(unitCode, year);
        return store.latest(path.unitCode(), path.year())
                .orElseThrow(() -> ProblemException.notFound("performance " + unitCode + "/" + year + " 尚未提交"));
    }

    private static String projectCode(String code) {
        if (code == null || !code.matches(ProjectEvaluation.PROJECT_CODE) || code.length() > 64) {
            throw ProblemException.badRequest("路径参数不符合要求",
                    List.of(new FieldError("projectCode", "项目编码应为 1-64 位字母、数字、- 或 _")));
        }
        return code;
    }
}
