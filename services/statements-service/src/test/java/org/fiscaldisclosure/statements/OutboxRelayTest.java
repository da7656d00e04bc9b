package org.fiscaldisclosure.statements;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.fiscaldisclosure.contracts.event.Topics;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.infra.LocalInfra;
import org.fiscaldisclosure.support.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

/** The outbox relay on the real broker: nothing is lost while Kafka is down, and the order of revisions holds. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "statements"))
class OutboxRelayTest {

    @Test
    void writesWhileKafkaIsDownAreStoredAndSentInOrderWhenItIsBack() throws Exception {
        String unit = FinalAccountsResourceTest.unit();
        String url = FinalAccountsResourceTest.url(unit);
        LocalInfra.shared().kafka().stop();
        try {
            for (int i = 1; i <= 3; i++) {
                String body = FinalAccountsResourceTest.sample().replace("\"duties\": \"", "\"duties\": \"" + i);
                given().contentType(ContentType.JSON).body(body).put(url).then().statusCode(i == 1 ? 201 : 200);
            }
            Thread.sleep(1_500);
            assertEquals(3, OutboxEvent.count("subject = ?1 and sentAt is null", unit + "/2024"));
        } finally {
            LocalInfra.shared().kafka().restart();
        }

        List<Integer> revisions = new ArrayList<>();
        Map<String, Object> cfg = new HashMap<>();
        cfg.put("bootstrap.servers", ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        cfg.put("group.id", "test-" + UUID.randomUUID());
        cfg.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(cfg, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.STATEMENTS));
            long deadline = System.currentTimeMillis() + 60_000;
            while (revisions.size() < 3 && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    if (r.key().equals(unit + ":2024")) {
                        String json = r.value();
                        revisions.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("revision").asInt());
                        assertTrue(new String(r.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8).length() == 36);
                    }
                }
            }
        }
        assertEquals(List.of(1, 2, 3), revisions);
        assertEquals(0, OutboxEvent.count("subject = ?1 and sentAt is null", unit + "/2024"));
    }
}
