package org.fiscaldisclosure.infra;

import java.util.Map;

/**
 * Kafka client settings for the tests of a service, on the JVM's shared broker ({@link LocalInfra#shared()}): as a
 * platform, as a service's principal (to show what the ACLs refuse it), or as the tests' own {@link KafkaAccess#TEST_CLIENT}.
 */
public final class TestKafka {

    private TestKafka() {
    }

    /** Bootstrap servers and the SASL/SCRAM login of {@code principal}: a new, modifiable map. */
    public static Map<String, Object> as(String principal) {
        return LocalInfra.shared().kafka().clientSettings(principal);
    }

    /** The tests' principal: reads every topic, writes the part topics (forged events on purpose) and test topics. */
    public static Map<String, Object> testClient() {
        return as(KafkaAccess.TEST_CLIENT);
    }
}
