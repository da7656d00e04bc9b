package org.fiscaldisclosure.performance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.platform.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "performance"))
class PerformanceResourceTest {

    @Test
    void theSeedsNineTablesAreStoredAsPublishedWithTheirHeadline() throws Exception {
        String unit = Parts.unit();
        given().contentType(ContentType.JSON).body(Parts.sample()).put(Parts.url(unit)).then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("part.projects", hasSize(9))
                .body("part.projects[7].total.points", equalTo(990))
                .body("part.reports[0].projectCode", equalTo("P01"))
                .body("headline.departmentScore", equalTo(98))
                .body("headline.evaluatedProjects", equalTo(9))
                .body("headline.distinctEvaluatedProjects", equalTo(8))
                .body("headline.evaluatedProjectAmount", equalTo(1064451.00f))
                .body("headline.evaluatedProjectBudget", equalTo(1180801.00f));
        assertEquals(1, OutboxEvent.count("subject = ?1 and type = ?2", unit + "/2024", "fiscal.performance.part.revised.v1"));
    }

    @Test
    void theSeedsDefectsSurfaceAsFindings() throws Exception {
        String unit = Parts.unit();
        JsonPath stored = Parts.putNew(unit, Parts.sample());
        List<Map<String, Object>> findings = stored.getList("validation.findings");
        Map<String, Integer> byRule = new TreeMap<>();
        findings.forEach(f -> byRule.merge((String) f.get("ruleId"), 1, Integer::sum));
        assertEquals(new TreeMap<>(Map.ofEntries(
                Map.entry("PF-PRJ-001", 1), Map.entry("PF-PRJ-002", 1), Map.entry("PF-EXE-001", 1),
                Map.entry("PF-EXE-004", 2), Map.entry("PF-TOT-001", 1), Map.entry("PF-TOT-002", 1),
                Map.entry("PF-IND-002", 7), Map.entry("PF-IND-003", 8), Map.entry("PF-IND-004", 1),
                Map.entry("PF-IND-005", 59), Map.entry("PF-IND-007", 42), Map.entry("PF-IND-008", 8),
                Map.entry("PF-WGT-001", 15), Map.entry("PF-GOL-001", 1), Map.entry("PF-RPT-001", 1),
                // the 部门整体 score of 98 has no 部门整体绩效自评表 behind it
                Map.entry("PF-DEP-007", 1))), byRule);
        assertEquals(3, stored.getInt("validation.fatal"));

        Map<String, Object> total = first(findings, "PF-TOT-001");
        assertEquals("/projects/7", total.get("table"));
        assertEquals("总分", total.get("row"));
        assertEquals(990, total.get("provided"));
        assertEquals(99, total.get("expected"));
        assertEquals(891, total.get("difference"));

        Map<String, Object> copy = first(findings, "PF-PRJ-002");
        assertEquals("/projects/1", copy.get("table"));
        assertEquals("产出指标/时效指标/指标：社区工作者年度招录考试项目", copy.get("row"));
        assertEquals("偏差原因分析及改进措施", copy.get("column"));
        assertTrue(((String) copy.get("message")).contains("更加科学合理"), (String) copy.get("message"));

        Map<String, Object> missing = first(findings, "PF-EXE-001");
        assertEquals("/projects/7", missing.get("table"));
        assertEquals("全年执行数", missing.get("column"));

        Map<String, Object> numbering = first(findings, "PF-IND-004");
        assertEquals("产出指标/数量指标/指标8：各街道2024年度专项指标考评结果分析报告", numbering.get("row"));
        assertEquals(8, numbering.get("provided"));

        Map<String, Object> report = first(findings, "PF-RPT-001");
        assertEquals("/reports/0", report.get("table"));
        assertTrue(((String) report.get("message")).contains("社区工作者岗位教育经费"));

        String csv = given().accept("text/csv").get(Parts.url(unit) + "/findings").then().statusCode(200).extract().asString();
        assertTrue(csv.contains("PF-TOT-001,FATAL,performance,/projects/7,总分,得分,990,99,891,"), csv);
    }

