package org.fiscaldisclosure.contracts.part.performance;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.value.Amount;

/** A line of a report's 项目预算支出明细 (资金投入和使用情况): 预算, 支出 and the stated 差额, in 元. */
@Schema(description = "项目预算支出明细的一行（元）")
public record ReportFundsLine(
        @Schema(description = "项目名称（照报告）") @NotBlank @Size(max = 200) String projectName,
        @Schema(description = "预算（元）") @NotNull Amount budget,
        @Schema(description = "支出（元）") @NotNull Amount expenditure,
        @Schema(description = "所填差额（元，可为负）") @Digits(integer = 15, fraction = 2) BigDecimal difference) {
}
