package org.fiscaldisclosure.contracts.part.statements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.value.Amount;

/**
 * The previous year's figures the narrative compares with, and the stated reason of each change. A figure is taken
 * from the previous year's part when the suite holds it; {@code figures} gives it otherwise. Keys are the narrative's
 * figure keys (grandTotal, incomeTotal, expenditureTotal, appropriationGrandTotal, generalBudgetExpenditure,
 * generalBudgetBasic, threePublic, officeOperatingCost).
 */
public record PriorYear(
        @Schema(description = "上年数（元），无上年部分时填报") @NotNull Map<@NotBlank String, @NotNull Amount> figures,
        @Schema(description = "增减变化的原因") @NotNull Map<@NotBlank String, @NotBlank @Size(max = 2000) String> reasons) {
}
