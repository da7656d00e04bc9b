package org.fiscaldisclosure.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
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
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(dir);
            Path privateFile = dir.resolve("privateKey.pem");
            Path publicFile = dir.resolve("publicKey.pem");
            write(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            write(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return new PublicationKeys(privateFile, publicFile);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tests' key pair, one per JVM (every class loader of the JVM sees the same files). */
    public static synchronized PublicationKeys forTests() {
        String dir = System.getProperty(TEST_DIR_PROPERTY);
        if (dir != null) {
            return new PublicationKeys(Path.of(dir, "privateKey.pem"), Path.of(dir, "publicKey.pem"));
        }
        try {
            Path created = Files.createTempDirectory("fiscal-test-publication-");
            PublicationKeys keys = generate(created);
            created.toFile().deleteOnExit();
            keys.privateKeyFile.toFile().deleteOnExit();
            keys.publicKeyFile.toFile().deleteOnExit();
            System.setProperty(TEST_DIR_PROPERTY, created.toString());
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static void write(Path file, String content) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        Files.writeString(tmp, content);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
