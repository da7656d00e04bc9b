package org.fiscaldisclosure.producer.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.fiscaldisclosure.contracts.event.PartRevision;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.validation.ValidationSummary;
import org.fiscaldisclosure.platform.audit.AuditEntry;
import org.fiscaldisclosure.platform.audit.AuditTrail;
import org.fiscaldisclosure.platform.http.JsonBodies;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.fiscaldisclosure.platform.rest.PathParams;
import org.fiscaldisclosure.platform.security.Roles;
import org.fiscaldisclosure.platform.security.UnitGrants;
import org.fiscaldisclosure.platform.validation.FindingsCsv;
import org.fiscaldisclosure.producer.part.PartInput;
import org.fiscaldisclosure.producer.part.PartListing;
import org.fiscaldisclosure.producer.part.PartPage;
import org.fiscaldisclosure.producer.part.PartStore;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The resource shape every producer shares (docs/api.md): GET of the latest and of any revision, findings as
 * JSON or CSV, the listing, the rule catalogue and the audit trail. A producer's resource adds its {@code @Path} and
 * the typed, documented {@code PUT} ({@code @RolesAllowed(Roles.PREPARER)}), which calls {@link #store} inside its
 * transaction. Drafts need a role (and the unit in the token's scope, {@code UnitScopeFilter}); the catalogue is
 * public.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class PartResource<T> {

    private final PartStore<T> partStore;
    private final JsonBodies bodies;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PartListing listing;

    @Inject
    SecurityIdentity identity;

    protected PartResource(PartStore<T> partStore, JsonBodies bodies) {
        this.partStore = partStore;
        this.bodies = bodies;
    }

    /**
     * Parses, validates and stores a new revision: 201 for the first, 200 after, with the revision's ETag; content
     * identical to the latest revision is answered 200 with that revision (nothing stored, no event).
     */
    protected RestResponse<PartRevision<T>> store(String unitCode, String year, String ifMatch, byte[] body, UriInfo uri) {
        PathParams path = PathParams.parse(unitCode, year);
        T part = PartInput.read(bodies, partStore.definition(), path.year(), body);
        boolean first = partStore.currentRevision(path.unitCode(), path.year()) == 0;
        PartRevision<T> stored = partStore.put(path.unitCode(), path.year(), part, ifMatch);
        return answer(stored, first ? RestResponse.Status.CREATED : RestResponse.Status.OK, first ? uri.getRequestUri() : null);
    }

    /** A revision as the producers answer it: the status, its ETag and, for a first revision, its Location. */
    protected static <P> RestResponse<PartRevision<P>> answer(PartRevision<P> revision, RestResponse.Status status, URI location) {
        RestResponse.ResponseBuilder<PartRevision<P>> response = RestResponse.ResponseBuilder.create(status, revision);
        if (location != null) {
            response.location(location);
        }
        return response.tag(etag(revision)).build();
    }

    @GET
    @Path("/{unitCode}/{year}")
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    @SecurityRequirement(name = Roles.SCHEME, scopes = {Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    @Operation(operationId = "getPart", summary = "The latest revision of the part, with its ETag")
    @APIResponse(responseCode = "200", description = "The latest revision")
    @APIResponse(responseCode = "404", description = "No revision yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<PartRevision<T>> get(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        return answer(latest(unitCode, year), RestResponse.Status.OK, null);
    }

    @GET
    @Path("/{unitCode}/{year}/revisions/{revision}")
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    @SecurityRequirement(name = Roles.SCHEME, scopes = {Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    @Operation(operationId = "getPartRevision", summary = "One stored revision of the part")
    @APIResponse(responseCode = "200", description = "The revision")
    public RestResponse<PartRevision<T>> revision(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                             @PathParam("revision") long revision) {
        PathParams path = PathParams.parse(unitCode, year);
        PartRevision<T> r = partStore.revision(path.unitCode(), path.year(), revision)
                .orElseThrow(() -> ProblemException.notFound(unitCode + "/" + year + " 没有第 " + revision + " 版"));
        return answer(r, RestResponse.Status.OK, null);
    }

    @GET
    @Path("/{unitCode}/{year}/findings")
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    @SecurityRequirement(name = Roles.SCHEME, scopes = {Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    @Operation(operationId = "getPartFindings", summary = "Validation findings of the latest revision (JSON; CSV with Accept: text/csv)")
    public ValidationSummary findings(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        return latest(unitCode, year).validation();
    }

    @GET
    @Path("/{unitCode}/{year}/findings")
    @Produces(FindingsCsv.MEDIA_TYPE)
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    @SecurityRequirement(name = Roles.SCHEME, scopes = {Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    @Operation(operationId = "getPartFindings", summary = "Validation findings of the latest revision as CSV")
    public String findingsCsv(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        return FindingsCsv.write(latest(unitCode, year).validation().findings());
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    @SecurityRequirement(name = Roles.SCHEME, scopes = {Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    @Operation(operationId = "listParts", summary = "Parts with their headline figures, paged; filters: year, region (6-digit code); only the units "
            + "the token's units claim grants (every unit for a token without one)")
    public PartPage list(@QueryParam("year") String year, @QueryParam("region") String region,
                         @QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("size") @DefaultValue("50") int size) {
        PathParams.checkPage(page, size);
        return listing.list(PathParams.yearFilter(year), PathParams.regionFilter(region), UnitGrants.of(identity).scope(),
                page, size);
    }

    @GET
    @Path("/rules")
    @PermitAll
    @Operation(operationId = "listPartRules", summary = "The part's rule catalogue")
    public List<RuleDefinition> rules() {
        return partStore.definition().rules();
    }

    @GET
    @Path("/{unitCode}/{year}/audit")
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    @SecurityRequirement(name = Roles.SCHEME, scopes = {Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    @Operation(operationId = "getPartAudit", summary = "The part's audit trail, oldest first: every revision with who (token subject and name, or the "
            + "submitting platform), when, and what changed against the revision before (headline figures, counts of "
            + "changed cells and fields, the changes)")
    public List<AuditEntry> audit(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        PathParams path = PathParams.parse(unitCode, year);
        List<AuditEntry> entries = auditTrail.of(path.unitCode(), path.year(), partStore.definition().kind().path());
        if (entries.isEmpty()) {
            throw ProblemException.notFound(partStore.definition().kind().path() + " " + unitCode + "/" + year + " 尚未提交");
        }
        return entries;
    }

    private PartRevision<T> latest(String unitCode, String year) {
        PathParams path = PathParams.parse(unitCode, year);
        return partStore.latest(path.unitCode(), path.year())
                .orElseThrow(() -> ProblemException.notFound(partStore.definition().kind().path() + " " + unitCode
                        + "/" + year + " 尚未提交"));
    }

    private static EntityTag etag(PartRevision<?> r) {
        return new EntityTag(String.valueOf(r.revision()));
    }
}
