package org.fiscaldisclosure.disclosure.manifest;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * The publication key: the RSA private key (PEM, PKCS#8, at least 2048 bits) with which the manifest of every
 * published version is signed (JWS, RS256), named by {@code fiscal.publication.key.location} ({@code file:…} or a
 * path) and set per environment like the token verification key; the local run and the tests make their own. Its
 * public half is published ({@link #jwks()}, {@link #publicPem()}) so that anybody can check a manifest; the key id
 * ({@code kid}) is the key's RFC 7638 thumbprint. Without the setting (or with an unreadable key) manifests are not
 * signed and their endpoints answer 503 with the reason; publication itself goes on.
 */
@ApplicationScoped
public class PublicationKey {

    private static final Logger LOG = Logger.getLogger(PublicationKey.class);

    private final RsaJsonWebKey key;
    private final String problem;

    public PublicationKey(@ConfigProperty(name = "fiscal.publication.key.location") Optional<String> location) {
        RsaJsonWebKey loaded = null;
        String why = null;
        if (location.isEmpty() || location.get().isBlank()) {
            why = "未配置公开签名私钥（fiscal.publication.key.location）";
        } else {
            try {
                loaded = load(location.get().trim());
            } catch (IOException | GeneralSecurityException | JoseException | IllegalArgumentException e) {
                why = "无法读取公开签名私钥 " + location.get() + "：" + e.getMessage();
            }
        }
        if (why != null) {
            LOG.warn(why + "; the manifests of published versions are not signed until it is set");
        }
        this.key = loaded;
        this.problem = why;
    }

    private static RsaJsonWebKey load(String location) throws IOException, GeneralSecurityException, JoseException {
        String pem;
        try (InputStream in = location.startsWith("file:") ? URI.create(location).toURL().openStream()
                : java.nio.file.Files.newInputStream(java.nio.file.Path.of(location))) {
            pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new IllegalArgumentException("不是 PKCS#8 PEM 私钥（-----BEGIN PRIVATE KEY-----）");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        if (!(rsa.generatePrivate(new PKCS8EncodedKeySpec(der)) instanceof RSAPrivateCrtKey privateKey)) {
            throw new IllegalArgumentException("RSA 私钥缺少公钥参数");
        }
        if (privateKey.getModulus().bitLength() < 2048) {
            throw new IllegalArgumentException("RSA 私钥不足 2048 位");
        }
        RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        RsaJsonWebKey jwk = new RsaJsonWebKey(publicKey);
        jwk.setPrivateKey(privateKey);
        jwk.setKeyId(jwk.calculateBase64urlEncodedThumbprint("SHA-256"));
        jwk.setUse("sig");
        jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jwk;
    }

    /** Why nothing can be signed, when so. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** The key id manifests name in their header. */
    public String keyId() {
        return require().getKeyId();
    }

    /** Signs {@code payload} (UTF-8 JSON): a JWS in compact serialization, header {@code alg RS256, kid, typ, cty}. */
    public String sign(byte[] payload) {
        RsaJsonWebKey k = require();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayloadBytes(payload);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKeyIdHeaderValue(k.getKeyId());
        jws.setHeader("typ", "fiscal-manifest+jws");
        jws.setContentTypeHeaderValue("json");
        jws.setKey(k.getRsaPrivateKey());
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as a JWK Set (RFC 7517), without any private part. */
    public String jwks() {
        RsaJsonWebKey k = require();
        return new JsonWebKeySet(k).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    /** The public key as PEM ({@code -----BEGIN PUBLIC KEY-----}), for {@code openssl dgst -verify}. */
    public String publicPem() {
        byte[] der = require().getRsaPublicKey().getEncoded();
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** Nothing when manifests can be signed; else 503 with the reason. */
    public void requireAvailable() {
        require();
    }

    private RsaJsonWebKey require() {
        if (key == null) {
            throw new ProblemException(Problem.of(503, "publication-key-unavailable", "签名清单暂不可用", problem, List.of()));
        }
        return key;
    }
}
