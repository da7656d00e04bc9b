package org.fiscaldisclosure.disclosure.publication;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What changed from version {@code from} to version {@code to}: the parts whose revision differs, the headline
 * figures that differ (old → new, and new − old), and the explanations that differ. Only changes are listed.
 *
 * @param correctionNote the correction note of version {@code to}
 */
public record VersionDiff(
        int from,
        int to,
        String fromHash,
        String toHash,
        String correctionNote,
        List<PartChange> parts,
        List<FigureChange> headline,
        List<ExplanationChange> explanations) {

    /** A part whose revision differs (null: the part was not in that version). */
    public record PartChange(String part, Long fromRevision, Long toRevision) {
    }

    /** A headline figure that differs (null: not in that version); difference = to − from when both exist. */
    public record FigureChange(
            String part,
            @Schema(description = "主要数字的键（contracts 的 HeadlineFigure）") String key,
            @Schema(description = "第 from 版的数：金额为元（精确到分），比例为百分数、得分为分、数量为个数，见 key") BigDecimal from,
            @Schema(description = "第 to 版的数，单位同 from") BigDecimal to,
            @Schema(description = "to − from，单位同 from") BigDecimal difference) {
    }

    /** An explanation that differs (null: none in force in that version). */
    public record ExplanationChange(String ruleId, String location, String from, String to) {
    }
}
