package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.infra.PublicationKeys;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;

/**
 * The signed manifest of a published version: made once its files are rendered, a JWS (RS256) signed with the
 * environment's publication key over the content hash, the approval, the publication and the SHA-256 of every file
 * as served; the public key published as a JWK Set and as PEM. A downloaded file verifies against it, with a JWS
 * library and with the documented command (scripts/verify-download.sh: openssl and sha256sum); a tampered file and a
 * tampered or foreign-signed manifest do not.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class SignedManifestTest {

    static final PartEvents events = new PartEvents();
    static final Path SCRIPT = Path.of("../../scripts/verify-download.sh").toAbsolutePath().normalize();

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static JsonNode json(byte[] bytes) throws Exception {
        return DocumentFixture.JSON.readTree(bytes);
    }

    /** Verifies a compact JWS with the published JWK Set: the payload, or null when the signature is not valid. */
    static byte[] verified(String jws, String jwks) throws Exception {
        JsonWebSignature s = new JsonWebSignature();
        s.setCompactSerialization(jws);
        PublicJsonWebKey key = (PublicJsonWebKey) new JsonWebKeySet(jwks).findJsonWebKey(s.getKeyIdHeaderValue(), "RSA", "sig", null);
        if (key == null || !AlgorithmIdentifiers.RSA_USING_SHA256.equals(s.getAlgorithmHeaderValue())) {
            return null;
        }
        s.setKey(key.getPublicKey());
        return s.verifySignature() ? s.getPayloadBytes() : null;
    }

    @Test
    void everyServedFileOfAVersionVerifiesAgainstItsSignedManifest() throws Exception {
        String unit = PublishedFixture.publish(events);
        String v1 = PublishedFixture.base(unit) + "/versions/1";
        JsonPath view = Await.get(v1 + "/manifest", j -> j.getString("jws") != null);
        String jws = given().get(v1 + "/manifest.jws").then().statusCode(200).contentType("application/jose")
                .extract().asString();
        assertEquals(view.getString("jws"), jws);
        String jwks = given().get("/api/v1/publication-keys").then().statusCode(200).extract().asString();
        assertFalse(jwks.contains("\"d\""), "the JWK Set holds no private part: " + jwks);

        byte[] payload = verified(jws, jwks);
        assertTrue(payload != null, "the manifest's signature verifies with the published key");
        JsonNode manifest = json(payload);
        JsonNode version = json(given().accept("application/json").get(v1).then().statusCode(200).extract().asByteArray());
        assertEquals("fiscal-disclosure-manifest/1", manifest.path("type").asText());
        assertEquals(unit, manifest.path("unitCode").asText());
        assertEquals(1, manifest.path("version").asInt());
        assertEquals(version.path("contentHash").asText(), manifest.path("contentHash").asText());
        assertEquals("赵发布", manifest.path("publishedBy").asText());
        assertEquals("王审核", manifest.at("/approval/approver").asText());
        assertEquals("李保密", manifest.at("/approval/confidentialityReviewer").asText());
        assertEquals("张部长", manifest.at("/approval/signedOffBy").asText());
        assertTrue(manifest.at("/approval/confidentialityReviewed").asBoolean() && manifest.at("/approval/signedOff").asBoolean());
        assertEquals(manifest.path("contentHash").asText(), manifest.at("/approval/contentHash").asText());
        assertEquals(view.getString("keyId"), json(Base64.getUrlDecoder().decode(jws.split("\\.")[0])).path("kid").asText());

        // every file as served (a compressed answer is checked after decompression, as a browser saves it)
        List<String> keys = new ArrayList<>();
        for (JsonNode f : manifest.path("files")) {
            keys.add(f.path("key").asText());
            byte[] served = given().header("Accept-Encoding", "gzip").get(f.path("href").asText()).then().statusCode(200)
                    .extract().asByteArray();
            assertEquals(f.path("sha256").asText(), sha256(served), f.toString());
            assertEquals(f.path("bytes").asLong(), served.length, f.toString());
        }
        assertEquals(List.of("json", "html", "xlsx", "datapackage", "pdf"), keys.subList(0, 5));
        assertTrue(keys.containsAll(List.of("files/datapackage.json", "files/T3.csv")), keys.toString());
        byte[] parity = given().get(manifest.at("/parityReport/href").asText()).then().statusCode(200).extract().asByteArray();
        assertEquals(manifest.at("/parityReport/sha256").asText(), sha256(parity));

        // the documented command: the PDF as downloaded verifies, and the parity report with it
        Path dir = Files.createTempDirectory("manifest-test");
        Path jwsFile = Files.writeString(dir.resolve("manifest.jws"), jws);
        Path pem = Files.writeString(dir.resolve("key.pem"),
                given().get("/api/v1/publication-keys/current.pem").then().statusCode(200).extract().asString());
        assertEquals(Files.readString(PublicationKeys.forTests().publicKeyFile()).strip(), Files.readString(pem).strip(),
                "the published PEM is the public half of the configured key");
        byte[] pdf = given().get(v1 + "?format=pdf").then().statusCode(200).extract().asByteArray();
        Path pdfFile = Files.write(dir.resolve(unit + "-2024-v1.pdf"), pdf);
        Path parityFile = Files.write(dir.resolve("parity.json"), parity);
        Result ok = run(jwsFile, pem, pdfFile, parityFile);
        assertEquals(0, ok.exit, ok.output);
        assertTrue(ok.output.contains("signature valid") && ok.output.contains("OK       " + pdfFile), ok.output);

        // a tampered file: one byte of the PDF changed
        byte[] tampered = pdf.clone();
        tampered[tampered.length / 2] ^= 0x01;
        assertNotEquals(sha256(pdf), sha256(tampered));
        assertTrue(manifest.findValuesAsText("sha256").stream().noneMatch(sha256(tampered)::equals));
        Result badFile = run(jwsFile, pem, Files.write(dir.resolve("tampered.pdf"), tampered));
        assertEquals(1, badFile.exit, badFile.output);
        assertTrue(badFile.output.contains("MISMATCH"), badFile.output);
    }

    @Test
    void aTamperedOrForeignSignedManifestDoesNotVerify() throws Exception {
        String unit = PublishedFixture.publish(events);
        String v1 = PublishedFixture.base(unit) + "/versions/1";
        Await.get(v1 + "/manifest", j -> j.getString("jws") != null);
        String jws = given().get(v1 + "/manifest.jws").then().statusCode(200).extract().asString();
        String jwks = given().get("/api/v1/publication-keys").then().statusCode(200).extract().asString();
        String[] parts = jws.split("\\.");

        // the payload altered (a file's SHA-256 replaced by that of another file), the signature kept
        ObjectNode manifest = (ObjectNode) json(Base64.getUrlDecoder().decode(parts[1]));
        byte[] other = "another file".getBytes(StandardCharsets.UTF_8);
        ((ObjectNode) manifest.path("files").get(4)).put("sha256", sha256(other));
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(DocumentFixture.JSON.writeValueAsBytes(manifest))
                + "." + parts[2];
        assertEquals(null, verified(altered, jwks), "a manifest whose payload changed does not verify");

        // the altered payload signed again with another key under the same kid
        var foreignKey = KeyPairGenerator.getInstance("RSA");
        foreignKey.initialize(2048);
        JsonWebSignature forged = new JsonWebSignature();
        forged.setPayloadBytes(DocumentFixture.JSON.writeValueAsBytes(manifest));
        forged.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        forged.setKeyIdHeaderValue(json(Base64.getUrlDecoder().decode(parts[0])).path("kid").asText());
        forged.setKey(foreignKey.generateKeyPair().getPrivate());
        String foreign = forged.getCompactSerialization();
        assertEquals(null, verified(foreign, jwks), "a manifest signed with another key does not verify");

        // the documented command refuses both, though the file they list is the one given
        Path dir = Files.createTempDirectory("manifest-test");
        Path pem = Files.writeString(dir.resolve("key.pem"),
                given().get("/api/v1/publication-keys/current.pem").then().statusCode(200).extract().asString());
        Path file = Files.write(dir.resolve("other.txt"), other);
        for (String bad : List.of(altered, foreign)) {
            Result r = run(Files.writeString(dir.resolve("bad.jws"), bad), pem, file);
            assertEquals(1, r.exit, r.output);
            assertTrue(r.output.contains("NOT VALID"), r.output);
        }
        Result genuine = run(Files.writeString(dir.resolve("good.jws"), jws), pem, file);
        assertEquals(1, genuine.exit, "the genuine manifest does not list the other file: " + genuine.output);
    }

    @Test
    void theManifestOfAVersionNotPublishedIsNotFoundAndABadVersionNumberIsRefused() {
        given().get("/api/v1/disclosures/110102-NONE/2024/versions/1/manifest.jws").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/disclosures/110102-NONE/2024/versions/x/manifest").then().statusCode(400)
                .contentType("application/problem+json");
    }

    record Result(int exit, String output) {
    }

    static Result run(Path... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        for (Path a : args) {
            command.add(a.toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), out);
        return new Result(p.exitValue(), out);
    }
}
