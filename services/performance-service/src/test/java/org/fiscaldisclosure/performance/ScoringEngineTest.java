package org.fiscaldisclosure.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.fiscaldisclosure.contracts.part.performance.Grade;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.performance.repository.ScoringProfiles;
import org.fiscaldisclosure.performance.scoring.IndicatorScore;
import org.fiscaldisclosure.performance.scoring.ProjectScore;
import org.fiscaldisclosure.performance.scoring.ScoreBasis;
import org.fiscaldisclosure.performance.scoring.ScoringEngine;
import org.fiscaldisclosure.performance.scoring.ScoringProfile;
import org.junit.jupiter.api.Test;

/** The scoring engine and the profile repository without a server: profiles are data, read from resources. */
class ScoringEngineTest {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    static final ScoringProfiles PROFILES = new ScoringProfiles(JSON,
            List.of("scoring/cz-2020-10.json", "scoring/test-xicheng-2024.json"), "cz-2020-10");
    static final ScoringProfile DEFAULT = PROFILES.defaultProfile();
    static final ScoringProfile STEPS = PROFILES.byId("test-xicheng-2024").orElseThrow();

    /** The clean fixture's first project, changed. */
    static ProjectEvaluation project(java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode p = (ObjectNode) Parts.clean().get("projects").get(0);
        change.accept(p);
        return JSON.treeToValue(p, ProjectEvaluation.class);
    }

