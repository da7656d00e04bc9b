package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import org.fiscaldisclosure.contracts.event.PartKind;

/** Publishes version 1 of the fixture's disclosure: the producers played over Kafka with {@link DocumentFixture}'s documents. */
final class PublishedFixture {

    private PublishedFixture() {
    }

    static String base(String unit) {
        return "/api/v1/disclosures/" + unit + "/2024";
    }

    /** A new unit whose three parts carry the fixture's documents, approved and published as version 1. */
    static String publish(PartEvents events) throws Exception {
        String unit = Await.unit();
        DocumentFixture.documents().forEach((kind, doc) -> {
            try {
                PartPayload.consistent(kind, unit, 1).document(DocumentFixture.json(doc)).sendWith(events);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Await.get(base(unit), j -> j.getMap("revisions").size() == PartKind.values().length);
        String hash = given().get(base(unit) + "/publication").then().statusCode(200).extract().path("contentHash");
        given().contentType(ContentType.JSON).body(Map.of("contentHash", hash, "approver", "王审核", "confidentialityReviewed", true,
                "confidentialityReviewer", "李保密", "signedOff", true, "signedOffBy", "张部长"))
                .post(base(unit) + "/approvals").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("contentHash", hash, "publishedBy", "赵发布"))
                .post(base(unit) + "/versions").then().statusCode(201);
        return unit;
    }
}
