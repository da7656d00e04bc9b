package org.fiscaldisclosure.contracts.part.performance;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.value.Amount;

/** An amount and its split by 基本支出, 项目支出 and 其他支出 (元). */
@Schema(description = "金额及其按基本、项目、其他支出的构成（元）")
public record BudgetBreakdown(
        @Schema(description = "合计（元，照文填写）") Amount total,
        @Schema(description = "基本支出（元）") @NotNull Amount basic,
        @Schema(description = "项目支出（元）") @NotNull Amount project,
        @Schema(description = "其他支出（元，未写则为 0）") Amount other) {
}
