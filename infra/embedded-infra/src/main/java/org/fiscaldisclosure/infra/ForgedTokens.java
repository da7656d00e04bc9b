package org.fiscaldisclosure.infra;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tokens a service must refuse with 401, for the tests: each would grant every role on every unit if it were
 * accepted. Keyed by what is wrong with it.
 */
public final class ForgedTokens {

    private ForgedTokens() {
    }

    public static Map<String, String> against(JwtIssuer issuer) {
        Map<String, String> forged = new LinkedHashMap<>();
        String valid = all(issuer.token("forger")).sign();
        forged.put("not a JWT", "not-a-token");
        forged.put("empty", "");
        forged.put("alg none", unsigned(issuer.issuer()));
        forged.put("expired", all(issuer.token("forger")).issuedAt(Instant.now().minus(Duration.ofHours(3)))
                .validFor(Duration.ofHours(1)).sign());
        forged.put("other issuer", all(otherIssuer(issuer.issuer() + "/other").token("forger")).sign());
        forged.put("other key", all(otherIssuer(issuer.issuer()).token("forger")).sign());
        forged.put("tampered payload", tampered(valid));
        forged.put("signature cut", valid.substring(0, valid.lastIndexOf('.') + 1));
        forged.put("lives until 9999", all(issuer.token("forger")).validFor(Duration.between(Instant.now(),
                Instant.parse("9999-12-31T00:00:00Z"))).sign());
        forged.put("lives 25 hours", all(issuer.token("forger")).validFor(Duration.ofHours(25)).sign());
        forged.put("issued in the future", all(issuer.token("forger")).issuedAt(Instant.now().plus(Duration.ofDays(400)))
                .validFor(Duration.ofHours(1)).sign());
        forged.put("units a string", all(issuer.token("forger")).claim("units", "*").sign());
        forged.put("units an object", all(issuer.token("forger")).claim("units", Map.of("unit", "*")).sign());
        forged.put("units with a number", all(issuer.token("forger")).claim("units", List.of("*", 1)).sign());
        return forged;
    }

    private static JwtIssuer.Token all(JwtIssuer.Token token) {
        return token.name("伪造者").roles(RoleTokens.PREPARER, RoleTokens.REVIEWER, RoleTokens.PUBLISHER, RoleTokens.ADMIN)
                .units("*");
    }

    private static JwtIssuer otherIssuer(String issuer) {
        try {
            Path dir = Files.createTempDirectory("fiscal-forged-jwt-");
            dir.toFile().deleteOnExit();
            dir.resolve("privateKey.pem").toFile().deleteOnExit();
            dir.resolve("publicKey.pem").toFile().deleteOnExit();
            return JwtIssuer.generate(issuer, dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String unsigned(String issuer) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", "forger");
        claims.put("iat", now);
        claims.put("exp", now + 3600);
        claims.put("groups", List.of(RoleTokens.PREPARER, RoleTokens.REVIEWER, RoleTokens.PUBLISHER, RoleTokens.ADMIN));
        claims.put("units", List.of("*"));
        return b64.encodeToString(JwtIssuer.MiniJson.write(Map.of("alg", "none", "typ", "JWT")).getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString(JwtIssuer.MiniJson.write(claims).getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /** A valid token whose payload is changed after signing (a subject swapped for another). */
    private static String tampered(String token) {
        String[] p = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(p[1]), StandardCharsets.UTF_8)
                .replace("\"sub\":\"forger\"", "\"sub\":\"admin\"");
        return p[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + p[2];
    }
}
