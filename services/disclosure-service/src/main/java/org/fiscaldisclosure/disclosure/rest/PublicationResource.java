package org.fiscaldisclosure.disclosure.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fiscaldisclosure.disclosure.audit.PublicationAudit;
import org.fiscaldisclosure.disclosure.publication.ApprovalRequest;
import org.fiscaldisclosure.disclosure.publication.ApprovalService;
import org.fiscaldisclosure.disclosure.publication.ExplanationReceipt;
import org.fiscaldisclosure.disclosure.publication.ExplanationRequest;
import org.fiscaldisclosure.disclosure.publication.ExplanationService;
import org.fiscaldisclosure.disclosure.publication.HistoryEntry;
import org.fiscaldisclosure.disclosure.publication.PublicationQueries;
import org.fiscaldisclosure.disclosure.publication.PublicationState;
import org.fiscaldisclosure.disclosure.publication.PublishRequest;
import org.fiscaldisclosure.disclosure.publication.PublishService;
import org.fiscaldisclosure.disclosure.publication.VersionDiff;
import org.fiscaldisclosure.disclosure.publication.VersionQueries;
import org.fiscaldisclosure.disclosure.publication.VersionSummary;
import org.fiscaldisclosure.disclosure.published.ApprovalView;
import org.fiscaldisclosure.disclosure.rendering.Renderings;
import org.fiscaldisclosure.disclosure.rendering.StoredCompression;
import org.fiscaldisclosure.disclosure.rendering.StoredFile;
import org.fiscaldisclosure.platform.http.JsonBodies;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.fiscaldisclosure.platform.rest.PathParams;
import org.fiscaldisclosure.platform.security.Roles;
import org.fiscaldisclosure.platform.xlsx.Xlsx;

/**
 * Approval and publication (docs/disclosure.md, "Approval and publication"): explanations of WARNINGs, approval of an exact content hash,
 * immutable numbered versions, their diff, and the history. Each change is audited in the transaction that makes
 * it, with the token's identity beside the name the body states (docs/security.md).
 */
