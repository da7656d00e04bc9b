package org.fiscaldisclosure.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * An RSA-2048 key pair of the local run and the tests, written as PEM files into a directory: {@code privateKey.pem}
 * (PKCS#8, readable by its owner only) and {@code publicKey.pem} (readable by everyone: a service in a container runs
 * as another user). Each file is written to a temporary name and moved, so a reader never sees half a key.
 */
record PemKeyPair(PrivateKey privateKey, Path privateKeyFile, Path publicKeyFile) {

    static final String PRIVATE_KEY_FILE = "privateKey.pem";
    static final String PUBLIC_KEY_FILE = "publicKey.pem";

    /** Generates a new key pair into {@code dir}. */
    static PemKeyPair generate(Path dir) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(dir);
            Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
            Path publicFile = dir.resolve(PUBLIC_KEY_FILE);
            write(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            write(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Files.setPosixFilePermissions(publicFile, PosixFilePermissions.fromString("rw-r--r--"));
            return new PemKeyPair(pair.getPrivate(), privateFile, publicFile);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key pair {@link #generate} wrote into {@code dir}. */
    static PemKeyPair load(Path dir) {
        try {
            Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
            byte[] der = Base64.getMimeDecoder().decode(Files.readString(privateFile).replaceAll("-----[A-Z ]+-----", ""));
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            return new PemKeyPair(key, privateFile, dir.resolve(PUBLIC_KEY_FILE));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The key pair of the tests under {@code dirProperty}, one per JVM: the first call generates it into a temporary
     * directory and records the directory in that system property, so that every class loader of the JVM (Quarkus
     * loads tests in its own) uses the same pair.
     */
    static synchronized PemKeyPair forTests(String dirProperty, String prefix) {
        String dir = System.getProperty(dirProperty);
        if (dir != null) {
            return load(Path.of(dir));
        }
        try {
            Path created = Files.createTempDirectory(prefix);
            PemKeyPair keys = generate(created);
            created.toFile().deleteOnExit();
            keys.privateKeyFile.toFile().deleteOnExit();
            keys.publicKeyFile.toFile().deleteOnExit();
            System.setProperty(dirProperty, created.toString());
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
