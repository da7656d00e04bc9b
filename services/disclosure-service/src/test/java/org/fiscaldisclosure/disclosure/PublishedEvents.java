package org.fiscaldisclosure.disclosure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.fiscaldisclosure.contracts.event.Topics;
import org.fiscaldisclosure.infra.TestKafka;

/** Reads fiscal.disclosures.v1 from the real broker, as a downstream system would. */
final class PublishedEvents {

    private PublishedEvents() {
    }

    /** An event as it arrived: key, CloudEvents headers and payload. */
    record Received(String key, Map<String, String> headers, String payload) {
    }

    /** Waits until {@code count} events keyed {@code key} have arrived (60 s at most); returns them in order. */
    static List<Received> await(String key, int count) throws InterruptedException {
        Map<String, Object> cfg = TestKafka.testClient();
        cfg.put("group.id", "test-" + UUID.randomUUID());
        cfg.put("enable.auto.commit", false);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(cfg, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                c.listTopics().getOrDefault(Topics.DISCLOSURES, List.of())
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                if (partitions.isEmpty()) {
                    Thread.sleep(200);
                }
            }
            c.assign(partitions);
            c.seekToBeginning(partitions);
            List<Received> found = new ArrayList<>();
            while (found.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(300))) {
                    if (key.equals(r.key())) {
                        Map<String, String> headers = new HashMap<>();
                        for (Header h : r.headers()) {
                            headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
                        }
                        found.add(new Received(r.key(), headers, new String(r.value(), StandardCharsets.UTF_8)));
                    }
                }
            }
            if (found.size() < count) {
                throw new AssertionError("only " + found.size() + " of " + count + " events keyed " + key + " arrived");
            }
            return found;
        }
    }
}
