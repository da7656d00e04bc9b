package org.fiscaldisclosure.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server in a directory of its own, listening on 127.0.0.1 only, trust authentication,
 * superuser {@code postgres}. As root, initdb and the server run as {@code nobody} through runuser.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";

    private final Path binDir;
    private final Path dataDir;
    private final Path baseDir;
    private final int port;
    private volatile boolean running;

    private PostgresServer(Path binDir, Path baseDir, int port) {
        this.binDir = binDir;
        this.baseDir = baseDir;
        this.dataDir = baseDir.resolve("data");
        this.port = port;
    }

    /** Creates a fresh cluster under a new directory in java.io.tmpdir and starts it on {@code port} (0 = any free port). */
    public static PostgresServer start(int port) {
        return start(PostgresBinaries.binDir(), port);
    }

    /** As {@link #start(int)}, with the server binaries in {@code binDir}. */
    static PostgresServer start(Path binDir, int port) {
        try {
            Path base = Files.createTempDirectory("fiscal-pg-");
            PostgresServer server = new PostgresServer(binDir, base, port == 0 ? FreePorts.pick() : port);
            server.initAndStart();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void initAndStart() throws IOException {
        Files.createDirectories(baseDir.resolve("run"));
        if (ProcessRunner.runningAsRoot()) {
            UserPrincipal nobody = baseDir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            try (Stream<Path> paths = Files.walk(baseDir)) {
                for (Path p : (Iterable<Path>) paths::iterator) {
                    Files.setOwner(p, nobody);
                }
            }
        }
        ProcessRunner.run(ProcessRunner.asServiceUser(List.of(bin("initdb"), "-D", dataDir.toString(), "-U", USER,
                "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync")), baseDir, 120);
        start();
    }

    private void start() {
        String options = String.join(" ", "-p", String.valueOf(port), "-k", baseDir.resolve("run").toString(),
                "-c", "listen_addresses=127.0.0.1", "-F", "-c", "synchronous_commit=off",
                "-c", "full_page_writes=off", "-c", "max_connections=300");
        ProcessRunner.run(ProcessRunner.asServiceUser(List.of(bin("pg_ctl"), "-D", dataDir.toString(),
                "-l", baseDir.resolve("postgres.log").toString(), "-w", "-t", "60", "-o", options, "start")), baseDir, 90);
        running = true;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates the database if it does not exist yet. */
    public void createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name " + name);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        List<String> cmd = new ArrayList<>(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-m", "fast", "-w", "stop"));
        ProcessRunner.run(ProcessRunner.asServiceUser(cmd), baseDir, 60);
        deleteTree(baseDir);
    }

    @Override
    public void close() {
        stop();
    }

    private String bin(String name) {
        return binDir.resolve(name).toString();
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: it lives in the temp directory
        }
    }
}
