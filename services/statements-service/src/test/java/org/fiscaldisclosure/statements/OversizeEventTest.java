package org.fiscaldisclosure.statements;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.platform.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

/**
 * A change whose event could never be delivered is refused before anything is stored: 413 problem details saying what
 * is too large and what the limit is. The record limit is lowered here below the size of the sample's tables (each
 * travels as a segment of its own), so that its event exceeds it.
 */
@QuarkusTest
@TestProfile(OversizeEventTest.SmallRecords.class)
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "statements"))
class OversizeEventTest {

    public static class SmallRecords implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fiscal.messages.max-record-bytes", "2000");
        }
    }

    @Test
    void aPutWhoseEventExceedsTheRecordLimitIs413AndStoresNothing() throws Exception {
        String unit = FinalAccountsResourceTest.unit();
        given().contentType(ContentType.JSON).body(FinalAccountsResourceTest.sample()).put(FinalAccountsResourceTest.url(unit))
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("上限 2000 字节"))
                .body("errors[0].field", equalTo("body"));
        given().get(FinalAccountsResourceTest.url(unit)).then().statusCode(404);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("subject", unit + "/2024")));
    }
}
