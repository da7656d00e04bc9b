package org.fiscaldisclosure.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Finds PostgreSQL server binaries: {@code FISCAL_PG_BIN} when set, else the newest system installation
 * (Debian's {@code /usr/lib/postgresql/N/bin}), else the zonky binaries jar from Maven Central, unpacked once
 * into {@code java.io.tmpdir}.
 */
final class PostgresBinaries {

    private PostgresBinaries() {
    }

    static Path binDir() {
        String configured = System.getenv("FISCAL_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return systemBinDir().orElseGet(PostgresBinaries::unpackBundled);
    }

    static Optional<Path> systemBinDir() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(root)) {
            for (Path version : versions) {
                Path bin = version.resolve("bin");
                if (Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("postgres"))) {
                    candidates.add(bin);
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return candidates.stream().max(Comparator.comparingInt(PostgresBinaries::majorVersion));
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static Path unpackBundled() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String archive = switch (arch) {
            case "amd64", "x86_64" -> "postgres-linux-x86_64.txz";
            case "aarch64", "arm64" -> "postgres-linux-arm_64.txz";
            default -> throw new IllegalStateException("no bundled PostgreSQL binaries for " + arch
                    + "; install PostgreSQL or set FISCAL_PG_BIN");
        };
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "fiscal-pg-binaries-" + archive.replace(".txz", ""));
        if (Files.isExecutable(target.resolve("bin/initdb"))) {
            return target.resolve("bin");
        }
        try (InputStream in = PostgresBinaries.class.getClassLoader().getResourceAsStream(archive)) {
            if (in == null) {
                throw new IllegalStateException("bundled archive " + archive + " not on the classpath");
            }
            Path staging = Files.createTempDirectory(target.getParent(), "fiscal-pg-unpack");
            unpack(in, staging);
            // a temp directory is private (0700); the server may run as another user (nobody)
            Files.setPosixFilePermissions(staging, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                // another process unpacked it first: theirs is as good as ours
                if (!Files.isExecutable(target.resolve("bin/initdb"))) {
                    throw raced;
                }
            }
            return target.resolve("bin");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack bundled PostgreSQL", e);
        }
    }

    private static void unpack(InputStream in, Path dir) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = dir.resolve(entry.getName()).normalize();
                if (!out.startsWith(dir)) {
                    throw new IOException("archive entry outside target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(out, permissions(entry.getMode()));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> perms = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.OWNER_WRITE);
        if ((mode & 0100) != 0) {
            perms.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return perms;
    }
}
