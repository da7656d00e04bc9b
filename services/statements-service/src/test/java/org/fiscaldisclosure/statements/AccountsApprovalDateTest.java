package org.fiscaldisclosure.statements;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/**
 * The optional 决算批复 date of the unit: stored and sent with the part when it lies after the fiscal year and not in
 * the future, refused at its field otherwise (nothing stored), and a part without it accepted as before.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "statements"))
class AccountsApprovalDateTest {

    static String withDate(String date) throws Exception {
        return FinalAccountsResourceTest.clean().replaceFirst("\"newlyEstablished\"\\s*:", "\"accountsApprovedOn\": \"" + date + "\", \"newlyEstablished\":");
    }

    @Test
    void aDateAfterTheFiscalYearIsStoredWithThePart() throws Exception {
        String unit = FinalAccountsResourceTest.unit();
        given().contentType(ContentType.JSON).body(withDate("2025-08-28")).put(FinalAccountsResourceTest.url(unit))
                .then().statusCode(201).body("part.unit.accountsApprovedOn", equalTo("2025-08-28"));
        given().get(FinalAccountsResourceTest.url(unit)).then().statusCode(200).body("part.unit.accountsApprovedOn", equalTo("2025-08-28"));
    }

    @Test
    void aPartWithoutTheDateIsAcceptedAndCarriesNone() throws Exception {
        String unit = FinalAccountsResourceTest.unit();
        given().contentType(ContentType.JSON).body(FinalAccountsResourceTest.clean()).put(FinalAccountsResourceTest.url(unit))
                .then().statusCode(201).body("part.unit", not(hasKey("accountsApprovedOn")));
    }

    @Test
    void aDateWithinTheFiscalYearOrInTheFutureOrMalformedIsRefusedAtItsField() throws Exception {
        String unit = FinalAccountsResourceTest.unit();
        String url = FinalAccountsResourceTest.url(unit);
        given().contentType(ContentType.JSON).body(withDate("2024-12-31")).put(url).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("/unit/accountsApprovedOn"));
        given().contentType(ContentType.JSON).body(withDate(LocalDate.now().plusDays(2).toString())).put(url).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("/unit/accountsApprovedOn"));
        given().contentType(ContentType.JSON).body(withDate("2025-13-01")).put(url).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("/unit/accountsApprovedOn"));
        given().get(url).then().statusCode(404);
    }
}
