package org.fiscaldisclosure.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.config.SaslConfigs;
import org.fiscaldisclosure.contracts.event.MessageLimits;

/**
 * A real single-node KRaft Kafka broker (broker and controller in one process) in its own JVM, on 127.0.0.1.
 * The broker's classpath comes from the kafka-broker module, so Scala and the broker's logging never reach
 * the services' classpath. It can be stopped and started again on the same ports and log directory.
 *
 * <p>Clients authenticate with SASL/SCRAM-SHA-512: every principal of the {@link KafkaAccess} gets a random password
 * when the log directory is formatted ({@code --add-scram}); {@link #clientSettings} gives a client the settings of
 * one principal. The broker authorises with KRaft's {@code StandardAuthorizer}: a principal may do what the ACLs of
 * the {@link KafkaAccess} allow, and nothing else. The controller listener takes the {@value #ADMIN} principal only (SASL/PLAIN, a password of the run:
 * KRaft keeps SCRAM credentials in the metadata log, which the controller listener cannot depend on).
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLASSPATH_RESOURCE = "META-INF/fiscal/kafka-broker.classpath";
    /** The broker's own principal and the bootstrap administrator (a super user). */
    public static final String ADMIN = KafkaAccess.ADMIN;
    public static final String SECURITY_PROTOCOL = "SASL_PLAINTEXT";
    public static final String MECHANISM = "SCRAM-SHA-512";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final String classpath;
    private final KafkaAccess access;
    private final Map<String, String> passwords;
    private Process process;

    private KafkaBroker(Path dir, int port, int controllerPort, String classpath, KafkaAccess access) {
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.classpath = classpath;
        this.access = access;
        Map<String, String> generated = new LinkedHashMap<>();
        access.principals().forEach(p -> generated.put(p, password()));
        this.passwords = Map.copyOf(generated);
    }

    /**
     * Formats a new log directory in java.io.tmpdir, with a SCRAM credential for every principal of {@code access},
     * starts the broker on {@code port} (0 = any free port) and creates the ACLs of {@code access}.
     */
    public static KafkaBroker start(int port, KafkaAccess access) {
        try {
            Path dir = Files.createTempDirectory("fiscal-kafka-");
            KafkaBroker broker = new KafkaBroker(dir, port == 0 ? FreePorts.pick() : port, FreePorts.pick(), readClasspath(),
                    access);
            broker.format();
            broker.startProcess();
            broker.createAcls();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 32 random bytes, base64url: nothing a JAAS line or the storage tool's {@code --add-scram} would have to quote. */
    static String password() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public KafkaAccess access() {
        return access;
    }

    /** The password of {@code principal}; fails for a principal the broker does not know. */
    public String password(String principal) {
        String password = passwords.get(principal);
        if (password == null) {
            throw new IllegalArgumentException("no Kafka principal " + principal + " (known: " + passwords.keySet() + ")");
        }
        return password;
    }

    /** What a Kafka client needs to connect as {@code principal}: bootstrap servers, SASL/SCRAM and the credentials. */
    public Map<String, Object> clientSettings(String principal) {
        Map<String, Object> cfg = new HashMap<>();
        cfg.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        cfg.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SECURITY_PROTOCOL);
        cfg.put(SaslConfigs.SASL_MECHANISM, MECHANISM);
        cfg.put(SaslConfigs.SASL_JAAS_CONFIG, scramJaas(principal, password(principal)));
        return cfg;
    }

    /** The same settings as the suite's services read them ({@code kafka.*}, see {@code KafkaClientSettings}). */
    public Map<String, String> serviceSettings(String principal) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("kafka.bootstrap.servers", bootstrapServers());
        settings.put("kafka.security.protocol", SECURITY_PROTOCOL);
        settings.put("kafka.sasl.mechanism", MECHANISM);
        settings.put("kafka.sasl.username", principal);
        settings.put("kafka.sasl.password", password(principal));
        return settings;
    }

    static String scramJaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    private static String readClasspath() throws IOException {
        try (InputStream in = KafkaBroker.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " missing: build the infra/kafka-broker module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    private Path configFile() throws IOException {
        Path file = dir.resolve("server.properties");
        if (Files.exists(file)) {
            return file;
        }
        Properties p = new Properties();
        p.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "SASL://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "SASL://127.0.0.1:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "SASL"),
                Map.entry("listener.security.protocol.map", "SASL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT"),
                // clients: SCRAM-SHA-512, the credentials created at format time; the broker itself is the admin
                Map.entry("sasl.enabled.mechanisms", MECHANISM),
                Map.entry("sasl.mechanism.inter.broker.protocol", MECHANISM),
                Map.entry("listener.name.sasl.scram-sha-512.sasl.jaas.config", scramJaas(ADMIN, password(ADMIN))),
                // the controller listener: PLAIN with the one admin user of this run
                Map.entry("sasl.mechanism.controller.protocol", "PLAIN"),
                Map.entry("listener.name.controller.sasl.enabled.mechanisms", "PLAIN"),
                Map.entry("listener.name.controller.plain.sasl.jaas.config",
                        "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + ADMIN
                                + "\" password=\"" + password(ADMIN) + "\" user_" + ADMIN + "=\"" + password(ADMIN) + "\";"),
                Map.entry("log.dirs", dir.resolve("logs").toString()),
                // authorisation: nothing is allowed but what an ACL grants; the admin (the broker itself) is a super user
                Map.entry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer"),
                Map.entry("super.users", "User:" + ADMIN),
                Map.entry("allow.everyone.if.no.acl.found", "false"),
                Map.entry("num.partitions", "1"),
                Map.entry("auto.create.topics.enable", "false"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "3"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "3"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("log.cleaner.backoff.ms", "2000"),
                // the suite's record size, stated once in MessageLimits
                Map.entry("message.max.bytes", String.valueOf(MessageLimits.MAX_MESSAGE_BYTES)),
                Map.entry("replica.fetch.max.bytes", String.valueOf(MessageLimits.MAX_MESSAGE_BYTES))));
        try (var out = Files.newBufferedWriter(file)) {
            p.store(out, "single-node KRaft broker for fiscal-disclosure (local run and tests)");
        }
        Files.writeString(dir.resolve("log4j2.properties"), String.join("\n",
                "rootLogger.level = WARN",
                "rootLogger.appenderRef.file.ref = FILE",
                "appender.file.type = File",
                "appender.file.name = FILE",
                "appender.file.fileName = " + dir.resolve("broker.log"),
                "appender.file.layout.type = PatternLayout",
                "appender.file.layout.pattern = %d %p %c{1} %m%n", ""));
        return file;
    }

    private void format() throws IOException {
        List<String> cmd = new ArrayList<>(List.of(ProcessRunner.javaExecutable(), "-Xmx128m", "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties"),
                "-cp", classpath, "kafka.tools.StorageTool", "format", "-t", uuid(), "-c", configFile().toString(),
                "--ignore-formatted"));
        passwords.forEach((user, password) -> cmd.addAll(List.of("--add-scram",
                MECHANISM + "=[name=" + user + ",password=" + password + "]")));
        ProcessRunner.run(cmd, dir, 120);
    }

    /** Kafka's own generator: it never starts an id with '-', which the storage tool would read as an option. */
    private static String uuid() {
        return org.apache.kafka.common.Uuid.randomUuid().toString();
    }

    private synchronized void startProcess() throws IOException {
        List<String> cmd = new ArrayList<>(List.of(ProcessRunner.javaExecutable(), "-Xms64m", "-Xmx384m",
                "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties"),
                "-cp", classpath, "kafka.Kafka", configFile().toString()));
        process = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("stdout.log").toFile()))
                .start();
        // a broker starting beside several test suites on a small shared machine has been seen to take over 90 s
        awaitReady(Duration.ofSeconds(180));
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Properties props = new Properties();
        props.putAll(clientSettings(ADMIN));
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka broker exited with " + process.exitValue() + "; see " + dir.resolve("stdout.log"));
            }
            if (FreePorts.inUse(port)) {
                try (Admin admin = Admin.create(props)) {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    // broker still starting
                }
            }
            sleep(200);
        }
        throw new IllegalStateException("Kafka broker not ready after " + timeout + "; see " + dir.resolve("stdout.log"));
    }

    /** Creates the ACLs of the {@link KafkaAccess} as the admin (a super user); creating an existing one is harmless. */
    private void createAcls() {
        List<AclBinding> acls = access.acls();
        if (acls.isEmpty()) {
            return;
        }
        Map<String, Object> cfg = clientSettings(ADMIN);
        cfg.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        try (Admin admin = Admin.create(cfg)) {
            admin.createAcls(acls).all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the Kafka ACLs: " + e, e);
        }
    }

    /** Stops the broker process (the log directory stays, so {@link #restart()} brings back the same data). */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
        // wait until the port is really free, so a restart can bind it again
        for (int i = 0; i < 100 && FreePorts.inUse(port); i++) {
            sleep(100);
        }
    }

    public synchronized void restart() {
        if (process != null) {
            return;
        }
        try {
            startProcess();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public synchronized void close() {
        stop();
        PostgresServer.deleteTree(dir);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