@Path("/api/v1/disclosures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "publication", description = "说明、审批与公开版本")
public class PublicationResource {

    @Inject
    JsonBodies bodies;

    @Inject
    PublicationQueries publication;

    @Inject
    ExplanationService explanations;

    @Inject
    ApprovalService approvals;

    @Inject
    PublishService publisher;

    @Inject
    VersionQueries versions;

    @Inject
    Renderings renderings;

    static final String PDF = "application/pdf";
    static final String ZIP = "application/zip";
    static final String CSV = "text/csv";

    @Inject
    PublicationAudit audit;

    /** How long a publication waits for its files before answering (those not ready by then are PENDING in the answer). */
    @ConfigProperty(name = "fiscal.rendering.publish-wait", defaultValue = "60s")
    Duration publishWait;

    @GET
    @Path("/{unitCode}/{year}/publication")
    @Operation(operationId = "getPublicationState", summary = "Status (DRAFT, APPROVED, PUBLISHED, UPDATED_SINCE_PUBLICATION), current content hash, approval, what blocks publication")
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public PublicationState state(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        PathParams path = PathParams.parse(unitCode, year);
        return publication.state(path.unitCode(), path.year());
    }

    @POST
    @Path("/{unitCode}/{year}/explanations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "explainFinding", summary = "Explain a WARNING finding (by rule id and location); the explanation becomes part of the content, so the content hash changes")
    @APIResponse(responseCode = "201", description = "Recorded; the answer carries the new content hash",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExplanationReceipt.class)))
    @RolesAllowed(Roles.REVIEWER)
    @Transactional
    public Response explain(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ExplanationRequest.class))) byte[] body) {
        PathParams path = PathParams.parse(unitCode, year);
        ExplanationRequest request = bodies.read(body, ExplanationRequest.class);
        ExplanationReceipt receipt = explanations.explain(path.unitCode(), path.year(), request);
        audit.explained(path.unitCode(), path.year(), receipt);
        return Response.status(201).entity(receipt).build();
    }

    @POST
    @Path("/{unitCode}/{year}/approvals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "approveContent", summary = "Approve the current content by its hash, with the 保密审查 and 负责人审签 attestations")
    @APIResponse(responseCode = "201", description = "Approved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApprovalView.class)))
    @APIResponse(responseCode = "409", description = "The hash is not the current content's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed(Roles.REVIEWER)
    @Transactional
    public Response approve(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ApprovalRequest.class))) byte[] body) {
        PathParams path = PathParams.parse(unitCode, year);
        ApprovalRequest request = bodies.read(body, ApprovalRequest.class);
        ApprovalView approval = approvals.approve(path.unitCode(), path.year(), request);
        audit.approved(path.unitCode(), path.year(), approval);
        return Response.status(201).entity(approval).build();
    }

    @POST
    @Path("/{unitCode}/{year}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishVersion", summary = "Publish the approved current content as the next immutable version (a correction note from version 2 on)")
    @APIResponse(responseCode = "201", description = "Published; Location names the version. Its files are rendered after the publication is recorded: the answer lists each with its state (READY, or PENDING when it takes longer than fiscal.rendering.publish-wait)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionSummary.class)))
    @APIResponse(responseCode = "409", description = "Not publishable: stale hash, already published, or blocked (FATAL findings, unexplained WARNINGs, no approval) with the blocking findings listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = PublicationBlockedProblem.class)))
    @RolesAllowed(Roles.PUBLISHER)
    public Response publish(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PublishRequest.class))) byte[] body) {
        PathParams path = PathParams.parse(unitCode, year);
        PublishRequest request = bodies.read(body, PublishRequest.class);
        VersionSummary v = QuarkusTransaction.requiringNew().call(() -> {
            VersionSummary published = publisher.publish(path.unitCode(), path.year(), request);
            audit.published(path.unitCode(), path.year(), published);
            return published;
        });
        // the files are rendered after the commit; a small version's are ready within the wait, a large one's later
        VersionSummary answered = versions.awaitFiles(path.unitCode(), path.year(), v, publishWait);
        return Response.created(URI.create(v.href())).entity(answered).build();
    }

    @GET
    @Path("/{unitCode}/{year}/versions")
    @Operation(operationId = "listVersions", summary = "The published versions, oldest first")
    @PermitAll
    public List<VersionSummary> versions(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        PathParams path = PathParams.parse(unitCode, year);
        return versions.list(path.unitCode(), path.year());
    }

    @GET
    @Path("/{unitCode}/{year}/versions/{version}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, PDF, Xlsx.MEDIA_TYPE, ZIP})
    @Operation(operationId = "getVersion", summary = "One published version: its summary; with format=json (the whole published document), html (the public page), pdf, xlsx (one sheet per table) or datapackage (the Fiscal Data Package as a zip), or the matching Accept header, the file rendered and stored at publish time")
    @APIResponse(responseCode = "200", description = "The summary, or the stored file (ETag, immutable)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionSummary.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "503", description = "The file is still being rendered (Retry-After gives the seconds to wait) or its rendering failed (the reason in detail)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PermitAll
    public Response version(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                            @PathParam("version") String version,
                            @Parameter(description = "json, html, pdf, xlsx or datapackage") @QueryParam("format") String format,
                            @Context HttpHeaders headers, @Context Request request, @Context HttpServerRequest http) {
        PathParams path = PathParams.parse(unitCode, year);
        int n = versionNumber(version, "version");
        String wanted = format != null && !format.isBlank() ? format.trim().toLowerCase(Locale.ROOT) : preferred(headers);
        if (wanted == null) {
            return Response.ok(versions.summary(path.unitCode(), path.year(), n), MediaType.APPLICATION_JSON).build();
        }
        StoredFile file = versions.file(path.unitCode(), path.year(), n, wanted);
        boolean download = file.mediaType().startsWith(Xlsx.MEDIA_TYPE) || file.mediaType().startsWith(ZIP);
        return stored(file, renderings.fileName(file), download, request, headers, http);
    }

    @GET
    @Path("/{unitCode}/{year}/versions/{version}/files/{name}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "getVersionFile", summary = "One file of the version's Fiscal Data Package, as stored at publish time: datapackage.json, or a table's CSV named in it (e.g. T3.csv)")
    @APIResponse(responseCode = "200", description = "The stored file (ETag, immutable)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No such version or file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The data package is still being rendered (Retry-After) or its rendering failed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PermitAll
    public Response file(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                         @PathParam("version") String version, @PathParam("name") String name, @Context Request request,
                         @Context HttpHeaders headers, @Context HttpServerRequest http) {
        PathParams path = PathParams.parse(unitCode, year);
        int n = versionNumber(version, "version");
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,120}")) {
            throw ProblemException.badRequest("路径参数不符合要求", List.of(new FieldError("name", "文件名只含字母、数字、点、下划线和连字符，如 T3.csv")));
        }
        StoredFile file = versions.member(path.unitCode(), path.year(), n, name);
        return stored(file, name, name.endsWith(".csv"), request, headers, http);
    }

    /**
     * A stored file: its bytes as rendered, ETag = their SHA-256, cached for good (a version never changes); 304 Not
     * Modified without the bytes when the request's If-None-Match names that ETag. A file stored gzip-compressed
     * ({@link StoredCompression}) is sent as stored, {@code Content-Encoding: gzip}, to a client whose
     * {@code Accept-Encoding} accepts gzip, and decompressed for any other; the ETag is the same either way. Over
     * HTTP/2 the server's compressor encodes whatever {@code Content-Encoding} names, so there the file is handed over
     * decompressed and compressed on the way as any other answer.
     */
    private static Response stored(StoredFile file, String fileName, boolean download, Request request, HttpHeaders headers,
                                   HttpServerRequest http) {
        EntityTag tag = new EntityTag(file.sha256());
        Response.ResponseBuilder answer = request.evaluatePreconditions(tag);
        if (answer == null) {
            boolean asStored = file.gzipped() && http.version() != HttpVersion.HTTP_2
                    && StoredCompression.accepts(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
            answer = Response.ok(asStored ? file.content() : file.rendered(), file.mediaType())
                    .header("Content-Disposition", (download ? "attachment" : "inline") + "; filename=\"" + fileName + "\"");
            if (asStored) {
                answer.header(HttpHeaders.CONTENT_ENCODING, StoredCompression.GZIP);
            }
        }
        if (file.gzipped()) {
            answer.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        return answer.tag(tag).header("Cache-Control", "public, max-age=31536000, immutable").build();
    }

    /** The format the Accept header asks for first (html, pdf, xlsx, datapackage), or null for the JSON summary. */
    private String preferred(HttpHeaders headers) {
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        if (acceptable.isEmpty() || acceptable.get(0).isWildcardType() || acceptable.get(0).isWildcardSubtype()) {
            return null;
        }
        MediaType first = acceptable.get(0);
        if (first.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return null;
        }
        return renderings.formatFor(first.getType() + "/" + first.getSubtype()).orElse(null);
    }

    @GET
    @Path("/{unitCode}/{year}/versions/{version}/diff/{other}")
    @Operation(operationId = "diffVersions", summary = "What changed from one version to another: part revisions, headline figures (old → new), explanations")
    @PermitAll
    public VersionDiff diff(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                            @PathParam("version") String version, @PathParam("other") String other) {
        PathParams path = PathParams.parse(unitCode, year);
        return versions.diff(path.unitCode(), path.year(), versionNumber(version, "version"), versionNumber(other, "other"));
    }

    @GET
    @Path("/{unitCode}/{year}/history")
    @Operation(operationId = "getPublicationHistory", summary = "Who explained, approved and published what, and when (oldest first)")
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public List<HistoryEntry> history(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        PathParams path = PathParams.parse(unitCode, year);
        return publication.history(path.unitCode(), path.year());
    }

    static int versionNumber(String text, String field) {
        if (text == null || !text.matches("[1-9][0-9]{0,8}")) {
            throw ProblemException.badRequest("路径参数不符合要求", List.of(new FieldError(field, "版本号应为正整数，如 1")));
        }
        return Integer.parseInt(text);
    }
}
