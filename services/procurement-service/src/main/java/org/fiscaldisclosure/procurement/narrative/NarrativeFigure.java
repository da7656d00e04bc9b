package org.fiscaldisclosure.procurement.narrative;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A figure as the text states it.
 *
 * @param value as printed (万元 rounded HALF_UP to two decimals, or a percentage rounded HALF_UP to two decimals)
 * @param yuan  the exact amount behind a 万元 figure; null for a percentage
 */
public record NarrativeFigure(
        @Schema(description = "名称，如 政府采购支出总额") String name,
        @Schema(description = "所在表，如 T11") String table,
        @Schema(description = "文中的数值") BigDecimal value,
        @Schema(description = "单位：万元 或 %") String unit,
        @Schema(description = "万元数对应的精确金额（元）；百分比为空") BigDecimal yuan) {
}
