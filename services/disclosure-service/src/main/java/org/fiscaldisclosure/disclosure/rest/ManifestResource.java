package org.fiscaldisclosure.disclosure.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fiscaldisclosure.disclosure.manifest.Manifests;
import org.fiscaldisclosure.disclosure.manifest.VersionManifest;
import org.fiscaldisclosure.disclosure.publication.VersionSummary;
import org.fiscaldisclosure.disclosure.rendering.FigureParity;
import org.fiscaldisclosure.disclosure.repository.VersionManifestEntity;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.rest.PathParams;

/**
 * Verifiable publication (docs/verification.md): the signed manifest of each published version (a JWS, RS256, over
 * the content hash, the approval, the publication and the SHA-256 of every file as served), its JSON view, the
 * version's parity report (every table figure with its cell id and its value in each format); the publication
 * key's public half is {@link PublicationKeyResource}. Public, like the versions.
 */
@Path("/api/v1/disclosures")
@Tag(name = "verification", description = "签名清单、数字一致性报告与公开签名公钥")
public class ManifestResource {

    static final String JOSE = "application/jose";

    @Inject
    Manifests manifests;

    /** The JSON view of a signed manifest. */
    @Schema(description = "签名清单：解码后的内容、签名（JWS 紧凑格式）和签名公钥的位置")
    public record ManifestView(
            @Schema(description = "清单内容（JWS 的载荷）") VersionManifest manifest,
            @Schema(description = "签名公钥的 kid（RFC 7638 指纹）") String keyId,
            Instant signedAt,
            @Schema(description = "签名清单（JWS 紧凑格式，RS256）") String jws,
            @Schema(description = "签名清单文件的地址") String jwsHref,
            @Schema(description = "公钥（JWK Set）的地址") String keysHref,
            @Schema(description = "公钥（PEM）的地址") String pemHref) {
    }

    @GET
    @Path("/{unitCode}/{year}/versions/{version}/manifest.jws")
    @Produces(JOSE)
    @Operation(operationId = "getVersionManifestJws", summary = "The signed manifest of a published version: a JWS in compact serialization (RS256, kid = the publication key's thumbprint) whose payload is the manifest JSON; made once all the version's files are rendered")
    @APIResponse(responseCode = "200", description = "The JWS (immutable)", content = @Content(mediaType = JOSE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "503", description = "A file of the version is still being rendered (Retry-After) or failed, or no publication key is configured",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PermitAll
    public Response jws(@PathParam("unitCode") String unitCode, @PathParam("year") String year, @PathParam("version") String version) {
        VersionManifestEntity m = signed(unitCode, year, version);
        return Response.ok(m.jws.getBytes(StandardCharsets.US_ASCII), JOSE)
                .header("Content-Disposition", "inline; filename=\"" + m.unitCode + "-" + m.fiscalYear + "-v" + m.version + "-manifest.jws\"")
                .header("Cache-Control", "public, max-age=31536000, immutable").build();
    }

    @GET
    @Path("/{unitCode}/{year}/versions/{version}/manifest")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getVersionManifest", summary = "The signed manifest of a published version, decoded: the manifest (content hash, approval, publication, SHA-256 of every file as served), the key id, the JWS and where the public key is")
    @APIResponse(responseCode = "200", description = "The decoded manifest",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManifestView.class)))
    @APIResponse(responseCode = "503", description = "A file of the version is still being rendered (Retry-After) or failed, or no publication key is configured",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PermitAll
    public ManifestView manifest(@PathParam("unitCode") String unitCode, @PathParam("year") String year, @PathParam("version") String version) {
        VersionManifestEntity m = signed(unitCode, year, version);
        String href = VersionSummary.href(m.unitCode, m.fiscalYear, m.version);
        return new ManifestView(manifests.read(m), m.keyId, m.signedAt, m.jws, href + "/manifest.jws", "/api/v1/publication-keys",
                "/api/v1/publication-keys/current.pem");
    }

    @GET
    @Path("/{unitCode}/{year}/versions/{version}/parity")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getVersionParity", summary = "The parity report of a published version: every figure of its tables under one cell id, with the value the page, PDF, workbook, JSON and data package state for it (the manifest holds the SHA-256 of this answer)")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FigureParity.ParityReport.class)))
    @PermitAll
    public Response parity(@PathParam("unitCode") String unitCode, @PathParam("year") String year, @PathParam("version") String version) {
        PathParams path = PathParams.parse(unitCode, year);
        int n = PublicationResource.versionNumber(version, "version");
        return Response.ok(manifests.parityReport(path.unitCode().value(), path.year().value(), n), MediaType.APPLICATION_JSON)
                .header("Cache-Control", "public, max-age=31536000, immutable").build();
    }

    private VersionManifestEntity signed(String unitCode, String year, String version) {
        PathParams path = PathParams.parse(unitCode, year);
        int n = PublicationResource.versionNumber(version, "version");
        return manifests.signed(path.unitCode().value(), path.year().value(), n);
    }
}
