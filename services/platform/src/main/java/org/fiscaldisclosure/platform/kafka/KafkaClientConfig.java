package org.fiscaldisclosure.platform.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

/**
 * How every Kafka client of a service connects and authenticates, as configured ({@code kafka.*}; environment
 * variables {@code KAFKA_BOOTSTRAP_SERVERS}, {@code KAFKA_SECURITY_PROTOCOL}, {@code KAFKA_SASL_USERNAME},
 * {@code KAFKA_SASL_PASSWORD}, ...). docs/security.md describes the principals.
 */
@ConfigMapping(prefix = "kafka")
public interface KafkaClientConfig {

    @WithName("bootstrap.servers")
    String bootstrapServers();

    /** {@code SASL_SSL} in production, {@code SASL_PLAINTEXT} on a trusted network, {@code PLAINTEXT} without a broker's security. */
    @WithName("security.protocol")
    @WithDefault("PLAINTEXT")
    String securityProtocol();

    @WithName("sasl.mechanism")
    @WithDefault("SCRAM-SHA-512")
    String saslMechanism();

    /** The principal's name; with {@link #saslPassword()}, the SCRAM login is built from them. */
    @WithName("sasl.username")
    Optional<String> saslUsername();

    @WithName("sasl.password")
    Optional<String> saslPassword();

    /** A complete JAAS line instead of the user name and password (another login module, say). */
    @WithName("sasl.jaas.config")
    Optional<String> saslJaasConfig();

    /** The trust store for {@code SASL_SSL} or {@code SSL}, when the broker's certificate is not in the JVM's. */
    @WithName("ssl.truststore.location")
    Optional<String> sslTruststoreLocation();

    @WithName("ssl.truststore.password")
    Optional<String> sslTruststorePassword();

    @WithName("ssl.truststore.type")
    Optional<String> sslTruststoreType();
}
