package org.fiscaldisclosure.platform.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KafkaClientSettingsTest {

    record Config(String securityProtocol, Optional<String> saslUsername, Optional<String> saslPassword,
                  Optional<String> saslJaasConfig) implements KafkaClientConfig {
        @Override
        public String bootstrapServers() {
            return "kafka:9092";
        }

        @Override
        public String saslMechanism() {
            return "SCRAM-SHA-512";
        }

        @Override
        public Optional<String> sslTruststoreLocation() {
            return Optional.empty();
        }

        @Override
        public Optional<String> sslTruststorePassword() {
            return Optional.empty();
        }

        @Override
        public Optional<String> sslTruststoreType() {
            return Optional.empty();
        }
    }

    @Test
    void aUserNameAndPasswordBecomeTheScramLoginWithQuotesAndBackslashesEscaped() {
        Map<String, Object> p = KafkaClientSettings.properties(new Config("SASL_SSL", Optional.of("statements-service"),
                Optional.of("p\"w\\d"), Optional.empty()));
        assertEquals("kafka:9092", p.get("bootstrap.servers"));
        assertEquals("SASL_SSL", p.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", p.get("sasl.mechanism"));
        assertEquals("org.apache.kafka.common.security.scram.ScramLoginModule required username=\"statements-service\" "
                + "password=\"p\\\"w\\\\d\";", p.get("sasl.jaas.config"));
    }

    @Test
    void aJaasLineGivenWinsOverTheUserName() {
        Map<String, Object> p = KafkaClientSettings.properties(new Config("SASL_PLAINTEXT", Optional.of("x"),
                Optional.of("y"), Optional.of("custom required;")));
        assertEquals("custom required;", p.get("sasl.jaas.config"));
    }

    @Test
    void withoutSaslNoLoginIsSet() {
        Map<String, Object> p = KafkaClientSettings.properties(new Config("PLAINTEXT", Optional.empty(), Optional.empty(),
                Optional.empty()));
        assertEquals("PLAINTEXT", p.get("security.protocol"));
        assertFalse(p.containsKey("sasl.jaas.config"));
    }

    @Test
    void saslWithoutCredentialsFailsAtStartWithTheSettingsToGive() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> KafkaClientSettings.properties(
                new Config("SASL_SSL", Optional.of("statements-service"), Optional.empty(), Optional.empty())));
        assertEquals("kafka.sasl.username statements-service needs kafka.sasl.password", e.getMessage());
    }
}
