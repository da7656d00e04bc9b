package org.fiscaldisclosure.disclosure.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fiscaldisclosure.disclosure.manifest.PublicationKey;
import org.fiscaldisclosure.platform.problem.Problem;

/** The public half of the publication key that signs the versions' manifests (docs/verification.md). Public. */
@Path("/api/v1/publication-keys")
@Tag(name = "verification", description = "签名清单、数字一致性报告与公开签名公钥")
public class PublicationKeyResource {

    static final String PEM = "application/x-pem-file";

    @Inject
    PublicationKey key;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPublicationKeys", summary = "The public key that signs the manifests, as a JWK Set (RFC 7517); a manifest's kid names its key")
    @APIResponse(responseCode = "200", description = "The JWK Set", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "503", description = "No publication key is configured",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PermitAll
    public Response keys() {
        return Response.ok(key.jwks(), MediaType.APPLICATION_JSON).header("Cache-Control", "public, max-age=3600").build();
    }

    @GET
    @Path("/current.pem")
    @Produces(PEM)
    @Operation(operationId = "getPublicationKeyPem", summary = "The public key that signs the manifests, as PEM (for openssl dgst -verify)")
    @APIResponse(responseCode = "200", description = "The public key", content = @Content(mediaType = PEM, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "503", description = "No publication key is configured",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PermitAll
    public Response pem() {
        return Response.ok(key.publicPem(), PEM)
                .header("Content-Disposition", "inline; filename=\"publication-key-" + key.keyId() + ".pem\"")
                .header("Cache-Control", "public, max-age=3600").build();
    }

}
