package org.fiscaldisclosure.performance.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.performance.scoring.DepartmentScore;
import org.fiscaldisclosure.performance.scoring.PerformanceScores;
import org.fiscaldisclosure.performance.scoring.ProjectScore;

/** Computed against stated scores of one revision of a part. */
@Schema(description = "某一版本的计算得分与所填得分、等级")
public record ScoresView(UnitCode unitCode, FiscalYear fiscalYear, long revision,
                         PerformanceScores.ProfileSummary profile, DepartmentScore department,
                         List<ProjectScore> projects) {

    static ScoresView of(UnitCode unit, FiscalYear year, long revision, PerformanceScores scores) {
        return new ScoresView(unit, year, revision, scores.profile(), scores.department(), scores.projects());
    }
}
