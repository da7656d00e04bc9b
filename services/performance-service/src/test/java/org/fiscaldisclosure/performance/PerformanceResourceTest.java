package org.fiscaldisclosure.performance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.support.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "performance"))
class PerformanceResourceTest {

    static String sample() throws Exception {
        return Files.readString(Path.of("../../sample/110102-SWD/2024/performance.json"));
    }

    static String url(String unit) {
        return "/api/v1/performance/" + unit + "/2024";
    }

    static String unit() {
        return "110102-F" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void theSeedsEightEvaluatedProjectsAndDepartmentScoreAreStored() throws Exception {
        String unit = unit();
        given().contentType(ContentType.JSON).body(sample()).put(url(unit)).then().statusCode(201)
                .body("part.projects", hasSize(8))
                .body("headline.departmentScore", equalTo(98))
                .body("headline.evaluatedProjects", equalTo(8))
                .body("headline.evaluatedProjectAmount", equalTo(1180801.00f))
                .body("validation.findings", hasSize(0));
        assertEquals(1, OutboxEvent.count("subject = ?1 and type = ?2", unit + "/2024", "fiscal.performance.part.revised.v1"));
    }

    @Test
    void aProjectEvaluatedTwiceIsAWarning() throws Exception {
        String unit = unit();
        String twice = sample().replace("\"projects\": [", "\"projects\": [\n    { \"name\": \"社区工作者岗位教育经费\", \"amount\": 513099.00, \"score\": 99 },");
        given().contentType(ContentType.JSON).body(twice).put(url(unit)).then().statusCode(201)
                .body("validation.warning", equalTo(1))
                .body("validation.findings[0].ruleId", equalTo("PF-PRJ-001"))
                .body("validation.findings[0].row", equalTo("projects/1"));
    }

    @Test
    void aScoreAbove100IsRefusedAtItsField() throws Exception {
        String unit = unit();
        // the seed publishes 990 for one project's 总分: a typo that must never be stored
        String typo = sample().replace("\"amount\": 116350.00, \"score\": 99", "\"amount\": 116350.00, \"score\": 990");
        given().contentType(ContentType.JSON).body(typo).put(url(unit)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("/projects/6/score"))
                .body("errors[0].message", equalTo("得分应在 0 至 100 之间"));
        given().get(url(unit)).then().statusCode(404);
        assertEquals(0, OutboxEvent.count("subject", unit + "/2024"));
    }

    @Test
    void aProjectWithoutANameIsRefused() throws Exception {
        String unit = unit();
        given().contentType(ContentType.JSON)
                .body("{\"department\": {\"score\": 98}, \"projects\": [{\"name\": \" \", \"amount\": 1, \"score\": 90}, null]}")
                .put(url(unit)).then().statusCode(422)
                .body("errors.field", hasItem("/projects/0/name"))
                .body("errors.field", hasItem("/projects/1"));
    }

    @Test
    void theRuleCatalogueIsPublished() {
        given().get("/api/v1/performance/rules").then().statusCode(200)
                .body("id", equalTo(List.of("PF-PRJ-001")));
    }
}
