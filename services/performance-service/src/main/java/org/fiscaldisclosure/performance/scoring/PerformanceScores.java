package org.fiscaldisclosure.performance.scoring;

import java.util.List;

/** Computed against stated scores of a whole performance part, under one profile. */
public record PerformanceScores(ProfileSummary profile, DepartmentScore department, List<ProjectScore> projects) {

    public record ProfileSummary(String id, String name, String basis) {

        static ProfileSummary of(ScoringProfile p) {
            return new ProfileSummary(p.id(), p.name(), p.basis());
        }
    }
}
