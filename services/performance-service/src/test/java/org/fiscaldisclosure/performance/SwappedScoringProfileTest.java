package org.fiscaldisclosure.performance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/**
 * The scoring profile is data: adding a profile for 西城区 2024 (weights 10/40/40/10, grades at 95/85/70) by
 * configuration changes the scores, the grades and the findings of that region and year only.
 */
@QuarkusTest
@TestProfile(SwappedScoringProfileTest.Xicheng2024.class)
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "performance"))
class SwappedScoringProfileTest {

    public static class Xicheng2024 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fiscal.performance.scoring.profiles", "scoring/cz-2020-10.json,scoring/test-xicheng-2024.json");
        }
    }

    @Test
    void bothProfilesAreListed() {
        given().get("/api/v1/performance/scoring-profiles").then().statusCode(200)
                .body("id", containsInAnyOrder("cz-2020-10", "test-xicheng-2024"));
    }

    @Test
    void aXichengPartOf2024IsJudgedAndScoredByItsOwnProfile() throws Exception {
        String unit = Parts.unit(); // 110102-…
        Parts.putNew(unit, Parts.clean().toString());
        given().get(Parts.url(unit) + "/findings").then().statusCode(200)
                .body("findings.ruleId", hasItem("PF-WGT-001"))   // 产出 50 and 效益 30 are not this profile's 40/40
                .body("findings.ruleId", hasItem("PF-DEP-005"));  // 92 is 良 here, the part says 优
        given().get(Parts.url(unit) + "/scores").then().statusCode(200)
                .body("profile.id", equalTo("test-xicheng-2024"))
                .body("department.grade", equalTo("良"));
        given().get(Parts.url(unit) + "/scores?profile=cz-2020-10").then().statusCode(200)
                .body("department.grade", equalTo("优"));
    }

    @Test
    void anotherRegionKeepsTheDefaultProfile() throws Exception {
        String unit = "110105-F" + Parts.unit().substring(8);
        Parts.putNew(unit, Parts.clean().toString());
        given().get(Parts.url(unit) + "/findings").then().statusCode(200).body("findings", hasSize(0));
        given().get(Parts.url(unit) + "/scores").then().statusCode(200).body("profile.id", equalTo("cz-2020-10"));
    }
}
