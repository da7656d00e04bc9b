package org.fiscaldisclosure.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource: points a service at the JVM's shared real PostgreSQL (a database of its own, named by
 * the {@code database} init argument) and real Kafka broker, and at the tests' token issuer
 * ({@link JwtIssuer#forTests()}, one key pair per JVM) and the tests' publication key ({@link PublicationKeys#forTests()}). No Docker, no Dev
 * Services. The service connects to Kafka as
 * its own principal ({@code <database>-service}, or the {@code kafka-principal} init argument), bound by the same
 * ACLs as in production, and knows the tests' platforms and their grants ({@link KafkaAccess#forTests()}).
 */
public class EmbeddedInfraTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";
    private String principal;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        principal = initArgs.getOrDefault("kafka-principal", database + "-service");
    }

    @Override
    public Map<String, String> start() {
        LocalInfra infra = LocalInfra.shared();
        infra.postgres().createDatabase(database);
        Map<String, String> settings = new java.util.HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(database),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.USER));
        settings.putAll(infra.kafka().serviceSettings(principal));
        settings.putAll(infra.kafka().access().platformSettings());
        settings.putAll(JwtIssuer.forTests().serviceSettings());
        settings.putAll(PublicationKeys.forTests().serviceSettings());
        return settings;
    }

    @Override
    public void stop() {
        // shared by every test class in this JVM; stopped by LocalInfra's shutdown hook
    }
}
