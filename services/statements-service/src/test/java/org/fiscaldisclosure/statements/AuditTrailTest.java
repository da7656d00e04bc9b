package org.fiscaldisclosure.statements;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The audit trail answers "who changed this figure": two preparers change T1 本年收入合计 in turn, and the trail shows
 * who set which value in which revision; it is append-only and written only with the change.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "statements"))
class AuditTrailTest {

    static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    static final String INCOME_TOTAL_CELL = "/tables/summary/rows/code=incomeTotal/values/amount";

    @Inject
    EntityManager em;

    /** The clean part with 财政拨款收入 and 本年收入合计 of T1 both set to {@code yuan}. */
    static String withIncomeTotal(String yuan) throws Exception {
        ObjectNode part = (ObjectNode) EXACT.readTree(FinalAccountsResourceTest.clean());
        for (JsonNode row : part.at("/tables/summary/rows")) {
            String code = row.get("code").asText();
            if (code.equals("generalBudgetAppropriation") || code.equals("incomeTotal")) {
                ((ObjectNode) row.get("values")).put("amount", new BigDecimal(yuan));
            }
        }
        return part.toString();
    }

    static void put(String token, String unit, String body, String ifMatch, int status) {
        var request = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        request.put(FinalAccountsResourceTest.url(unit)).then().statusCode(status);
    }

    static JsonNode audit(String unit) throws Exception {
        return EXACT.readTree(given().header("Authorization", "Bearer " + TestTokens.reviewer())
                .get(FinalAccountsResourceTest.url(unit) + "/audit").then().statusCode(200)
                .contentType("application/json").extract().asString());
    }

    static JsonNode change(JsonNode entry, String path) {
        for (JsonNode c : entry.at("/summary/changes")) {
            if (c.get("path").asText().equals(path)) {
                return c;
            }
        }
        return null;
    }

    static JsonNode headline(JsonNode entry, String key) {
        for (JsonNode h : entry.at("/summary/headline")) {
            if (h.get("key").asText().equals(key)) {
                return h;
            }
        }
        return null;
    }

    @Test
    void theTrailAnswersWhoSetWhichValueOfT1IncomeTotalInWhichRevision() throws Exception {
        String unit = FinalAccountsResourceTest.unit();
        String wang = TestTokens.namedPreparer("u-wang", "王填报", unit);
        String li = TestTokens.namedPreparer("u-li", "李填报", unit);
        put(wang, unit, FinalAccountsResourceTest.clean(), null, 201);
        put(li, unit, withIncomeTotal("3600000.00"), "\"1\"", 200);
        put(wang, unit, withIncomeTotal("3590000.00"), "\"2\"", 200);
        put(li, unit, withIncomeTotal("3580000.00"), "\"2\"", 412); // stale: refused, not audited

        JsonNode trail = audit(unit);
        assertEquals(3, trail.size(), trail.toPrettyString());
        List<String> who = new ArrayList<>();
        for (JsonNode e : trail) {
            assertEquals("REVISED", e.get("action").asText());
            assertEquals("final-accounts", e.get("subject").asText());
            assertEquals("USER", e.at("/actor/kind").asText());
            assertTrue(e.hasNonNull("at"));
            who.add(e.get("revision").asLong() + ":" + e.at("/actor/subject").asText() + ":" + e.at("/actor/name").asText());
        }
        assertEquals(List.of("1:u-wang:王填报", "2:u-li:李填报", "3:u-wang:王填报"), who);

        JsonNode created = trail.get(0).get("summary");
        assertTrue(created.get("created").asBoolean());
        assertTrue(created.get("changedCells").asInt() > 50, created.toString());
        assertEquals(0, new BigDecimal("3586400.00").compareTo(headline(trail.get(0), "incomeTotal").get("to").decimalValue()));

        // revision 2: 李填报 set 本年收入合计 from 3,586,400.00 to 3,600,000.00 (two cells of T1, no text)
        JsonNode byLi = change(trail.get(1), INCOME_TOTAL_CELL);
        assertEquals(0, new BigDecimal("3586400.00").compareTo(byLi.get("from").decimalValue()));
        assertEquals(0, new BigDecimal("3600000.00").compareTo(byLi.get("to").decimalValue()));
        assertEquals(2, trail.get(1).at("/summary/changedCells").asInt());
        assertEquals(0, trail.get(1).at("/summary/changedFields").asInt());
        JsonNode income = headline(trail.get(1), "incomeTotal");
        assertEquals(0, new BigDecimal("3586400.00").compareTo(income.get("from").decimalValue()));
        assertEquals(0, new BigDecimal("3600000.00").compareTo(income.get("to").decimalValue()));
        assertNull(headline(trail.get(1), "basicExpenditure"), "an unchanged figure is not listed");

        // revision 3: 王填报 set it from 3,600,000.00 to 3,590,000.00
        JsonNode byWang = change(trail.get(2), INCOME_TOTAL_CELL);
        assertEquals(0, new BigDecimal("3600000.00").compareTo(byWang.get("from").decimalValue()));
        assertEquals(0, new BigDecimal("3590000.00").compareTo(byWang.get("to").decimalValue()));
    }

