package org.fiscaldisclosure.infra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four packaged services on one {@link LocalInfra}, each with a database of its own. Used by the local run
 * command and by the end-to-end tests.
 */
public final class Suite implements AutoCloseable {

    /** A service of the suite: its module folder, HTTP port and database name. */
    public record Service(String name, int port, String database) {
        public Path jar(Path projectRoot) {
            return projectRoot.resolve("services").resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        }
    }

    public static final Service DISCLOSURE = new Service("disclosure-service", 8080, "disclosure");
    public static final Service STATEMENTS = new Service("statements-service", 8081, "statements");
    public static final Service PROCUREMENT = new Service("procurement-service", 8082, "procurement");
    public static final Service PERFORMANCE = new Service("performance-service", 8083, "performance");

    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> settingsOf = new LinkedHashMap<>();
    private final Path logDir;
    private final Path projectRoot;
    private final RoleTokens tokens;

    /**
     * @param ports  explicit ports by service name, overriding the defaults (tests pass free ports)
     * @param logDir where each service's output goes ({@code <service>.log}); the run's token issuer keeps its key
     *               pair in {@code jwt/} there, the publication key pair in {@code publication/}, and each Kafka principal's client settings are in
     *               {@code kafka/<principal>.properties} (owner-only), which each service reads
     *               ({@code quarkus.config.locations})
     */
    public Suite(Path projectRoot, LocalInfra infra, Map<String, Integer> ports, Path logDir) {
        JwtIssuer issuer = JwtIssuer.generate(JwtIssuer.LOCAL_ISSUER, logDir.resolve("jwt"));
        tokens = new RoleTokens(issuer, java.time.Duration.ofHours(24));
        this.logDir = logDir;
        this.projectRoot = projectRoot;
        PublicationKeys publication = PublicationKeys.generate(logDir.resolve("publication"));
        for (Service s : List.of(STATEMENTS, PROCUREMENT, PERFORMANCE, DISCLOSURE)) {
            infra.postgres().createDatabase(s.database());
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(s.database()));
            settings.put("quarkus.datasource.username", PostgresServer.USER);
            settings.put("quarkus.datasource.password", PostgresServer.USER);
            // four services opening their pools and migrating at once on a loaded 2-core machine can take longer than
            // the default 5 s to get a first connection; a slow start is not a failed one
            settings.put("quarkus.datasource.jdbc.acquisition-timeout", "30S");
            settings.put("quarkus.config.locations",
                    KafkaCredentials.writeServiceSettings(infra.kafka(), s.name(), logDir.resolve("kafka")).toUri().toString());
            settings.putAll(infra.kafka().access().platformSettings());
            settings.putAll(issuer.serviceSettings());
            if (s == DISCLOSURE) {
                settings.putAll(publication.serviceSettings());
            }
            settingsOf.put(s.name(), Map.copyOf(settings));
            int port = ports.getOrDefault(s.name(), s.port());
            processes.put(s.name(), new ServiceProcess(s.name(), s.jar(projectRoot), port, settings,
                    logDir.resolve(s.name() + ".log")));
        }
    }

    /** Starts the producers first, then the disclosure-service. */
    public void startAll() {
        List<ServiceProcess> started = new ArrayList<>();
        try {
            for (ServiceProcess p : processes.values()) {
                p.start();
                started.add(p);
            }
        } catch (RuntimeException e) {
            started.forEach(ServiceProcess::stop);
            throw e;
        }
    }

    /**
     * One more instance of a service, not started: the same settings as the suite's (its database, its Kafka principal
     * and consumer group, the token and publication keys), on its own port, its output in {@code <instance>.log};
     * {@code overrides} replace settings (another database, say). Two instances of a service side by side are what a
     * deployment with two replicas runs. The caller starts and stops it.
     */
    public ServiceProcess instance(Service s, String instance, int port, Map<String, String> overrides) {
        Map<String, String> settings = new LinkedHashMap<>(settingsOf.get(s.name()));
        settings.putAll(overrides);
        return new ServiceProcess(instance, s.jar(projectRoot), port, settings, logDir.resolve(instance + ".log"));
    }

    public ServiceProcess service(Service s) {
        return processes.get(s.name());
    }

    /** Tokens per role signed by this run's issuer, whose public key every service of the run verifies with. */
    public RoleTokens tokens() {
        return tokens;
    }

    public String baseUrl(Service s) {
        return service(s).baseUrl();
    }

    @Override
    public void close() {
        List<ServiceProcess> reversed = new ArrayList<>(processes.values());
        java.util.Collections.reverse(reversed);
        reversed.forEach(ServiceProcess::stop);
    }
}