    @Test
    void scoresSetComputedBesideStatedAndGradeBoth() throws Exception {
        String unit = Parts.unit();
        Parts.putNew(unit, Parts.sample());
        given().get(Parts.url(unit) + "/scores").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("profile.id", equalTo("cz-2020-10"))
                .body("department.statedScore", equalTo(98))
                .body("department.grade", equalTo("优"))
                .body("department.executionRatePercent", equalTo(100.00f))
                .body("projects", hasSize(9))
                .body("projects[0].execution.ratePercent", equalTo(100.00f))
                .body("projects[0].execution.computedPoints", equalTo(10))
                .body("projects[7].statedTotal", equalTo(990))
                .body("projects[7].rowsTotal", equalTo(99))
                .body("projects[7].computedTotal", equalTo(99))
                .body("projects[7].unverifiedPoints", equalTo(80))
                .body("projects[7].execution.basis", equalTo("UNVERIFIABLE"))
                .body("projects[7].weights.output", equalTo(60))
                .body("projects[0].indicators[1].basis", equalTo("QUALITATIVE_BAND"))
                .body("projects[0].indicators[1].bandMin", equalTo(8))
                .body("projects[0].indicators[0].basis", equalTo("UNVERIFIABLE"));
    }

    @Test
    void anUnknownProfileIsABadQuery() throws Exception {
        String unit = Parts.unit();
        Parts.putNew(unit, Parts.sample());
        given().get(Parts.url(unit) + "/scores?profile=nope").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("profile"));
        given().get(Parts.url(unit) + "/scores?profile=cz-2020-10").then().statusCode(200)
                .body("profile.id", equalTo("cz-2020-10"));
        given().get(Parts.url(Parts.unit()) + "/scores").then().statusCode(404);
    }

    @Test
    void theScoringProfilesArePublishedAsData() {
        given().get("/api/v1/performance/scoring-profiles").then().statusCode(200)
                .body("id", hasItem("cz-2020-10"))
                .body("find { it.id == 'cz-2020-10' }.weights.output", equalTo(50))
                .body("find { it.id == 'cz-2020-10' }.grades[0].grade", equalTo("优"));
    }

    @Test
    void puttingOneProjectMakesANewRevisionOfThePartAndReplacesBothCopies() throws Exception {
        String unit = Parts.unit();
        ObjectNode part = (ObjectNode) Parts.JSON.readTree(Parts.sample());
        Parts.putNew(unit, part.toString());
        ObjectNode p01 = (ObjectNode) part.get("projects").get(0).deepCopy();
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(p01.toString())
                .put(Parts.url(unit) + "/projects/P01").then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("revision", equalTo(2))
                .body("part.projects", hasSize(8))
                .body("part.projects[0].projectCode", equalTo("P01"))
                .body("part.projects[1].projectCode", equalTo("P02"))
                .body("headline.evaluatedProjects", equalTo(8))
                .body("validation.findings.ruleId", not(hasItem("PF-PRJ-001")));
        // a stale tag changes nothing
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(p01.toString())
                .put(Parts.url(unit) + "/projects/P01").then().statusCode(412)
                .body("errors[0].field", equalTo("If-Match"));
        given().get(Parts.url(unit)).then().header("ETag", "\"2\"");
        given().get(Parts.url(unit) + "/projects/P05").then().statusCode(200)
                .header("ETag", "\"2\"").body("name", equalTo("西城区2024年度街道系统绩效管理考评咨询服务"));
    }

    @Test
    void aProjectWithANewCodeIsAddedAtTheEnd() throws Exception {
        String unit = Parts.unit();
        ObjectNode part = Parts.clean();
        Parts.putNew(unit, part.toString());
        ObjectNode p03 = (ObjectNode) part.get("projects").get(1).deepCopy();
        p03.put("projectCode", "P03").put("name", "新项目");
        given().contentType(ContentType.JSON).body(p03.toString()).put(Parts.url(unit) + "/projects/P03").then()
                .statusCode(200).body("part.projects", hasSize(3)).body("part.projects[2].name", equalTo("新项目"));
        given().get(Parts.url(unit) + "/projects/P09").then().statusCode(404);
    }

    @Test
    void aProjectPutIsRefusedBeforeThePartExistsOrWhenItsCodeDisagrees() throws Exception {
        String unit = Parts.unit();
        ObjectNode part = Parts.clean();
        String p01 = part.get("projects").get(0).toString();
        given().contentType(ContentType.JSON).body(p01).put(Parts.url(unit) + "/projects/P01").then().statusCode(404)
                .contentType("application/problem+json");
        Parts.putNew(unit, part.toString());
        given().contentType(ContentType.JSON).body(p01).put(Parts.url(unit) + "/projects/P02").then().statusCode(422)
                .body("errors[0].field", equalTo("/projectCode"));
        given().contentType(ContentType.JSON).body(p01).put(Parts.url(unit) + "/projects/P.1").then().statusCode(400)
                .body("errors[0].field", equalTo("projectCode"));
        given().contentType(ContentType.JSON).body("{\"projectCode\": \"P01\"}").put(Parts.url(unit) + "/projects/P01")
                .then().statusCode(422).body("errors.field", hasItem("/name"));
        given().get(Parts.url(unit)).then().header("ETag", "\"1\"");
        assertEquals(1, OutboxEvent.count("subject", unit + "/2024"));
    }

    @Test
    void aTotalOf990IsStoredAndReportedNotRefused() throws Exception {
        String unit = Parts.unit();
        ObjectNode part = Parts.clean();
        ((ObjectNode) part.get("projects").get(1).get("total")).put("points", 990);
        Parts.putNew(unit, part.toString());
        given().get(Parts.url(unit) + "/findings").then().statusCode(200)
                .body("findings.ruleId", hasItem("PF-TOT-002"))
                .body("fatal", equalTo(2));
    }

    @Test
    void publishedNamesOfIndicatorLevelsAreReadAsTheirCodes() throws Exception {
        String unit = Parts.unit();
        ObjectNode part = Parts.clean();
        ObjectNode level1 = (ObjectNode) part.get("projects").get(0).get("indicators").get(1);
        level1.put("level1", "效益指标");
        ((ObjectNode) level1.get("groups").get(0)).put("level2", "社会效益");
        JsonPath stored = Parts.putNew(unit, part.toString());
        assertEquals("EFFECT", stored.getString("part.projects[0].indicators[1].level1"));
        assertEquals("SOCIAL", stored.getString("part.projects[0].indicators[1].groups[0].level2"));
        assertEquals(0, stored.getList("validation.findings").size());
    }

    @Test
    void malformedContentIsRefusedAtItsFieldAndNothingIsStored() throws Exception {
        refused(p -> at(p, "/projects/0/funds/total").put("annualBudget", -1), "/projects/0/funds/total/annualBudget", "金额不能为负数");
        refused(p -> at(p, "/projects/0/funds/total").put("annualBudget", 0.001), "/projects/0/funds/total/annualBudget", "金额以元为单位，最多两位小数（分）");
        refused(p -> at(p, "/projects/0").remove("projectCode"), "/projects/0/projectCode", null);
        refused(p -> at(p, "/projects/0").put("colour", "red"), "/projects/0/colour", "未知字段 \"colour\"");
        refused(p -> at(p, "/projects/0/indicators/0/groups/0").put("level2", "FOO"), "/projects/0/indicators/0/groups/0/level2", null);
        refused(p -> at(p, "/projects/0/funds/total").put("executionRate", "百分百"), "/projects/0/funds/total/executionRate", "执行率应为数字加 %，如 100%");
        refused(p -> at(p, "/projects/0/indicators/0/groups/0/indicators/0").set("target", Parts.JSON.createObjectNode()),
                "/projects/0/indicators/0/groups/0/indicators/0/target", "指标值应有原文（text）或数值（value）");
        refused(p -> at(p, "/projects/0/indicators/0/groups/0/indicators/0").put("points", -1),
                "/projects/0/indicators/0/groups/0/indicators/0/points", "分值和得分不能为负数");
        refused(p -> at(p, "/projects/0/indicators/0/groups/0/indicators/0").put("points", "二十"),
                "/projects/0/indicators/0/groups/0/indicators/0/points", null);
        refused(p -> at(p, "/department").put("grade", "甲"), "/department/grade", "评价等级应为 优、良、中、差");
    }

    private static void refused(Consumer<ObjectNode> change, String field, String message) throws Exception {
        String unit = Parts.unit();
        ObjectNode part = Parts.clean();
        change.accept(part);
        var then = given().contentType(ContentType.JSON).body(part.toString()).put(Parts.url(unit)).then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
        if (message != null) {
            then.body("errors[0].message", equalTo(message));
        } else {
            then.body("errors[0].message", not(startsWith(" ")));
        }
        given().get(Parts.url(unit)).then().statusCode(404);
        assertEquals(0, OutboxEvent.count("subject", unit + "/2024"));
    }

    static ObjectNode at(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    private static Map<String, Object> first(List<Map<String, Object>> findings, String ruleId) {
        return findings.stream().filter(f -> ruleId.equals(f.get("ruleId"))).findFirst().orElseThrow();
    }
}
