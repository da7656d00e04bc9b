package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.platform.messaging.Segments;
import org.junit.jupiter.api.Test;

/**
 * A part revision that arrives as a manifest and its segments is joined back before it is checked and applied; a
 * revision that changes one project needs only that project's segments (the others were stored before); a manifest
 * whose segments never arrived is parked with the reason, and the events after it go on.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class SegmentedEventsTest {

    static final PartEvents events = new PartEvents();

    private static ProducerRecord<String, byte[]> segment(String unit, Segments.Segment s) {
        ProducerRecord<String, byte[]> r = PartEvents.record(PartKind.PERFORMANCE, unit, null, UUID.randomUUID().toString(),
                Segments.EVENT_TYPE);
        return new ProducerRecord<>(r.topic(), events.partitionOf(PartKind.PERFORMANCE, unit),
                Segments.key(unit, 2024, s.hash()), s.json(), r.headers());
    }

    private static ProducerRecord<String, byte[]> manifest(String unit, byte[] manifest) {
        ProducerRecord<String, byte[]> r = PartEvents.record(PartKind.PERFORMANCE, unit, null, UUID.randomUUID().toString(),
                PartKind.PERFORMANCE.eventType());
        return new ProducerRecord<>(r.topic(), r.partition(), r.key(), manifest, r.headers());
    }

    /** Sends a revision as the producers do: its new segments, then its manifest. */
    private static Segments.Cut sendCut(String unit, long revision, ObjectNode part, List<String> alreadySent) throws Exception {
        Segments.Cut cut = Segments.cut(PartEvents.payload(PartKind.PERFORMANCE, unit, revision, part).getBytes(StandardCharsets.UTF_8));
        List<ProducerRecord<String, byte[]>> records = new java.util.ArrayList<>();
        for (Segments.Segment s : cut.segments()) {
            if (!alreadySent.contains(s.hash())) {
                records.add(segment(unit, s));
                alreadySent.add(s.hash());
            }
        }
        records.add(manifest(unit, cut.manifest()));
        events.sendTogether(records);
        return cut;
    }

    @Test
    void aSegmentedRevisionIsJoinedAndAChangedProjectNeedsOnlyItsOwnSegments() throws Exception {
        String unit = DisclosureReadModelTest.unit();
        ObjectNode part = PartEvents.sample(PartKind.PERFORMANCE);
        List<String> sent = new java.util.ArrayList<>();
        Segments.Cut first = sendCut(unit, 1, part, sent);
        assertTrue(first.segments().size() >= 8, "each project is a segment: " + first.segments().size());
        JsonPath one = DisclosureReadModelTest.awaitDisclosure(unit, j -> j.getMap("revisions").containsKey("performance"));
        assertEquals(part.get("projects").size(), one.getList("parts.performance.part.projects").size());
        assertEquals(part.at("/projects/3/name").asText(), one.getString("parts.performance.part.projects[3].name"));

        ObjectNode changed = part.deepCopy();
        ((ObjectNode) changed.at("/projects/3")).put("name", "改过名称的项目");
        int before = sent.size();
        sendCut(unit, 2, changed, sent);
        assertEquals(1, sent.size() - before, "only the changed project's segment is sent again");
        JsonPath two = DisclosureReadModelTest.awaitDisclosure(unit, j -> j.getInt("revisions.performance") == 2);
        assertEquals("改过名称的项目", two.getString("parts.performance.part.projects[3].name"));
        assertEquals(part.at("/projects/4/name").asText(), two.getString("parts.performance.part.projects[4].name"));
    }

    @Test
    void aManifestWhoseSegmentsNeverArrivedIsParkedAndTheNextEventIsApplied() throws Exception {
        String unit = DisclosureReadModelTest.unit();
        Segments.Cut cut = Segments.cut(PartEvents.payload(PartKind.PERFORMANCE, unit, 1, null).getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> orphan = manifest(unit, cut.manifest());
        String orphanId = new String(orphan.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
        events.sendTogether(List.of(orphan));
        events.send(PartKind.PERFORMANCE, unit, PartEvents.payload(PartKind.PERFORMANCE, unit, 2, null));

        JsonPath ok = DisclosureReadModelTest.awaitDisclosure(unit, j -> j.getMap("revisions").containsKey("performance"));
        assertEquals(2, ok.getInt("revisions.performance"));
        JsonPath parked = given().queryParam("size", 500).get("/api/v1/disclosures/parked-events").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(parked.getString("find { it.ceId == '" + orphanId + "' }.reason").contains("segments not received"),
                parked.getString("find { it.ceId == '" + orphanId + "' }.reason"));
    }
}
