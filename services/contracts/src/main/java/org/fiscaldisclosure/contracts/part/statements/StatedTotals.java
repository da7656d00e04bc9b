package org.fiscaldisclosure.contracts.part.statements;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.value.Amount;

/**
 * Totals as the source system or the printed table states them (optional). The service computes every total
 * itself; a stated total that differs is a finding.
 */
public record StatedTotals(
        @Schema(description = "本年收入合计（填报数）") Amount incomeTotal,
        @Schema(description = "本年支出合计（填报数）") Amount expenditureTotal,
        @Schema(description = "收入总计（填报数）") Amount grandIncomeTotal,
        @Schema(description = "支出总计（填报数）") Amount grandExpenditureTotal) {
}