    @Test
    void aChangedTextIsCountedAsAFieldAndAWorkbookImportIsAuditedToo() throws Exception {
        String unit = FinalAccountsResourceTest.unit();
        String token = TestTokens.namedPreparer("u-zhao", "赵填报", unit);
        put(token, unit, FinalAccountsResourceTest.clean(), null, 201);
        ObjectNode part = (ObjectNode) EXACT.readTree(FinalAccountsResourceTest.clean());
        ((ObjectNode) part.get("unit")).put("name", "中共北京市西城区委社会工作部（更名）");
        put(token, unit, part.toString(), null, 200);
        byte[] xlsx = given().header("Authorization", "Bearer " + token).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get(FinalAccountsResourceTest.url(unit)).then().statusCode(200).extract().asByteArray();
        // an unchanged workbook is the same content: nothing stored, nothing audited
        given().header("Authorization", "Bearer " + token).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(xlsx).put(FinalAccountsResourceTest.url(unit)).then().statusCode(200).header("ETag", "\"2\"");
        byte[] changed = TablesWorkbookTest.edit(xlsx, wb -> wb.getSheet("表3").getRow(3).getCell(3).setCellValue(8.62));
        given().header("Authorization", "Bearer " + token).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(changed).put(FinalAccountsResourceTest.url(unit)).then().statusCode(200).header("ETag", "\"3\"");

        JsonNode trail = audit(unit);
        assertEquals(3, trail.size());
        JsonNode renamed = trail.get(1).get("summary");
        assertEquals(0, renamed.get("changedCells").asInt());
        assertEquals(1, renamed.get("changedFields").asInt());
        assertEquals("/unit/name", renamed.at("/changes/0/path").asText());
        assertEquals("中共北京市西城区委社会工作部（更名）", renamed.at("/changes/0/to").asText());
        assertEquals("u-zhao", trail.get(2).at("/actor/subject").asText());
        assertFalse(trail.get(2).at("/summary/created").asBoolean());
    }

    @Test
    void theTrailCannotBeChangedNeitherThroughTheApiNorInTheDatabase() throws Exception {
        String unit = FinalAccountsResourceTest.unit();
        put(TestTokens.preparer(unit), unit, FinalAccountsResourceTest.clean(), null, 201);
        String url = FinalAccountsResourceTest.url(unit) + "/audit";
        for (String method : List.of("PUT", "POST", "DELETE", "PATCH")) {
            int status = given().contentType(ContentType.JSON).body("[]").request(method, url).then().extract().statusCode();
            assertTrue(status == 405, method + " " + url + " answered " + status);
        }
        for (String sql : List.of("update audit_entry set actor_name = 'x' where unit_code = '" + unit + "'",
                "delete from audit_entry where unit_code = '" + unit + "'", "truncate audit_entry")) {
            assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                    em.createNativeQuery(sql).executeUpdate()), sql);
        }
        assertEquals(1, audit(unit).size());
        given().get(FinalAccountsResourceTest.url("110102-NOSUCH") + "/audit").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aRevisionSubmittedOverKafkaIsAuditedAsTheSubmittingPlatform() throws Exception {
        String unit = FinalAccountsResourceTest.unit();
        String id = java.util.UUID.randomUUID().toString();
        InboundSubmissionTest.submit(id, "fiscal.statements.part.submitted.v1", unit + "/2024", null,
                FinalAccountsResourceTest.clean());
        assertEquals(1, InboundSubmissionTest.replies(id, 1).size());
        JsonNode trail = audit(unit);
        assertEquals(1, trail.size());
        assertEquals("platform:budget-platform", trail.get(0).at("/actor/subject").asText());
        assertEquals("budget-platform", trail.get(0).at("/actor/name").asText());
        assertEquals("PLATFORM", trail.get(0).at("/actor/kind").asText());
    }
}
