package org.fiscaldisclosure.disclosure.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.disclosure.assembly.AssembledDisclosure;
import org.fiscaldisclosure.disclosure.assembly.Completeness;
import org.fiscaldisclosure.disclosure.assembly.DisclosureQueries;
import org.fiscaldisclosure.disclosure.findings.FindingsAssembler;
import org.fiscaldisclosure.disclosure.findings.FindingsReport;
import org.fiscaldisclosure.disclosure.messaging.PartEventConsumer;
import org.fiscaldisclosure.disclosure.overview.DisclosureListing;
import org.fiscaldisclosure.disclosure.overview.DisclosureSummary;
import org.fiscaldisclosure.disclosure.publication.ContentAssembler;
import org.fiscaldisclosure.disclosure.publication.PublicationStatus;
import org.fiscaldisclosure.disclosure.repository.ParkedEvent;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.fiscaldisclosure.platform.rest.PathParams;
import org.fiscaldisclosure.platform.security.Roles;
import org.fiscaldisclosure.platform.security.UnitGrants;
import org.fiscaldisclosure.platform.validation.FindingsCsv;

@Path("/api/v1/disclosures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "disclosures", description = "部门决算公开：汇总的三部分")
public class DisclosureResource {

    @Inject
    DisclosureQueries queries;

    @Inject
    DisclosureListing listing;

    @Inject
    SecurityIdentity identity;

    @Inject
    PartEventConsumer consumer;

    @Inject
    ContentAssembler content;

    @Inject
    FindingsAssembler findings;

    @GET
    @Path("/{unitCode}/{year}")
    @Operation(operationId = "getDisclosure", summary = "The disclosure assembled from the newest revision of each part, with its completeness")
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public AssembledDisclosure get(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        PathParams path = PathParams.parse(unitCode, year);
        return queries.assembled(path.unitCode(), path.year())
                .orElseThrow(() -> ProblemException.notFound("尚未收到 " + unitCode + "/" + year + " 的任何部分"));
    }

    @GET
    @Path("/{unitCode}/{year}/findings")
    @Operation(operationId = "getDisclosureFindings", summary = "Every finding of the disclosure: the parts' own and the cross-part rules', each WARNING with its explanation (JSON; CSV with Accept: text/csv)")
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public FindingsReport findings(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        PathParams path = PathParams.parse(unitCode, year);
        return content.require(path.unitCode(), path.year()).findings();
    }

    @GET
    @Path("/{unitCode}/{year}/findings")
    @Produces(FindingsCsv.MEDIA_TYPE)
    @Operation(operationId = "getDisclosureFindings", summary = "Every finding of the disclosure as CSV")
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public String findingsCsv(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        return FindingsCsv.write(findings(unitCode, year).plain());
    }

    @GET
    @Path("/rules")
    @Operation(operationId = "listCrossPartRules", summary = "The cross-part rule catalogue (DS-…); each part's own rules are in its service's catalogue")
    @PermitAll
    public List<RuleDefinition> rules() {
        return findings.rules();
    }

    @GET
    @Operation(operationId = "listDisclosures", summary = "Disclosures for dashboards, paged: publication status, completeness, 收支总计, open findings, publication dates, headline figures; filters: year, region (6-digit code), status (publication status), completeness; only the units the token's units claim grants (every unit for a token without one)")
    @RolesAllowed({Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public DisclosureSummary.Page list(@QueryParam("year") String year, @QueryParam("region") String region,
                                       @Parameter(description = "DRAFT | APPROVED | PUBLISHED | UPDATED_SINCE_PUBLICATION")
                                       @QueryParam("status") String status,
                                       @Parameter(description = "COMPLETE | INCOMPLETE")
                                       @QueryParam("completeness") String completeness,
                                       @QueryParam("page") @DefaultValue("0") int page,
                                       @QueryParam("size") @DefaultValue("50") int size) {
        PathParams.checkPage(page, size);
        return listing.list(PathParams.yearFilter(year), PathParams.regionFilter(region), status(status),
                completeness(completeness), UnitGrants.of(identity).scope(), page, size);
    }

    @POST
    @Path("/admin/rebuild")
    @Operation(operationId = "rebuildReadModel", summary = "Rebuild the read model from the compacted part topics alone (admin); answers 202 when the replay has started")
    @APIResponse(responseCode = "202", description = "The replay has started", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, properties = @SchemaProperty(name = "status", type = SchemaType.STRING,
                    description = "状态：replaying（正在重放）", examples = "replaying"))))
    @APIResponse(responseCode = "409", description = "The consumer group has another member: the rebuild needs one instance of the service (rebuild-with-several-instances)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed(Roles.ADMIN)
    public Response rebuild() throws Exception {
        try {
            consumer.requestRebuild().get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof ProblemException refused) {
                throw refused; // another instance holds partitions: found on the consumer's thread
            }
            throw e;
        }
        return Response.accepted(Map.of("status", "replaying")).build();
    }

    @GET
    @Path("/parked-events")
    @Operation(operationId = "listParkedEvents", summary = "Events that could not be read, with their reasons (newest first)")
    @RolesAllowed(Roles.ADMIN)
    public List<ParkedEvent> parked(@QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("50") int size) {
        PathParams.checkPage(page, size);
        return ParkedEvent.<ParkedEvent>find("order by id desc").page(page, size).list();
    }

    private static PublicationStatus status(String status) {
        return QueryEnums.parse(status, PublicationStatus.class, "status",
                "应为 DRAFT、APPROVED、PUBLISHED、UPDATED_SINCE_PUBLICATION 之一（三部分是否齐全用 completeness=COMPLETE|INCOMPLETE）");
    }

    private static Completeness completeness(String completeness) {
        return QueryEnums.parse(completeness, Completeness.class, "completeness", "应为 COMPLETE 或 INCOMPLETE");
    }
}
