package org.fiscaldisclosure.platform.outbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.fiscaldisclosure.contracts.event.MessageLimits;

/**
 * Creates the suite's topics when they are missing: compacted, so the latest revision of every key stays, and
 * accepting records up to {@link MessageLimits#MAX_MESSAGE_BYTES}. An existing topic keeps its settings (one created
 * without a size of its own follows the broker's {@code message.max.bytes}, set to the same limit).
 */
public final class TopicAdmin {

    public static final String MAX_MESSAGE_BYTES = "max.message.bytes";

    private TopicAdmin() {
    }

    /**
     * Throws when the broker cannot be reached or refuses.
     *
     * @param clientSettings the service's connection and security settings ({@code KafkaClientSettings#properties()})
     */
    public static void ensureCompacted(Map<String, Object> clientSettings, String topic, int partitions, short replicationFactor) {
        Map<String, Object> cfg = new HashMap<>(clientSettings);
        cfg.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        cfg.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        try (Admin admin = Admin.create(cfg)) {
            try {
                NewTopic t = new NewTopic(topic, partitions, replicationFactor).configs(Map.of("cleanup.policy", "compact",
                        "min.compaction.lag.ms", "0", MAX_MESSAGE_BYTES, String.valueOf(MessageLimits.MAX_MESSAGE_BYTES)));
                admin.createTopics(List.of(t)).all().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topic " + topic + ": " + e.getCause(), e.getCause());
                }
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot create topic " + topic + ": timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
