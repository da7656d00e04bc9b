package org.fiscaldisclosure.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.fiscaldisclosure.contracts.event.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The broker authenticates every client (SASL/SCRAM-SHA-512) and lets each principal do only what its ACLs allow
 * ({@link KafkaAccess}): the tests are the refusals an attacker meets, and the writes the suite needs.
 */
class KafkaAccessTest {

    static LocalInfra infra;

    @BeforeAll
    static void start() throws Exception {
        infra = LocalInfra.start(0, 0);
        List<NewTopic> topics = new ArrayList<>();
        for (String t : List.of(Topics.STATEMENTS, Topics.PROCUREMENT, Topics.PERFORMANCE, Topics.DISCLOSURES,
                Topics.INBOUND_REPLIES, Topics.inbound(KafkaAccess.BUDGET_PLATFORM), Topics.inbound(KafkaAccess.OTHER_PLATFORM))) {
            topics.add(new NewTopic(t, 1, (short) 1));
        }
        try (Admin admin = Admin.create(infra.kafka().clientSettings(KafkaAccess.ADMIN))) {
            admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stop() {
        infra.close();
    }

    /** Sends one record as {@code principal}; returns the failure's cause, or null when the broker accepted it. */
    private static Throwable send(Map<String, Object> cfg, String topic) {
        cfg.put("max.block.ms", 10_000);
        cfg.put("delivery.timeout.ms", 15_000);
        cfg.put("request.timeout.ms", 10_000);
        try (KafkaProducer<String, String> p = new KafkaProducer<>(cfg, new StringSerializer(), new StringSerializer())) {
            p.send(new ProducerRecord<>(topic, "110102-SWD:2024", "{\"revision\":1000000}")).get(30, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (KafkaException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Throwable sendAs(String principal, String topic) {
        return send(infra.kafka().clientSettings(principal), topic);
    }

    @Test
    void aClientWithoutCredentialsIsRefused() {
        Map<String, Object> cfg = infra.kafka().clientSettings(KafkaAccess.ADMIN);
        cfg.keySet().removeIf(k -> k.startsWith("sasl.") || k.equals("security.protocol"));
        long before = endOffset(Topics.STATEMENTS);
        assertTrue(send(cfg, Topics.STATEMENTS) != null, "a client that does not authenticate sends nothing");
        assertEquals(before, endOffset(Topics.STATEMENTS));
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> cfg = infra.kafka().clientSettings(KafkaAccess.STATEMENTS);
        cfg.put("sasl.jaas.config", KafkaBroker.scramJaas(KafkaAccess.STATEMENTS, KafkaBroker.password()));
        long before = endOffset(Topics.STATEMENTS);
        assertInstanceOf(SaslAuthenticationException.class, send(cfg, Topics.STATEMENTS));
        assertEquals(before, endOffset(Topics.STATEMENTS));
    }

    @Test
    void aForgedPartEventFromAnotherPrincipalIsRefusedByTheBroker() {
        long before = endOffset(Topics.STATEMENTS);
        for (String forger : List.of(KafkaAccess.PROCUREMENT, KafkaAccess.PERFORMANCE, KafkaAccess.DISCLOSURE,
                KafkaAccess.BUDGET_PLATFORM)) {
            assertInstanceOf(TopicAuthorizationException.class, sendAs(forger, Topics.STATEMENTS), forger);
        }
        assertEquals(before, endOffset(Topics.STATEMENTS), "nothing reached the statements topic");
        assertInstanceOf(TopicAuthorizationException.class, sendAs(KafkaAccess.STATEMENTS, Topics.PERFORMANCE));
        assertInstanceOf(TopicAuthorizationException.class, sendAs(KafkaAccess.STATEMENTS, Topics.DISCLOSURES));
    }

    @Test
    void eachProducerWritesItsOwnPartTopicAndTheReplies() {
        assertEquals(null, sendAs(KafkaAccess.STATEMENTS, Topics.STATEMENTS));
        assertEquals(null, sendAs(KafkaAccess.PROCUREMENT, Topics.PROCUREMENT));
        assertEquals(null, sendAs(KafkaAccess.PERFORMANCE, Topics.PERFORMANCE));
        assertEquals(null, sendAs(KafkaAccess.PERFORMANCE, Topics.INBOUND_REPLIES));
        assertEquals(null, sendAs(KafkaAccess.DISCLOSURE, Topics.DISCLOSURES));
    }

    @Test
    void aPlatformWritesOnlyItsOwnInboundTopic() {
        assertEquals(null, sendAs(KafkaAccess.BUDGET_PLATFORM, Topics.inbound(KafkaAccess.BUDGET_PLATFORM)));
        long before = endOffset(Topics.inbound(KafkaAccess.OTHER_PLATFORM));
        assertInstanceOf(TopicAuthorizationException.class,
                sendAs(KafkaAccess.BUDGET_PLATFORM, Topics.inbound(KafkaAccess.OTHER_PLATFORM)));
        assertInstanceOf(TopicAuthorizationException.class, sendAs(KafkaAccess.BUDGET_PLATFORM, Topics.INBOUND_REPLIES));
        assertEquals(before, endOffset(Topics.inbound(KafkaAccess.OTHER_PLATFORM)));
        // a producing service reads the inbound topics but never writes them: it cannot pose as a platform
        assertInstanceOf(TopicAuthorizationException.class, sendAs(KafkaAccess.STATEMENTS, Topics.inbound(KafkaAccess.BUDGET_PLATFORM)));
    }

    @Test
    void theDisclosureServiceReadsThePartTopicsWithItsGroupAndAPlatformDoesNot() {
        assertEquals(null, sendAs(KafkaAccess.STATEMENTS, Topics.STATEMENTS));
        assertTrue(readOne(KafkaAccess.DISCLOSURE, KafkaAccess.DISCLOSURE, Topics.STATEMENTS) != null);
        assertThrows(TopicAuthorizationException.class,
                () -> readOne(KafkaAccess.BUDGET_PLATFORM, KafkaAccess.BUDGET_PLATFORM + ".probe", Topics.STATEMENTS));
        assertThrows(GroupAuthorizationException.class,
                () -> readOne(KafkaAccess.DISCLOSURE, "another-group-" + UUID.randomUUID(), Topics.STATEMENTS));
    }

    @Test
    void aPlatformReadsTheRepliesWithAGroupNamedAfterIt() {
        assertEquals(null, sendAs(KafkaAccess.STATEMENTS, Topics.INBOUND_REPLIES));
        assertTrue(readOne(KafkaAccess.BUDGET_PLATFORM, KafkaAccess.BUDGET_PLATFORM + ".replies-" + UUID.randomUUID(),
                Topics.INBOUND_REPLIES) != null);
        assertThrows(GroupAuthorizationException.class, () -> readOne(KafkaAccess.BUDGET_PLATFORM,
                KafkaAccess.OTHER_PLATFORM + ".replies-" + UUID.randomUUID(), Topics.INBOUND_REPLIES));
    }

    private static ConsumerRecord<String, String> readOne(String principal, String group, String topic) {
        Map<String, Object> cfg = infra.kafka().clientSettings(principal);
        cfg.put("group.id", group);
        cfg.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(cfg, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    c.commitSync();
                    return r;
                }
            }
        }
        return null;
    }

    private static long endOffset(String topic) {
        try (Admin admin = Admin.create(infra.kafka().clientSettings(KafkaAccess.ADMIN))) {
            var tp = new org.apache.kafka.common.TopicPartition(topic, 0);
            return admin.listOffsets(Map.of(tp, org.apache.kafka.clients.admin.OffsetSpec.latest())).all()
                    .get(30, TimeUnit.SECONDS).get(tp).offset();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
