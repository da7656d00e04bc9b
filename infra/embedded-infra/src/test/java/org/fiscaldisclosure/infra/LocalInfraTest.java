package org.fiscaldisclosure.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalInfraTest {

    static LocalInfra infra;

    @BeforeAll
    static void start() {
        infra = LocalInfra.start(0, 0);
    }

    @AfterAll
    static void stop() {
        infra.close();
    }

    @Test
    void postgresStoresAndReadsUnicodeInANewDatabase() throws Exception {
        infra.postgres().createDatabase("probe");
        infra.postgres().createDatabase("probe"); // a second call is harmless
        try (Connection c = DriverManager.getConnection(infra.postgres().jdbcUrl("probe"), PostgresServer.USER, "");
             Statement s = c.createStatement()) {
            s.execute("create table t (name text, amount numeric(18,2))");
            s.execute("insert into t values ('一般公共服务支出', 3586400.00)");
            try (ResultSet rs = s.executeQuery("select name, amount from t")) {
                assertTrue(rs.next());
                assertEquals("一般公共服务支出", rs.getString(1));
                assertEquals(new java.math.BigDecimal("3586400.00"), rs.getBigDecimal(2));
            }
        }
    }

    @Test
    void kafkaKeepsMessagesAcrossABrokerRestart() throws Exception {
        String topic = KafkaAccess.TEST_TOPIC_PREFIX + "probe-" + UUID.randomUUID();
        try (Admin a = Admin.create(infra.kafka().clientSettings(KafkaAccess.TEST_CLIENT))) {
            a.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        send(topic, "before");
        infra.kafka().stop();
        assertFalse(infra.kafka().isRunning());
        infra.kafka().restart();
        assertTrue(infra.kafka().isRunning());
        send(topic, "after");
        assertEquals(List.of("before", "after"), readAll(topic, 2));
    }

    private void send(String topic, String value) throws Exception {
        Map<String, Object> cfg = infra.kafka().clientSettings(KafkaAccess.TEST_CLIENT);
        cfg.put("acks", "all");
        try (KafkaProducer<String, String> p = new KafkaProducer<>(cfg, new StringSerializer(), new StringSerializer())) {
            p.send(new ProducerRecord<>(topic, "k", value)).get();
        }
    }

    private List<String> readAll(String topic, int expected) {
        List<String> values = new ArrayList<>();
        Map<String, Object> cfg = infra.kafka().clientSettings(KafkaAccess.TEST_CLIENT);
        cfg.put("group.id", "probe");
        cfg.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(cfg, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (values.size() < expected && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }
}
