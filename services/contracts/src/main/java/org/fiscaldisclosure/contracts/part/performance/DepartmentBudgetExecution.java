package org.fiscaldisclosure.contracts.part.performance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 当年预算执行情况 of the department evaluation. */
@Schema(description = "当年预算执行情况")
public record DepartmentBudgetExecution(
        @Schema(description = "全年预算数及构成") @NotNull @Valid BudgetBreakdown budget,
        @Schema(description = "资金总体支出及构成") @NotNull @Valid BudgetBreakdown expenditure,
        @Schema(description = "所填预算执行率") StatedRate executionRate) {
}
