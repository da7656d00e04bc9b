package org.fiscaldisclosure.performance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.platform.messaging.Segments;
import org.fiscaldisclosure.platform.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

/**
 * Loading a department project by project costs bytes in proportion to the project: a project PUT stores and sends
 * the segments of that project (its 自评表 and its section of the published form) and a manifest, never the other
 * projects again; the part read back is whole.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "performance"))
class ProjectByProjectCostTest {

    private static final int PROJECTS = 40;

    @Inject
    EntityManager em;

    /** The sample's projects copied with new codes up to {@link #PROJECTS}, so that the department is large. */
    private static ObjectNode largeDepartment() throws Exception {
        ObjectNode part = (ObjectNode) Parts.JSON.readTree(Parts.sample());
        ArrayNode projects = (ArrayNode) part.get("projects");
        List<ObjectNode> originals = new java.util.ArrayList<>();
        projects.forEach(p -> originals.add((ObjectNode) p));
        for (int i = projects.size(); i < PROJECTS; i++) {
            ObjectNode copy = originals.get(i % originals.size()).deepCopy();
            copy.put("projectCode", "X" + i);
            copy.put("name", copy.get("name").asText() + "（" + i + "）");
            projects.add(copy);
        }
        return part;
    }

    private long outboxBytes(String unit) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("subject like ?1", unit + "/2024%")
                .list().stream().mapToLong(e -> e.payload.getBytes(StandardCharsets.UTF_8).length).sum());
    }

    private long storedBytes(String unit) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select coalesce((select sum(octet_length(document::text)) from part_revision where unit_code = ?1), 0) "
                        + "+ coalesce((select sum(octet_length(content)) from part_segment where unit_code = ?1), 0)")
                .setParameter(1, unit).getSingleResult()).longValue());
    }

    @Test
    void aProjectPutStoresAndSendsThatProjectNotTheDepartment() throws Exception {
        String unit = Parts.unit();
        ObjectNode part = largeDepartment();
        Parts.putNew(unit, part.toString());
        long sentWhole = outboxBytes(unit);
        long storedWhole = storedBytes(unit);

        ObjectNode changed = (ObjectNode) part.get("projects").get(20).deepCopy();
        changed.put("name", changed.get("name").asText() + "（调整）");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(changed.toString())
                .put(Parts.url(unit) + "/projects/" + changed.get("projectCode").asText()).then().statusCode(200)
                .body("revision", equalTo(2)).body("part.projects", hasSize(PROJECTS));
        long sentProject = outboxBytes(unit) - sentWhole;
        long storedProject = storedBytes(unit) - storedWhole;

        // the whole department is 40 projects; one project with the manifest must cost well under a tenth of it
        assertTrue(sentProject * 10 < sentWhole, "sent for one project " + sentProject + " B, for the department " + sentWhole + " B");
        assertTrue(storedProject * 10 < storedWhole, "stored for one project " + storedProject + " B, for the department " + storedWhole + " B");
        long segmentsSent = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("subject like ?1 and type = ?2",
                unit + "/2024/segments/%", Segments.EVENT_TYPE));
        assertTrue(segmentsSent > PROJECTS, "the first PUT sent a segment per project and per section: " + segmentsSent);

        // read back whole, with the change
        given().get(Parts.url(unit)).then().statusCode(200).header("ETag", "\"2\"")
                .body("part.projects", hasSize(PROJECTS))
                .body("part.projects[20].name", equalTo(changed.get("name").asText()))
                .body("part.projects[21].projectCode", equalTo(part.get("projects").get(21).get("projectCode").asText()));
        given().get(Parts.url(unit) + "/revisions/1").then().statusCode(200)
                .body("part.projects[20].name", equalTo(part.get("projects").get(20).get("name").asText()));
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("subject = ?1", unit + "/2024")),
                "one revision event per PUT");
    }
}
