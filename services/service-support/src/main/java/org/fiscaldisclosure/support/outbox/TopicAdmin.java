package org.fiscaldisclosure.support.outbox;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the suite's topics when they are missing: compacted, so the latest revision of every key stays. */
public final class TopicAdmin {

    private TopicAdmin() {
    }

    /** Throws when the broker cannot be reached; an existing topic is left as it is. */
    public static void ensureCompacted(String bootstrapServers, String topic, int partitions, short replicationFactor) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000))) {
            NewTopic t = new NewTopic(topic, partitions, replicationFactor)
                    .configs(Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "0"));
            admin.createTopics(List.of(t)).all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topic + ": " + e.getCause(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot create topic " + topic + ": timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
