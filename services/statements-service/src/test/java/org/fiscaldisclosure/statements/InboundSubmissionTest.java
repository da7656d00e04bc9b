package org.fiscaldisclosure.statements;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.fiscaldisclosure.contracts.event.Topics;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.infra.KafkaAccess;
import org.fiscaldisclosure.infra.TestKafka;
import org.fiscaldisclosure.platform.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

/** A budget platform submits the statements part over Kafka and reads the answer on the reply topic. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "statements"))
class InboundSubmissionTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The client settings of the budget platform the tests grant 110102-* (the tests' units are 110102-T…). */
    static Map<String, Object> config() {
        return TestKafka.as(KafkaAccess.BUDGET_PLATFORM);
    }

    static void submit(String id, String type, String subject, String ifMatch, String body) throws Exception {
        submitAs(KafkaAccess.BUDGET_PLATFORM, id, type, subject, ifMatch, body);
    }

    /** Submits as {@code platform}, on its own topic with its own credentials. */
    static void submitAs(String platform, String id, String type, String subject, String ifMatch, String body) throws Exception {
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(TestKafka.as(platform), new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> r = new ProducerRecord<>(Topics.inbound(platform), subject.replace('/', ':'),
                    body.getBytes(StandardCharsets.UTF_8));
            r.headers().add("ce_specversion", "1.0".getBytes()).add("ce_id", id.getBytes()).add("ce_source", "/budget-platform".getBytes())
                    .add("ce_type", type.getBytes()).add("ce_subject", subject.getBytes(StandardCharsets.UTF_8))
                    .add("content-type", "application/json".getBytes());
            if (ifMatch != null) {
                r.headers().add("ce_ifmatch", ifMatch.getBytes());
            }
            p.send(r).get();
        }
    }

    /** The replies to {@code id} that arrive within the timeout (all of them, to count duplicates). */
    static List<ConsumerRecord<String, String>> replies(String id, int expected) {
        Map<String, Object> cfg = config();
        cfg.put("group.id", KafkaAccess.BUDGET_PLATFORM + ".replies-" + UUID.randomUUID());
        cfg.put("auto.offset.reset", "earliest");
        java.util.ArrayList<ConsumerRecord<String, String>> out = new java.util.ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(cfg, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(Topics.INBOUND_REPLIES));
            long deadline = System.currentTimeMillis() + 30_000;
            while (out.size() < expected && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(300))) {
                    if (id.equals(r.key())) {
                        out.add(r);
                    }
                }
            }
            long grace = System.currentTimeMillis() + 2_000; // a second answer would come by now
            while (System.currentTimeMillis() < grace) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(300))) {
                    if (id.equals(r.key())) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }

    static String type(ConsumerRecord<String, String> r) {
        return new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    }

    @Test
    void aValidSubmissionIsStoredAndAnsweredWithItsRevisionOnceEvenWhenRedelivered() throws Exception {
        String unit = FinalAccountsResourceTest.unit();
        String id = UUID.randomUUID().toString();
        submit(id, "fiscal.statements.part.submitted.v1", unit + "/2024", null, FinalAccountsResourceTest.sample());
        submit(id, "fiscal.statements.part.submitted.v1", unit + "/2024", null, FinalAccountsResourceTest.sample());
        List<ConsumerRecord<String, String>> answers = replies(id, 1);
        assertEquals(1, answers.size());
        assertEquals("fiscal.inbound.accepted.v1", type(answers.get(0)));
        JsonNode reply = JSON.readTree(answers.get(0).value());
        assertEquals(id, reply.get("inReplyTo").asText());
        assertEquals(1, reply.get("revision").asInt());
        assertEquals("\"1\"", reply.get("etag").asText());
        given().get(FinalAccountsResourceTest.url(unit)).then().statusCode(200).body("revision", equalTo(1));
        assertEquals(1, OutboxEvent.count("subject = ?1 and type = ?2", unit + "/2024", "fiscal.statements.part.revised.v1"));
    }

    @Test
    void anInvalidSubmissionIsRejectedWithTheProblemAndNothingIsStored() throws Exception {
        String unit = FinalAccountsResourceTest.unit();
        String id = UUID.randomUUID().toString();
        String bad = FinalAccountsResourceTest.sample().replace("\"amount\": 3586400.0", "\"amount\": -1");
        submit(id, "fiscal.statements.part.submitted.v1", unit + "/2024", null, bad);
        List<ConsumerRecord<String, String>> answers = replies(id, 1);
        assertEquals(1, answers.size());
        assertEquals("fiscal.inbound.rejected.v1", type(answers.get(0)));
        JsonNode problem = JSON.readTree(answers.get(0).value()).get("problem");
        assertEquals(422, problem.get("status").asInt());
        assertEquals("/tables/summary/rows/0/values/amount", problem.at("/errors/0/field").asText());
        given().get(FinalAccountsResourceTest.url(unit)).then().statusCode(404);
    }

    @Test
    void aStaleIfMatchIsRejectedLikeOverRest() throws Exception {
        String unit = FinalAccountsResourceTest.unit();
        given().contentType("application/json").body(FinalAccountsResourceTest.sample()).put(FinalAccountsResourceTest.url(unit))
                .then().statusCode(201);
        String id = UUID.randomUUID().toString();
        submit(id, "fiscal.statements.part.submitted.v1", unit + "/2024", "\"7\"", FinalAccountsResourceTest.sample());
        List<ConsumerRecord<String, String>> answers = replies(id, 1);
        assertEquals("fiscal.inbound.rejected.v1", type(answers.get(0)));
        assertEquals(412, JSON.readTree(answers.get(0).value()).at("/problem/status").asInt());
        given().get(FinalAccountsResourceTest.url(unit)).then().body("revision", equalTo(1));
    }

    @Test
    void aPlatformSubmittingForAUnitItIsNotGrantedIsRefusedAndNothingChanges() throws Exception {
        // other-platform is granted 110101-* (东城区) only; the tests' units are in 110102 (西城区)
        String unit = FinalAccountsResourceTest.unit();
        String id = UUID.randomUUID().toString();
        submitAs(KafkaAccess.OTHER_PLATFORM, id, "fiscal.statements.part.submitted.v1", unit + "/2024", null,
                FinalAccountsResourceTest.sample());
        List<ConsumerRecord<String, String>> answers = replies(id, 1);
        assertEquals(1, answers.size());
        assertEquals("fiscal.inbound.rejected.v1", type(answers.get(0)));
        JsonNode problem = JSON.readTree(answers.get(0).value()).get("problem");
        assertEquals(403, problem.get("status").asInt());
        assertEquals("ce_subject", problem.at("/errors/0/field").asText());
        given().get(FinalAccountsResourceTest.url(unit)).then().statusCode(404);
        assertEquals(0, OutboxEvent.count("subject = ?1 and type = ?2", unit + "/2024", "fiscal.statements.part.revised.v1"));

        // the same submission from the platform granted 110102-* is applied, and audited as that platform
        String granted = UUID.randomUUID().toString();
        submit(granted, "fiscal.statements.part.submitted.v1", unit + "/2024", null, FinalAccountsResourceTest.sample());
        assertEquals("fiscal.inbound.accepted.v1", type(replies(granted, 1).get(0)));
        given().get(FinalAccountsResourceTest.url(unit) + "/audit").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].actor.subject", equalTo("platform:" + KafkaAccess.BUDGET_PLATFORM))
                .body("[0].actor.kind", equalTo("PLATFORM"));
    }

    @Test
    void anotherPartsSubmissionIsLeftToItsOwner() throws Exception {
        String unit = FinalAccountsResourceTest.unit();
        String id = UUID.randomUUID().toString();
        submit(id, "fiscal.procurement.part.submitted.v1", unit + "/2024", null, "{}");
        assertEquals(0, replies(id, 1).size());
        given().get(FinalAccountsResourceTest.url(unit)).then().statusCode(404);
    }
}
