package org.fiscaldisclosure.contracts.part.statements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.value.Amount;

/** 一般公共预算财政拨款 年初预算 of one 类/款/项, and the reason its 决算 differs from it. */
public record BudgetLine(
        @Schema(description = "功能分类科目编码", examples = "20139") @NotBlank @Pattern(regexp = "[0-9]{3}|[0-9]{5}|[0-9]{7}") String code,
        @Schema(description = "年初预算数（元）") @NotNull Amount initialBudget,
        @Schema(description = "决算数与年初预算数不同的原因") @Size(max = 2000) String reason) {
}
