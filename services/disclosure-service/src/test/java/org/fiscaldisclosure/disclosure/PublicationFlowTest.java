package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/**
 * The publication of one disclosure from draft to version 2 (docs/disclosure.md, "Approval and publication"), the producers played by sending
 * part events to the real broker, and the published events read back from it.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class PublicationFlowTest {

    static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    static final PartEvents events = new PartEvents();

    static String base(String unit) {
        return "/api/v1/disclosures/" + unit + "/2024";
    }

    static JsonPath state(String unit) {
        return given().get(base(unit) + "/publication").then().statusCode(200).extract().jsonPath();
    }

    static ValidatableResponse post(String unit, String what, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(base(unit) + "/" + what).then();
    }

    static Map<String, Object> approval(String hash) {
        return Map.of("contentHash", hash, "approver", "王审核", "confidentialityReviewed", true,
                "confidentialityReviewer", "李保密", "signedOff", true, "signedOffBy", "张部长");
    }

    static Map<String, Object> publish(String hash, String note) {
        return note == null ? Map.of("contentHash", hash, "publishedBy", "赵发布")
                : Map.of("contentHash", hash, "publishedBy", "赵发布", "correctionNote", note);
    }

    /** Three parts whose headlines break DS-P4-001 (FATAL) and DS-T12-001 (WARNING), as the seed does. */
    static void draftWithTheSeedsInconsistencies(String unit) throws Exception {
        PartPayload.consistent(PartKind.STATEMENTS, unit, 1).sendWith(events);
        PartPayload.consistent(PartKind.PROCUREMENT, unit, 1).figure("purchasedServicesTotal", "216650.00").sendWith(events);
        PartPayload.consistent(PartKind.PERFORMANCE, unit, 1).figure("evaluatedProjectAmount", "3600000.00").sendWith(events);
        Await.get(base(unit), j -> j.getMap("revisions").size() == 3);
    }

    @Test
    void fromDraftToASecondVersionWithItsDiffHistoryAndEvents() throws Exception {
        String unit = Await.unit();
        draftWithTheSeedsInconsistencies(unit);

        // refused while a FATAL finding stands, with every blocking finding listed
        JsonPath draft = state(unit);
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(List.of("DS-T12-001", "DS-P4-001"), draft.getList("blockingFindings.ruleId"));
        JsonPath refused = post(unit, "versions", publish(draft.getString("contentHash"), null)).statusCode(409)
                .contentType("application/problem+json").extract().jsonPath();
        assertEquals(List.of("DS-T12-001", "DS-P4-001"), refused.getList("blockingFindings.ruleId"));
        assertEquals(List.of("WARNING", "FATAL"), refused.getList("blockingFindings.severity"));
        assertFalse(refused.getBoolean("approved"));
        assertEquals(List.of("findings", "findings", "approval"), refused.getList("errors.field"));
        assertEquals("不能公开：2 个问题须先更正或说明；当前内容尚未审批", refused.getString("detail"));

        // the performance part is corrected: only the WARNING is left, and the content hash has changed
        PartPayload.consistent(PartKind.PERFORMANCE, unit, 2).sendWith(events);
        Await.revision(unit, "performance", 2);
        JsonPath corrected = state(unit);
        assertNotEquals(draft.getString("contentHash"), corrected.getString("contentHash"));
        assertEquals(List.of("DS-T12-001"), corrected.getList("blockingFindings.ruleId"));
        String location = corrected.getString("blockingFindings[0].location");
        assertEquals("procurement/T12/政府购买服务支出/purchasedServicesTotal", location);

        // the WARNING is explained through the API; the explanation is content, so the hash changes again
        String text = "21.67 万元的咨询服务低于集中采购限额，按政府购买服务实施，不属于政府采购";
        JsonPath receipt = post(unit, "explanations", Map.of("ruleId", "DS-T12-001", "location", location,
                "text", text, "author", "钱财务")).statusCode(201).extract().jsonPath();
        String explainedHash = receipt.getString("contentHash");
        assertNotEquals(corrected.getString("contentHash"), explainedHash);
        JsonPath explained = state(unit);
        assertEquals(explainedHash, explained.getString("contentHash"));
        assertEquals(List.of(), explained.getList("blockingFindings"));
        assertFalse(explained.getBoolean("publishable"));
        given().get(base(unit) + "/findings").then().statusCode(200)
                .body("unexplainedWarnings", equalTo(0)).body("findings[0].explanation.text", equalTo(text));

        // not approved yet: refused, with no finding blocking
        post(unit, "versions", publish(explainedHash, null)).statusCode(409).body("detail", equalTo("不能公开：当前内容尚未审批"))
                .body("approved", equalTo(false)).body("blockingFindings.size()", equalTo(0));

        // an approval of a stale hash is refused; a false attestation is refused; the exact hash is approved
        post(unit, "approvals", approval(corrected.getString("contentHash"))).statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("/contentHash"))
                .body("errors[0].message", containsString(explainedHash));
        Map<String, Object> notReviewed = new HashMap<>(approval(explainedHash));
        notReviewed.put("confidentialityReviewed", false);
        post(unit, "approvals", notReviewed).statusCode(422).body("errors.field", hasItem("/confidentialityReviewed"));
        post(unit, "approvals", approval(explainedHash)).statusCode(201)
                .body("contentHash", equalTo(explainedHash)).body("approver", equalTo("王审核"))
                .body("confidentialityReviewer", equalTo("李保密")).body("signedOffBy", equalTo("张部长"));
        JsonPath approved = state(unit);
        assertEquals("APPROVED", approved.getString("status"));
        assertTrue(approved.getBoolean("publishable"));
        assertFalse(approved.getBoolean("correctionNoteRequired"));

        // version 1 (a first version has nothing to correct)
        post(unit, "versions", publish(explainedHash, "无")).statusCode(422).body("errors[0].field", equalTo("/correctionNote"));
        JsonPath v1 = post(unit, "versions", publish(explainedHash, null)).statusCode(201)
                .header("Location", endsWith(base(unit) + "/versions/1")).extract().jsonPath();
        assertEquals(1, v1.getInt("version"));
        assertEquals(explainedHash, v1.getString("contentHash"));
        assertEquals("赵发布", v1.getString("publishedBy"));
        assertEquals("王审核", v1.getString("approval.approver"));
        assertEquals(Map.of("statements", 1, "procurement", 1, "performance", 2), v1.getMap("revisions"));
        assertEquals("PUBLISHED", state(unit).getString("status"));
        post(unit, "versions", publish(explainedHash, null)).statusCode(409).body("detail", containsString("第 1 版"));
        theRenderingsOfVersion1AreStored(unit, explainedHash, text);

        // a changed part makes the disclosure updated since publication; version 2 needs a new approval and a note
        PartPayload.consistent(PartKind.STATEMENTS, unit, 2).figure("expenditureTotal", "3600000.00").sendWith(events);
        Await.revision(unit, "statements", 2);
        JsonPath updated = state(unit);
        assertEquals("UPDATED_SINCE_PUBLICATION", updated.getString("status"));
        assertFalse(updated.getBoolean("approved"));
        assertTrue(updated.getBoolean("correctionNoteRequired"));
        assertEquals(1, updated.getInt("latestVersion"));
        String hash2 = updated.getString("contentHash");
        post(unit, "versions", publish(hash2, "更正表1 本年支出合计")).statusCode(409).body("approved", equalTo(false));
        post(unit, "approvals", approval(hash2)).statusCode(201);
        assertEquals("UPDATED_SINCE_PUBLICATION", state(unit).getString("status"));
        post(unit, "versions", publish(hash2, null)).statusCode(422).body("errors[0].field", equalTo("/correctionNote"));
        String note = "更正表1 本年支出合计：由 358.64 万元更正为 360.00 万元";
        post(unit, "versions", publish(hash2, note)).statusCode(201).body("version", equalTo(2))
                .body("correctionNote", equalTo(note));
        assertEquals("PUBLISHED", state(unit).getString("status"));
        String page2 = given().get(base(unit) + "/versions/2?format=html").then().statusCode(200).extract().asString();
        assertTrue(page2.contains("<h2>更正说明</h2>\n<p>" + note + "</p>"), page2);
        assertTrue(page2.contains("<th scope=\"row\">本年支出合计</th><td class=\"num\">360.00</td>"), page2);

        // the versions, the diff both ways, the history
        given().get(base(unit) + "/versions").then().statusCode(200)
                .body("version", equalTo(List.of(1, 2))).body("[0].correctionNote", nullValue());
        JsonPath diff = given().get(base(unit) + "/versions/1/diff/2").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(Map.of("part", "statements", "fromRevision", 1, "toRevision", 2)), diff.getList("parts"));
        assertEquals(1, diff.getList("headline").size());
        assertEquals("statements", diff.getString("headline[0].part"));
        assertEquals("expenditureTotal", diff.getString("headline[0].key"));
        String raw = given().get(base(unit) + "/versions/1/diff/2").asString();
        assertTrue(raw.contains("\"from\":3586400.00,\"to\":3600000.00,\"difference\":13600.00"), raw);
        assertEquals(note, diff.getString("correctionNote"));
        assertEquals(List.of(), diff.getList("explanations"));
        given().get(base(unit) + "/versions/2/diff/1").then().statusCode(200)
                .body("parts[0].fromRevision", equalTo(2)).body("parts[0].toRevision", equalTo(1));
        JsonPath history = given().get(base(unit) + "/history").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("EXPLAINED", "APPROVED", "PUBLISHED", "APPROVED", "PUBLISHED"), history.getList("action"));
        assertEquals(List.of("钱财务", "王审核", "赵发布", "王审核", "赵发布"), history.getList("by"));
        assertEquals(List.of(1, 2), history.getList("findAll { it.action == 'PUBLISHED' }.version"));

        // both versions reached fiscal.disclosures.v1 as binary-mode CloudEvents
        List<PublishedEvents.Received> published = PublishedEvents.await(unit + ":2024", 2);
        for (int i = 0; i < 2; i++) {
            PublishedEvents.Received e = published.get(i);
            assertEquals("1.0", e.headers().get("ce_specversion"));
            assertEquals("fiscal.disclosure.published.v1", e.headers().get("ce_type"));
            assertEquals("/disclosure-service", e.headers().get("ce_source"));
            assertEquals(unit + "/2024", e.headers().get("ce_subject"));
            assertEquals("application/json", e.headers().get("content-type"));
            assertTrue(e.headers().get("ce_id").matches("[0-9a-f-]{36}"));
            assertTrue(e.headers().containsKey("ce_time"));
            JsonNode payload = EXACT.readTree(e.payload());
            assertEquals(i + 1, payload.get("version").asInt());
            assertEquals(unit, payload.get("unitCode").asText());
            assertEquals("王审核", payload.at("/approval/approver").asText());
            assertEquals(1, payload.at("/findings/explained").asInt());
            assertEquals(base(unit) + "/versions/" + (i + 1), payload.get("href").asText());
        }
        JsonNode second = EXACT.readTree(published.get(1).payload());
        assertEquals(hash2, second.get("contentHash").asText());
        assertEquals(note, second.get("correctionNote").asText());
        assertEquals(new BigDecimal("3600000.00"), second.at("/headline/expenditureTotal").decimalValue());
        assertTrue(EXACT.readTree(published.get(0).payload()).get("correctionNote").isNull());
    }

    /** The JSON document and the HTML page of version 1, rendered at publish time and served as stored. */
    static void theRenderingsOfVersion1AreStored(String unit, String hash, String explanation) throws Exception {
        var json = given().get(base(unit) + "/versions/1?format=json").then().statusCode(200)
                .contentType(containsString("application/json")).header("Cache-Control", containsString("immutable"))
                .extract();
        JsonNode doc = EXACT.readTree(json.asString());
        assertEquals(1, doc.get("version").asInt());
        assertEquals(hash, doc.get("contentHash").asText());
        assertEquals("李保密", doc.at("/approval/confidentialityReviewer").asText());
        assertEquals(new BigDecimal("3586400.00"), doc.at("/parts/statements/headline/expenditureTotal").decimalValue());
        assertEquals(explanation, doc.at("/findings/findings/0/explanation/text").asText());
        assertEquals(2, doc.at("/parts/performance/revision").asInt());
        assertEquals(json.asString(), given().get(base(unit) + "/versions/1?format=json").asString());

        var html = given().get(base(unit) + "/versions/1?format=html").then().statusCode(200)
                .contentType(containsString("text/html")).extract();
        String page = html.asString();
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), page);
        // the headline figures under their names, in their units (万元 converted from 元)
        assertTrue(page.contains("<th scope=\"row\">本年支出合计</th><td class=\"num\">358.64</td><td>万元</td>"), page);
        assertTrue(page.contains("<th scope=\"row\" class=\"detail\">项目支出</th><td class=\"num\">350.12</td><td>万元</td>"), page);
        assertTrue(page.contains("<th scope=\"row\">政府购买服务支出</th><td class=\"num\">21.67</td><td>万元</td>"), page);
        assertTrue(page.contains("<th scope=\"row\">部门整体绩效评价得分</th><td class=\"num\">98</td><td>分</td>"), page);
        assertTrue(page.contains("@media print"), page);
        // the findings and their explanations are the data-quality view's, not the published document's
        assertFalse(page.contains(explanation), page);
        assertTrue(page.contains("审查人 李保密") && page.contains("负责人 张部长"), page);
        assertFalse(page.contains("更正说明"), "a first version has no correction note");
        assertEquals(page, given().accept("text/html").get(base(unit) + "/versions/1").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString());
        given().get(base(unit) + "/versions/1?format=docx").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        given().get(base(unit) + "/versions/9?format=html").then().statusCode(404);
    }

    @Test
    void aChangedExplanationIsNewContentAndShowsInTheDiff() throws Exception {
        String unit = Await.unit();
        PartPayload.consistent(PartKind.STATEMENTS, unit, 1).sendWith(events);
        PartPayload.consistent(PartKind.PROCUREMENT, unit, 1).figure("purchasedServicesTotal", "216650.00").sendWith(events);
        PartPayload.consistent(PartKind.PERFORMANCE, unit, 1).sendWith(events);
        Await.get(base(unit), j -> j.getMap("revisions").size() == 3);
        String location = state(unit).getString("blockingFindings[0].location");
        for (int v = 1; v <= 2; v++) {
            String hash = post(unit, "explanations", Map.of("ruleId", "DS-T12-001", "location", location,
                    "text", "说明第 " + v + " 稿", "author", "钱财务")).statusCode(201).extract().path("contentHash");
            post(unit, "approvals", approval(hash)).statusCode(201);
            post(unit, "versions", publish(hash, v == 1 ? null : "改写说明")).statusCode(201).body("version", equalTo(v));
        }
        JsonPath diff = given().get(base(unit) + "/versions/1/diff/2").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), diff.getList("parts"));
        assertEquals(List.of(), diff.getList("headline"));
        assertEquals(List.of(Map.of("ruleId", "DS-T12-001", "location", location, "from", "说明第 1 稿", "to", "说明第 2 稿")),
                diff.getList("explanations"));
    }

    @Inject
    EntityManager em;

    @Test
    void publishedVersionsApprovalsAndExplanationsCannotBeChangedEvenInTheDatabase() throws Exception {
        String unit = Await.unit();
        for (PartKind k : PartKind.values()) {
            PartPayload.consistent(k, unit, 1).sendWith(events);
        }
        Await.get(base(unit), j -> j.getMap("revisions").size() == 3);
        String hash = state(unit).getString("contentHash");
        post(unit, "approvals", approval(hash)).statusCode(201);
        post(unit, "versions", publish(hash, null)).statusCode(201);
        for (String sql : List.of("update disclosure_version set correction_note = 'x' where unit_code = ?1",
                "delete from disclosure_version where unit_code = ?1", "update approval set approver = 'x' where unit_code = ?1",
                "delete from approval where unit_code = ?1", "update rendered_file set content = 'x' where unit_code = ?1",
                "delete from rendered_file where unit_code = ?1")) {
            Exception e = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery(sql).setParameter(1, unit).executeUpdate()), sql);
            assertTrue(rootMessage(e).contains("append-only"), rootMessage(e));
        }
        given().get(base(unit) + "/versions/1").then().statusCode(200).body("contentHash", equalTo(hash));
    }

    static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    @Test
    void badRequestsAreProblemsAndChangeNothing() throws Exception {
        String unit = Await.unit();
        draftWithTheSeedsInconsistencies(unit);
        String hash = state(unit).getString("contentHash");
        // an explanation of a finding that does not exist, or of a FATAL one
        post(unit, "explanations", Map.of("ruleId", "DS-T12-001", "location", "nowhere", "text", "x", "author", "甲"))
                .statusCode(422).body("errors.field", hasItem("/location"));
        post(unit, "explanations", Map.of("ruleId", "DS-P4-001", "location",
                "performance/P/绩效评价项目金额合计/evaluatedProjectAmount", "text", "x", "author", "甲"))
                .statusCode(422).body("detail", containsString("FATAL"));
        // missing, blank, unknown and ill-typed fields
        post(unit, "approvals", Map.of("contentHash", hash, "approver", " ")).statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("/approver")).body("errors.field", hasItem("/signedOff"))
                .body("errors.field", hasItem("/confidentialityReviewer"));
        post(unit, "approvals", Map.of("contentHash", "abc", "approver", "甲", "confidentialityReviewed", true,
                "confidentialityReviewer", "乙", "signedOff", true, "signedOffBy", "丙")).statusCode(422)
                .body("errors[0].field", equalTo("/contentHash"));
        post(unit, "versions", Map.of("contentHash", hash, "publishedBy", "甲", "extra", 1)).statusCode(422)
                .body("errors[0].field", equalTo("/extra"));
        given().contentType(ContentType.JSON).body("{not json").post(base(unit) + "/approvals").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("x").post(base(unit) + "/approvals").then().statusCode(415);
        // unknown disclosure, bad version numbers, a version that does not exist
        post("110102-NOSUCH", "approvals", approval(hash)).statusCode(404);
        given().get(base(unit) + "/versions/0").then().statusCode(400).body("errors[0].field", equalTo("version"));
        given().get(base(unit) + "/versions/1/diff/x").then().statusCode(400).body("errors[0].field", equalTo("other"));
        given().get(base(unit) + "/versions/1").then().statusCode(404).contentType("application/problem+json");
        given().get(base(unit) + "/versions").then().statusCode(200).body("size()", equalTo(0));
        // nothing was recorded
        given().get(base(unit) + "/history").then().statusCode(200).body("size()", equalTo(0));
        JsonPath after = state(unit);
        assertEquals(hash, after.getString("contentHash"));
        assertEquals("DRAFT", after.getString("status"));
        assertNull(after.get("approval"));
    }
}
