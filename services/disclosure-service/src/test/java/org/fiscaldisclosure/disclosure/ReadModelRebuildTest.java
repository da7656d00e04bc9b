package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.UUID;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.disclosure.repository.DisclosurePartEntity;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/** The read model is rebuilt from the compacted part topics alone and converges to the same content hashes. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class ReadModelRebuildTest {

    static final PartEvents events = new PartEvents();

    static String hash(String unit) {
        return given().get("/api/v1/disclosures/" + unit + "/2024/publication").then().statusCode(200)
                .extract().jsonPath().getString("contentHash");
    }

    static Instant receivedAt(String unit) {
        // a new transaction, so a fresh read of the row and not the session's cached copy
        return QuarkusTransaction.requiringNew().call(() -> DisclosurePartEntity.<DisclosurePartEntity>find(
                "unitCode = ?1 and part = ?2", unit, "statements").firstResult().receivedAt);
    }

    @Test
    void aRebuildReplaysThePartTopicsAndGivesTheSameContentHashes() throws Exception {
        String a = "110102-R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String b = "110102-R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        for (String unit : new String[] {a, b}) {
            for (PartKind kind : PartKind.values()) {
                events.send(kind, unit, PartEvents.payload(kind, unit, 1, null));
            }
            // a second revision of one part: the rebuild must end on it, not on the first
            events.send(PartKind.PROCUREMENT, unit, PartEvents.payload(PartKind.PROCUREMENT, unit, 2, null));
            DisclosureReadModelTest.awaitDisclosure(unit, j -> j.getMap("revisions").size() == 3
                    && j.getInt("revisions.procurement") == 2);
        }
        String hashA = hash(a);
        String hashB = hash(b);
        Instant before = receivedAt(a);

        given().post("/api/v1/disclosures/admin/rebuild").then().statusCode(202);

        JsonPath rebuiltA = DisclosureReadModelTest.awaitDisclosure(a, j -> j.getMap("revisions").size() == 3
                && j.getInt("revisions.procurement") == 2 && receivedAt(a).isAfter(before));
        DisclosureReadModelTest.awaitDisclosure(b, j -> j.getMap("revisions").size() == 3 && j.getInt("revisions.procurement") == 2);
        assertEquals("COMPLETE", rebuiltA.getString("completeness"));
        assertEquals(hashA, hash(a));
        assertEquals(hashB, hash(b));
        assertTrue(receivedAt(a).isAfter(before), "the parts were read again from the topics");
    }
}
