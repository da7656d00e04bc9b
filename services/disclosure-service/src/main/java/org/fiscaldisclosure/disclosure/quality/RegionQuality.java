package org.fiscaldisclosure.disclosure.quality;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The disclosures of a region and year judged by the inspection criteria: counts by criterion and outcome, and each unit. */
public record RegionQuality(
        String regionCode,
        @Schema(description = "地区名称，未知为 null") String regionName,
        int fiscalYear,
        @Schema(description = "该地区该年度的部门决算数") int disclosures,
        @Schema(description = "各准则按结果计数（单位数）：PASS 符合，FAIL 不符合，NOT_APPLICABLE 不适用") Map<QualityCriterion, Map<QualityOutcome, Integer>> byCriterion,
        @Schema(description = "逾期公开或逾期未公开的单位数") int late,
        @Schema(description = "各单位的结果") List<UnitQuality> units) {
}
