package org.fiscaldisclosure.infra;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A token issuer for the local run and the tests: an RSA key pair written as PEM files into a directory, and signed
 * JWTs (RS256, plain JDK). The services verify the tokens with the public key file
 * ({@code mp.jwt.verify.publickey.location}) and the issuer ({@code mp.jwt.verify.issuer}); in production both come
 * from the real identity provider, never from here.
 */
public final class JwtIssuer {

    /** The issuer of the local run's tokens. */
    public static final String LOCAL_ISSUER = "https://fiscal-disclosure.local/issuer";
    /** The issuer of the tests' tokens. */
    public static final String TEST_ISSUER = "https://fiscal-disclosure.test/issuer";
    private static final String TEST_DIR_PROPERTY = "fiscal.test.jwt.dir";
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final String issuer;
    private final PrivateKey privateKey;
    private final Path publicKeyFile;

    private JwtIssuer(String issuer, PrivateKey privateKey, Path publicKeyFile) {
        this.issuer = issuer;
        this.privateKey = privateKey;
        this.publicKeyFile = publicKeyFile;
    }

    /** Generates a new RSA-2048 key pair into {@code dir} ({@code publicKey.pem}, {@code privateKey.pem}). */
    public static JwtIssuer generate(String issuer, Path dir) {
        PemKeyPair keys = PemKeyPair.generate(dir);
        return new JwtIssuer(issuer, keys.privateKey(), keys.publicKeyFile());
    }

    /** The issuer whose keys {@link #generate} wrote into {@code dir}. */
    public static JwtIssuer load(String issuer, Path dir) {
        PemKeyPair keys = PemKeyPair.load(dir);
        return new JwtIssuer(issuer, keys.privateKey(), keys.publicKeyFile());
    }

    /** The tests' issuer, one key pair per JVM ({@link PemKeyPair#forTests}). */
    public static JwtIssuer forTests() {
        PemKeyPair keys = PemKeyPair.forTests(TEST_DIR_PROPERTY, "fiscal-test-jwt-");
        return new JwtIssuer(TEST_ISSUER, keys.privateKey(), keys.publicKeyFile());
    }

    public String issuer() {
        return issuer;
    }

    public Path publicKeyFile() {
        return publicKeyFile;
    }

    /** What a service needs to verify this issuer's tokens. */
    public Map<String, String> serviceSettings() {
        return Map.of("mp.jwt.verify.publickey.location", publicKeyFile.toUri().toString(),
                "mp.jwt.verify.issuer", issuer);
    }

    /** A token for {@code subject}; add claims, then {@link Token#sign()}. */
    public Token token(String subject) {
        return new Token(subject);
    }

    /** Signs a header and claims as they are (to forge tokens in tests: other algorithms, missing claims). */
    public String signRaw(Map<String, Object> header, Map<String, Object> claims) {
        String signingInput = B64URL.encodeToString(MiniJson.write(header).getBytes(StandardCharsets.UTF_8)) + "."
                + B64URL.encodeToString(MiniJson.write(claims).getBytes(StandardCharsets.UTF_8));
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(privateKey);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token being built: subject, name, roles ({@code groups}), units, lifetime. */
    public final class Token {
        private final Map<String, Object> claims = new LinkedHashMap<>();
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofHours(1);

        private Token(String subject) {
            claims.put("sub", subject);
        }

        /** The display name ({@code name} and {@code preferred_username}). */
        public Token name(String name) {
            claims.put("name", name);
            claims.put("preferred_username", name);
            return this;
        }

        public Token roles(String... roles) {
            claims.put("groups", List.of(roles));
            return this;
        }

        /** The units a preparer may write: unit codes, {@code 110102-*} for a region, {@code *} for all. */
        public Token units(String... units) {
            claims.put("units", List.of(units));
            return this;
        }

        public Token claim(String name, Object value) {
            claims.put(name, value);
            return this;
        }

        public Token issuedAt(Instant at) {
            this.issuedAt = at;
            return this;
        }

        public Token validFor(Duration lifetime) {
            this.lifetime = lifetime;
            return this;
        }

        public String sign() {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("iss", issuer);
            all.put("jti", UUID.randomUUID().toString());
            all.put("iat", issuedAt.getEpochSecond());
            all.put("exp", issuedAt.plus(lifetime).getEpochSecond());
            all.putAll(claims);
            return signRaw(Map.of("alg", "RS256", "typ", "JWT"), all);
        }
    }

    /** Just enough JSON for token headers and claims: maps, lists, strings, numbers, booleans, null. */
    static final class MiniJson {
        private MiniJson() {
        }

        static String write(Object value) {
            StringBuilder sb = new StringBuilder();
            write(sb, value);
            return sb.toString();
        }

        private static void write(StringBuilder sb, Object value) {
            if (value == null) {
                sb.append("null");
            } else if (value instanceof Map<?, ?> map) {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    string(sb, String.valueOf(e.getKey()));
                    sb.append(':');
                    write(sb, e.getValue());
                }
                sb.append('}');
            } else if (value instanceof Iterable<?> list) {
                sb.append('[');
                boolean first = true;
                for (Object o : list) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    write(sb, o);
                }
                sb.append(']');
            } else if (value instanceof Number || value instanceof Boolean) {
                sb.append(value);
            } else {
                string(sb, value.toString());
            }
        }

        private static void string(StringBuilder sb, String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            sb.append('"');
        }
    }
}
