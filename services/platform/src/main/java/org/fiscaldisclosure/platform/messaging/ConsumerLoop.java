package org.fiscaldisclosure.platform.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.fiscaldisclosure.contracts.event.MessageLimits;
import org.fiscaldisclosure.platform.outbox.TopicAdmin;
import org.jboss.logging.Logger;

/**
 * A Kafka consumer on a thread of its own, as the suite's consumers run it: it waits until its (compacted) topics
 * exist, subscribes with manual commits from the earliest offset, calls {@code pollOnce} until stopped, and
 * reconnects after a failure, pausing longer after each failure in a row. Committing is the caller's, after its own
 * database commit; so is parking a record that can never be handled (a {@code pollOnce} that threw for one record
 * would read it again after reconnecting, for ever).
 */
public final class ConsumerLoop {

    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);

    private final String name;
    private final Map<String, Object> clientSettings;
    private final String groupId;
    private final List<String> topics;
    private final int partitions;
    private final short replicationFactor;
    private final Consumer<KafkaConsumer<String, byte[]>> pollOnce;
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;
    private final Backoff backoff = new Backoff();

    /**
     * @param clientSettings the service's connection and security settings ({@code KafkaClientSettings#properties()})
     */
    public ConsumerLoop(String name, Map<String, Object> clientSettings, String groupId, List<String> topics, int partitions,
                        short replicationFactor, Consumer<KafkaConsumer<String, byte[]>> pollOnce) {
        this.name = name;
        this.clientSettings = Map.copyOf(clientSettings);
        this.groupId = groupId;
        this.topics = List.copyOf(topics);
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
        this.pollOnce = pollOnce;
    }

    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    public void stop() throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            thread.join(10_000);
        }
    }

    private void run() {
        while (running && !topicsReady()) {
            sleep(1_000);
        }
        while (running) {
            try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(config(), new StringDeserializer(), new ByteArrayDeserializer())) {
                consumer = c;
                c.subscribe(topics);
                while (running) {
                    pollOnce.accept(c);
                    backoff.reset();
                }
            } catch (WakeupException e) {
                // stopping
            } catch (RuntimeException e) {
                // a record-level failure never reaches here (the handlers park such records): this is the broker or
                // the database away, so wait longer each time, up to 30 s
                long pause = backoff.next();
                LOG.warnf("%s: %s; reconnecting in %d ms", name, e.toString(), pause);
                sleep(pause);
            } finally {
                consumer = null;
            }
        }
    }

    private Map<String, Object> config() {
        Map<String, Object> cfg = new HashMap<>(clientSettings);
        cfg.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        cfg.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        cfg.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        cfg.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        cfg.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, MessageLimits.MAX_MESSAGE_BYTES);
        cfg.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, MessageLimits.MAX_FETCH_BYTES);
        cfg.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 5_000);
        cfg.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
        cfg.put(ConsumerConfig.CLIENT_ID_CONFIG, name);
        return cfg;
    }

    private boolean topicsReady() {
        try {
            for (String t : topics) {
                TopicAdmin.ensureCompacted(clientSettings, t, partitions, replicationFactor);
            }
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("%s: topics not ready: %s", name, e.getMessage());
            return false;
        }
    }

    /** Sleeps, keeping the thread's interrupt. */
    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
