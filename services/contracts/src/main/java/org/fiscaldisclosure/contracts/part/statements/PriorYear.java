package org.fiscaldisclosure.contracts.part.statements;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The previous year's figures the narrative compares with, and the stated reason of each change. A figure is taken
 * from the previous year's part when the suite holds it; {@code figures} gives it otherwise. Both are objects with the
 * fixed keys of {@link PriorYearFigures} (grandTotal, incomeTotal, expenditureTotal, appropriationGrandTotal,
 * generalBudgetExpenditure, generalBudgetBasic, threePublic, officeOperatingCost); another key is refused.
 */
public record PriorYear(
        @Schema(description = "上年数（元），无上年部分时填报") @NotNull @Valid PriorYearFigures figures,
        @Schema(description = "增减变化的原因") @NotNull @Valid PriorYearReasons reasons) {
}
