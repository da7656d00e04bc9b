package org.fiscaldisclosure.platform.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;

/**
 * The one place where a service's Kafka clients (the outbox relay's producer, the consumers, the topic admin) get
 * their connection and security settings: {@link #properties()} is the start of every client's configuration.
 */
@ApplicationScoped
public class KafkaClientSettings {

    @Inject
    KafkaClientConfig config;

    public String bootstrapServers() {
        return config.bootstrapServers();
    }

    /** Bootstrap servers, security protocol, SASL mechanism and login, trust store: a new, modifiable map. */
    public Map<String, Object> properties() {
        return properties(config);
    }

    static Map<String, Object> properties(KafkaClientConfig config) {
        Map<String, Object> cfg = new HashMap<>();
        cfg.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        String protocol = config.securityProtocol().trim();
        cfg.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, protocol);
        if (protocol.startsWith("SASL_")) {
            cfg.put(SaslConfigs.SASL_MECHANISM, config.saslMechanism());
            cfg.put(SaslConfigs.SASL_JAAS_CONFIG, config.saslJaasConfig().orElseGet(() -> jaas(config)));
        }
        config.sslTruststoreLocation().ifPresent(v -> cfg.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, v));
        config.sslTruststorePassword().ifPresent(v -> cfg.put(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, v));
        config.sslTruststoreType().ifPresent(v -> cfg.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, v));
        return cfg;
    }

    /** The login of {@code kafka.sasl.username} and {@code kafka.sasl.password} for the configured mechanism. */
    static String jaas(KafkaClientConfig config) {
        String user = config.saslUsername().orElseThrow(() -> new IllegalStateException(
                "kafka.security.protocol " + config.securityProtocol() + " needs kafka.sasl.username and kafka.sasl.password "
                        + "(or kafka.sasl.jaas.config)"));
        String password = config.saslPassword().orElseThrow(() -> new IllegalStateException(
                "kafka.sasl.username " + user + " needs kafka.sasl.password"));
        String module = config.saslMechanism().startsWith("SCRAM-")
                ? "org.apache.kafka.common.security.scram.ScramLoginModule"
                : "org.apache.kafka.common.security.plain.PlainLoginModule";
        return module + " required username=" + quoted(user) + " password=" + quoted(password) + ";";
    }

    /** A JAAS option value in double quotes, with {@code \} and {@code "} escaped. */
    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
