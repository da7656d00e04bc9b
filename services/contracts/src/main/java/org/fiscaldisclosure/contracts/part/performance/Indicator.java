package org.fiscaldisclosure.contracts.part.performance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A 三级指标 row of a 项目支出绩效自评表, as published. */
@Schema(description = "三级指标（一行）")
public record Indicator(
        @Schema(description = "三级指标名称，照表填写（含“指标1：”等编号）") @NotBlank @Size(max = 2000) String name,
        @Schema(description = "年度指标值") @Valid Measure target,
        @Schema(description = "实际完成值") @Valid Measure actual,
        @Schema(description = "分值") @NotNull Score maxPoints,
        @Schema(description = "得分") @NotNull Score points,
        @Schema(description = "偏差原因分析及改进措施") @Size(max = 4000) String deviation) {
}
