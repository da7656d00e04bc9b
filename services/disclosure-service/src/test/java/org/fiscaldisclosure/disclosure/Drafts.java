package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.UUID;
import org.fiscaldisclosure.contracts.event.PartKind;

/**
 * Disclosures in a given state for the listing, region and portal tests, made through the public paths only: part
 * events as the producers send them, then approval and publication through the REST API. Each test uses a region of
 * its own (a random 9xxxxx code), so sums and counts are its own.
 */
final class Drafts {

    private Drafts() {
    }

    static String region() {
        return "9" + String.format("%05d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000));
    }

    static String unitIn(String region) {
        return region + "-P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Consistent parts whose statements carry 收支总计 and 三公, and procurement 政府采购 (元). */
    static void complete(PartEvents events, String unit, long revision, String grandTotal, String threePublic,
                         String procurement) throws Exception {
        PartPayload.consistent(PartKind.STATEMENTS, unit, revision).figure("grandIncomeTotal", grandTotal)
                .figure("threePublicActual", threePublic).sendWith(events);
        PartPayload.consistent(PartKind.PROCUREMENT, unit, revision).figure("procurementTotal", procurement).sendWith(events);
        PartPayload.consistent(PartKind.PERFORMANCE, unit, revision).sendWith(events);
        for (PartKind k : PartKind.values()) {
            Await.revision(unit, k.key(), (int) revision);
        }
    }

    static String hash(String unit) {
        return PublicationFlowTest.state(unit).getString("contentHash");
    }

    static void approve(String unit) {
        PublicationFlowTest.post(unit, "approvals", PublicationFlowTest.approval(hash(unit))).statusCode(201);
    }

    /** Approves the current content and publishes it (a correction note from version 2 on). */
    static void publish(String unit, String note) {
        approve(unit);
        PublicationFlowTest.post(unit, "versions", PublicationFlowTest.publish(hash(unit), note)).statusCode(201);
    }

    static String html(String path) {
        return given().accept(ContentType.HTML).get(path).then().statusCode(200)
                .contentType("text/html;charset=UTF-8").extract().asString();
    }
}
