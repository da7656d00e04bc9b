package org.fiscaldisclosure.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtIssuerTest {

    static boolean verifies(String token, Path publicKeyFile) throws Exception {
        String pem = Files.readString(publicKeyFile).replaceAll("-----[A-Z ]+-----", "");
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(pem)));
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    static String payload(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    @Test
    void aRoleTokenIsSignedWithTheKeyWhosePublicHalfTheServicesAreGiven(@TempDir Path dir) throws Exception {
        JwtIssuer issuer = JwtIssuer.generate(JwtIssuer.LOCAL_ISSUER, dir);
        String token = new RoleTokens(issuer, java.time.Duration.ofHours(1)).preparer("110102-SWD");
        assertTrue(verifies(token, issuer.publicKeyFile()));
        String claims = payload(token);
        assertTrue(claims.contains("\"iss\":\"" + JwtIssuer.LOCAL_ISSUER + "\""), claims);
        assertTrue(claims.contains("\"groups\":[\"preparer\"]"), claims);
        assertTrue(claims.contains("\"units\":[\"110102-SWD\"]"), claims);
        assertTrue(claims.contains("\"name\":\"本地填报人\""), claims);
        assertEquals(Map.of("mp.jwt.verify.publickey.location", issuer.publicKeyFile().toUri().toString(),
                "mp.jwt.verify.issuer", JwtIssuer.LOCAL_ISSUER), issuer.serviceSettings());
        assertTrue(verifies(JwtIssuer.load(JwtIssuer.LOCAL_ISSUER, dir).token("x").sign(), issuer.publicKeyFile()));
    }

    @Test
    void thePublicKeyIsReadableByAContainersServiceUserAndThePrivateKeyByItsOwnerOnly(@TempDir Path dir) throws Exception {
        JwtIssuer.generate(JwtIssuer.LOCAL_ISSUER, dir);
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("publicKey.pem"))));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("privateKey.pem"))));
    }

    @Test
    void forgedTokensDoNotVerify(@TempDir Path dir) throws Exception {
        JwtIssuer issuer = JwtIssuer.generate(JwtIssuer.TEST_ISSUER, dir);
        Map<String, String> forged = ForgedTokens.against(issuer);
        for (String what : new String[]{"not a JWT", "alg none", "other key", "tampered payload", "signature cut"}) {
            assertFalse(verifies(forged.get(what), issuer.publicKeyFile()), what);
        }
        // these are signed by the right key; the services refuse them for their claims
        assertTrue(verifies(forged.get("expired"), issuer.publicKeyFile()));
    }

    @Test
    void theTokensFileCanBeSourcedByAShell(@TempDir Path dir) throws Exception {
        RoleTokens tokens = new RoleTokens(JwtIssuer.generate(JwtIssuer.LOCAL_ISSUER, dir), java.time.Duration.ofHours(1));
        Path file = dir.resolve("tokens.env");
        RoleTokens.writeEnv(tokens.forUnit("110102-SWD"), file);
        String env = Files.readString(file);
        for (String name : new String[]{"PREPARER_TOKEN", "REVIEWER_TOKEN", "PUBLISHER_TOKEN", "ADMIN_TOKEN"}) {
            assertTrue(env.contains("export " + name + "=ey"), env);
        }
    }
}
