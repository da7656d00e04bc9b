package org.fiscaldisclosure.performance.figures;

import org.fiscaldisclosure.contracts.part.performance.Performance;
import org.fiscaldisclosure.performance.scoring.PerformanceScores;
import org.fiscaldisclosure.performance.scoring.ScoringEngine;
import org.fiscaldisclosure.performance.scoring.ScoringProfile;

/** What the rules look at: the part as entered, the profile it is judged by and the scores computed under it. */
public record Evaluation(Performance part, ScoringProfile profile, PerformanceScores scores) {

    public static Evaluation of(Performance part, ScoringProfile profile) {
        return new Evaluation(part, profile, new ScoringEngine(profile).score(part));
    }
}
