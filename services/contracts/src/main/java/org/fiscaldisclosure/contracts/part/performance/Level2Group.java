package org.fiscaldisclosure.contracts.part.performance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The 三级指标 rows under one 二级指标. */
@Schema(description = "一个二级指标及其三级指标")
public record Level2Group(
        @Schema(description = "二级指标") @NotNull IndicatorLevel2 level2,
        @Schema(description = "三级指标，照表顺序") @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid Indicator> indicators) {
}
