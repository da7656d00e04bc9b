package org.fiscaldisclosure.infra;

import java.nio.file.Path;
import java.util.Map;

/**
 * The publication key of the local run and the tests: an RSA-2048 key pair written as PEM files
 * ({@code privateKey.pem}, PKCS#8, and {@code publicKey.pem}), with which the disclosure-service signs
 * the manifest of every published version ({@code fiscal.publication.key.location}). In production the key is a
 * secret of the environment, never made here.
 */
public final class PublicationKeys {

    /** The setting that names the private key. */
    public static final String SETTING = "fiscal.publication.key.location";
    private static final String TEST_DIR_PROPERTY = "fiscal.test.publication.dir";

    private final Path privateKeyFile;
    private final Path publicKeyFile;

    private PublicationKeys(Path privateKeyFile, Path publicKeyFile) {
        this.privateKeyFile = privateKeyFile;
        this.publicKeyFile = publicKeyFile;
    }

    /** Generates a new key pair into {@code dir}. */
    public static PublicationKeys generate(Path dir) {
        PemKeyPair keys = PemKeyPair.generate(dir);
        return new PublicationKeys(keys.privateKeyFile(), keys.publicKeyFile());
    }

    /** The tests' key pair, one per JVM (every class loader of the JVM sees the same files). */
    public static PublicationKeys forTests() {
        PemKeyPair keys = PemKeyPair.forTests(TEST_DIR_PROPERTY, "fiscal-test-publication-");
        return new PublicationKeys(keys.privateKeyFile(), keys.publicKeyFile());
    }

    public Path privateKeyFile() {
        return privateKeyFile;
    }

    public Path publicKeyFile() {
        return publicKeyFile;
    }

    /** What the disclosure-service needs to sign with this key. */
    public Map<String, String> serviceSettings() {
        return Map.of(SETTING, privateKeyFile.toUri().toString());
    }
}
