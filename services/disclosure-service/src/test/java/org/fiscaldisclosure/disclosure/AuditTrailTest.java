package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/** The disclosure's audit trail records only accepted changes, and cannot be changed. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class AuditTrailTest {

    static final PartEvents events = new PartEvents();

    @Inject
    EntityManager em;

    @Test
    void aRefusedApprovalOrPublicationLeavesNoEntryAndTheTrailIsAppendOnly() throws Exception {
        String unit = Await.unit();
        String base = "/api/v1/disclosures/" + unit + "/2024";
        PartPayload.consistent(PartKind.STATEMENTS, unit, 1).sendWith(events);
        PartPayload.consistent(PartKind.PROCUREMENT, unit, 1).sendWith(events);
        PartPayload.consistent(PartKind.PERFORMANCE, unit, 1).figure("evaluatedProjectAmount", "3600000.00").sendWith(events);
        Await.get(base, j -> j.getMap("revisions").size() == 3);
        String hash = given().get(base + "/publication").then().statusCode(200).extract().jsonPath().getString("contentHash");

        given().contentType(ContentType.JSON).body(Map.of("contentHash", "0".repeat(64), "approver", "王审核",
                        "confidentialityReviewed", true, "confidentialityReviewer", "李保密", "signedOff", true, "signedOffBy", "张部长"))
                .post(base + "/approvals").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("contentHash", hash, "publishedBy", "赵发布"))
                .post(base + "/versions").then().statusCode(409); // FATAL DS-P4-001 and no approval
        assertEquals(List.of(), given().get(base + "/audit").then().statusCode(200).extract().jsonPath().getList("action"));

        given().contentType(ContentType.JSON).body(Map.of("contentHash", hash, "approver", "王审核",
                        "confidentialityReviewed", true, "confidentialityReviewer", "李保密", "signedOff", true, "signedOffBy", "张部长"))
                .post(base + "/approvals").then().statusCode(201);
        assertEquals(List.of("APPROVED"), given().get(base + "/audit").then().statusCode(200).extract().jsonPath().getList("action"));

        for (String method : List.of("PUT", "POST", "DELETE", "PATCH")) {
            int status = given().contentType(ContentType.JSON).body("[]").request(method, base + "/audit").then().extract().statusCode();
            assertTrue(status == 405, method + " answered " + status);
        }
        for (String sql : List.of("update audit_entry set stated_by = 'x' where unit_code = '" + unit + "'",
                "delete from audit_entry where unit_code = '" + unit + "'", "truncate audit_entry")) {
            assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                    em.createNativeQuery(sql).executeUpdate()), sql);
        }
        given().get("/api/v1/disclosures/110102-NOSUCH/2024/audit").then().statusCode(404).contentType("application/problem+json");
    }
}
