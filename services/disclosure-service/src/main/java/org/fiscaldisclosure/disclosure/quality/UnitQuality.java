package org.fiscaldisclosure.disclosure.quality;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A disclosure judged by the inspection criteria, from its newest published version (timeliness from its first).
 * A disclosure not yet published has only its timeliness; the other criteria are NOT_APPLICABLE.
 */
public record UnitQuality(
        String unitCode,
        @Schema(description = "单位名称") String unitName,
        int fiscalYear,
        @Schema(description = "地区（6位行政区划代码）") String regionCode,
        @Schema(description = "所评的公开版本（最新公开版本），未公开为 null") Integer version,
        @Schema(description = "该版本的公开时间，未公开为 null") java.time.Instant publishedAt,
        TimelinessResult timeliness,
        @Schema(description = "四项准则的结果：及时性、完整性、细化程度、“三公”经费变动说明") List<CriterionResult> criteria,
        @Schema(description = "不符合的项数") int failures) {
}