    static ObjectNode node(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    static ObjectNode measure(String text, String operator, String value, String unit) {
        ObjectNode m = JSON.createObjectNode().put("text", text);
        if (operator != null) {
            m.put("operator", operator);
        }
        if (value != null) {
            m.put("value", new BigDecimal(value));
        }
        if (unit != null) {
            m.put("unit", unit);
        }
        return m;
    }

    static IndicatorScore first(ScoringProfile profile, ProjectEvaluation p) {
        return new ScoringEngine(profile).score(0, p).indicators().get(0);
    }

    static String quantity = "/indicators/0/groups/0/indicators/0";

    @Test
    void aQuantitativeIndicatorShortOfAnAtLeastTargetScoresBOverA() throws Exception {
        IndicatorScore s = first(DEFAULT, project(p -> node(p, quantity).set("actual", measure("80人", null, "80", "人"))));
        assertEquals(ScoreBasis.QUANTITATIVE, s.basis());
        assertEquals(new BigDecimal("16"), s.computedPoints());
    }

    @Test
    void anAtMostTargetExceededScoresAOverB() throws Exception {
        IndicatorScore s = first(DEFAULT, project(p -> {
            node(p, quantity).set("target", measure("≤10万元", "≤", "10", "万元"));
            node(p, quantity).set("actual", measure("12.5万元", null, "12.5", "万元"));
        }));
        assertEquals(new BigDecimal("16"), s.computedPoints()); // 10 / 12.5 × 20
    }

    @Test
    void aMetTargetScoresFullMarksAndOverAchievementNoMore() throws Exception {
        assertEquals(new BigDecimal("20"), first(DEFAULT, project(p -> { })).computedPoints());
    }

    @Test
    void differentUnitsAndTheWordFinishedCannotBeCompared() throws Exception {
        IndicatorScore units = first(DEFAULT, project(p -> node(p, quantity).set("actual", measure("120次", null, "120", "次"))));
        assertEquals(ScoreBasis.UNVERIFIABLE, units.basis());
        assertNull(units.computedPoints());
        IndicatorScore done = first(DEFAULT, project(p -> node(p, quantity).set("actual", measure("完成", null, null, null))));
        assertEquals(ScoreBasis.UNVERIFIABLE, done.basis());
    }

    @Test
    void aQualitativeIndicatorIsBroughtIntoTheBandItsActualNames() throws Exception {
        ProjectEvaluation p = project(p2 -> {
            node(p2, quantity).set("target", measure("按方案实施", null, null, null));
            node(p2, quantity).set("actual", measure("基本完成", null, null, null));
        });
        IndicatorScore s = first(DEFAULT, p);
        assertEquals(ScoreBasis.QUALITATIVE_BAND, s.basis());
        assertEquals(new BigDecimal("12"), s.bandMin());
        assertEquals(new BigDecimal("16"), s.bandMax());
        assertEquals(new BigDecimal("16"), s.computedPoints()); // stated 20 is above the band
        assertEquals(new BigDecimal("10"), first(STEPS, p).bandMin()); // the other profile's band: 50–90 %
    }

    @Test
    void theExecutionRowScoresTheRateCappedAtItsPointsOrByTheProfilesSteps() throws Exception {
        ProjectEvaluation partly = project(p -> node(p, "/funds/total").put("execution", 95000.00));
        assertEquals(new BigDecimal("9.5"), new ScoringEngine(DEFAULT).score(0, partly).execution().computedPoints());
        assertEquals(new BigDecimal("95.00"), new ScoringEngine(DEFAULT).score(0, partly).execution().ratePercent());
        assertEquals(new BigDecimal("8"), new ScoringEngine(STEPS).score(0, partly).execution().computedPoints());
        ProjectEvaluation over = project(p -> node(p, "/funds/total").put("execution", 120000.00));
        assertEquals(new BigDecimal("10"), new ScoringEngine(DEFAULT).score(0, over).execution().computedPoints());
        ProjectEvaluation blank = project(p -> node(p, "/funds/total").remove("execution"));
        assertEquals(ScoreBasis.UNVERIFIABLE, new ScoringEngine(DEFAULT).score(0, blank).execution().basis());
    }

    @Test
    void totalsCountUnverifiableRowsWithTheirStatedPointsAtMostTheirMaximum() throws Exception {
        ProjectScore s = new ScoringEngine(DEFAULT).score(0, project(p -> {
            node(p, quantity).set("actual", measure("完成", null, null, null));
            node(p, quantity).put("points", 25);
        }));
        assertEquals(new BigDecimal("103"), s.rowsTotal());
        assertEquals(new BigDecimal("98"), s.computedTotal());
        assertEquals(new BigDecimal("20"), s.unverifiedPoints());
        assertEquals(Grade.EXCELLENT, s.computedGrade());
    }

    @Test
    void gradesFollowTheProfilesThresholds() {
        assertEquals(Grade.EXCELLENT, DEFAULT.grade(new BigDecimal("90")));
        assertEquals(Grade.GOOD, DEFAULT.grade(new BigDecimal("89.99")));
        assertEquals(Grade.FAIR, DEFAULT.grade(new BigDecimal("60")));
        assertEquals(Grade.POOR, DEFAULT.grade(new BigDecimal("59.99")));
        assertEquals(Grade.GOOD, STEPS.grade(new BigDecimal("92")));
    }

    @Test
    void aProfileIsChosenByYearAndTheLongestRegionPrefix() {
        assertEquals("test-xicheng-2024", PROFILES.select(2024, "110102").id());
        assertEquals("cz-2020-10", PROFILES.select(2024, "110105").id());
        assertEquals("cz-2020-10", PROFILES.select(2025, "110102").id());
        assertEquals("cz-2020-10", PROFILES.select(2019, "110102").id()); // none covers 2019: the default
    }

    @Test
    void aProfileWhoseWeightsMissTheTotalIsRefusedAtLoading() {
        ObjectNode bad = JSON.valueToTree(DEFAULT);
        ((ObjectNode) bad.get("weights")).put("output", 60);
        assertThrows(IllegalArgumentException.class, () -> {
            try {
                JSON.treeToValue(bad, ScoringProfile.class);
            } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
                throw (RuntimeException) e.getCause();
            }
        });
        assertThrows(IllegalStateException.class, () -> new ScoringProfiles(JSON, List.of("scoring/cz-2020-10.json"), "nope"));
    }
}
