package org.fiscaldisclosure.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource: points a service at the JVM's shared real PostgreSQL (a database of its own, named by
 * the {@code database} init argument) and real Kafka broker, and at the tests' token issuer
 * ({@link JwtIssuer#forTests()}, one key pair per JVM) and the tests' publication key ({@link PublicationKeys#forTests()}).
 * No Docker, no Dev Services.
 */
public class EmbeddedInfraTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        LocalInfra infra = LocalInfra.shared();
        infra.postgres().createDatabase(database);
        Map<String, String> settings = new java.util.HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(database),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.USER,
                "kafka.bootstrap.servers", infra.kafka().bootstrapServers()));
        settings.putAll(JwtIssuer.forTests().serviceSettings());
        settings.putAll(PublicationKeys.forTests().serviceSettings());
        return settings;
    }

    @Override
    public void stop() {
        // shared by every test class in this JVM; stopped by LocalInfra's shutdown hook
    }
}
