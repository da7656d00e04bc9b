package org.fiscaldisclosure.contracts.part.performance;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.value.Amount;

/** One row of a 自评表's 项目资金 block (amounts in 元; the tables print 万元). */
@Schema(description = "项目资金的一行（金额单位：元）")
public record FundsRow(
        @Schema(description = "年初预算数（元）") Amount initialBudget,
        @Schema(description = "全年预算数（元）") @NotNull Amount annualBudget,
        @Schema(description = "全年执行数（元）；表中空白则省略") Amount execution,
        @Schema(description = "该行所填执行率（照表；空白或“—”则省略）") StatedRate executionRate) {
}
