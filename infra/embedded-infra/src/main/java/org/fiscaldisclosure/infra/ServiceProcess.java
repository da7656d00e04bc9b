package org.fiscaldisclosure.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged Quarkus service run as a child process with its settings passed as system properties. */
public final class ServiceProcess implements AutoCloseable {

    /**
     * The JVM options of every service run this way ({@code ./run.sh}, the end-to-end test, the benchmark), the same as
     * {@code JAVA_OPTS_APPEND} in {@code docker-compose.yml} and {@code deploy/k8s/configmap.yaml}; the environment
     * variable {@code FISCAL_SERVICE_JAVA_OPTS} replaces them (to measure others). Why these: {@code bench/ANALYSIS.md}.
     */
    public static final List<String> JAVA_OPTIONS = List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC",
            "-XX:ReservedCodeCacheSize=80m", "-XX:MaxMetaspaceSize=192m", "-Xss512k",
            "-Djdk.nio.maxCachedBufferSize=262144", "-Dio.netty.allocator.numDirectArenas=1");

    /** Environment of every service: glibc's malloc keeps two arenas instead of one per thread (resident memory). */
    public static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    /** The options in effect: {@link #JAVA_OPTIONS}, or those of {@code FISCAL_SERVICE_JAVA_OPTS} when set. */
    public static List<String> javaOptions() {
        String replaced = System.getenv("FISCAL_SERVICE_JAVA_OPTS");
        return replaced == null || replaced.isBlank() ? JAVA_OPTIONS : List.of(replaced.trim().split("\\s+"));
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> settings;
    private final Path logFile;
    private Process process;

    public ServiceProcess(String name, Path jar, int port, Map<String, String> settings, Path logFile) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.settings = settings;
        this.logFile = logFile;
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The process id of the running service, empty when it is not running. */
    public synchronized java.util.OptionalLong pid() {
        return process == null || !process.isAlive() ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(process.pid());
    }

    public synchronized void start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the suite first (mvn -DskipTests package)");
        }
        if (FreePorts.inUse(port)) {
            throw new IllegalStateException("port " + port + " for " + name + " is already in use");
        }
        List<String> cmd = new ArrayList<>(List.of(ProcessRunner.javaExecutable()));
        cmd.addAll(javaOptions());
        cmd.add("-Dquarkus.http.port=" + port);
        settings.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(ENVIRONMENT);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(Duration.ofSeconds(readySeconds()));
    }

    /** How long a service may take to become ready: {@code FISCAL_SERVICE_READY_SECONDS}, 180 by default
     * (on a small machine shared with several test suites a service has taken over 90 s to start). */
    static long readySeconds() {
        String s = System.getenv("FISCAL_SERVICE_READY_SECONDS");
        try {
            return s == null || s.isBlank() ? 180 : Math.max(10, Long.parseLong(s.trim()));
        } catch (NumberFormatException e) {
            return 180;
        }
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + logFile);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; see " + logFile);
    }

    /** Stops the service gracefully (SIGTERM), forcibly after 20 s. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Kills the service at once (SIGKILL), as a crash would. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }
}
