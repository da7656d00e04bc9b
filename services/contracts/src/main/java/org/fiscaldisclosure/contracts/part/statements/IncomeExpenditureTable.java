package org.fiscaldisclosure.contracts.part.statements;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.value.Amount;

/** 表1 收入支出决算总表, in 元. */
public record IncomeExpenditureTable(
        @Schema(description = "本年收入，按八项来源") @NotNull @Valid IncomeBySource income,
        @Schema(description = "使用非财政拨款结余（可省略，视为0）") Amount useOfNonAppropriationBalance,
        @Schema(description = "年初结转和结余") @NotNull Amount carryOverAtStart,
        @Schema(description = "本年支出，按五项用途") @NotNull @Valid ExpenditureByUse expenditure,
        @Schema(description = "结余分配（可省略，视为0）") Amount balanceDistribution,
        @Schema(description = "年末结转和结余") @NotNull Amount carryOverAtEnd,
        @Schema(description = "填报的合计数（可省略）") @Valid StatedTotals stated) {

    /** 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余. */
    public Amount grandIncomeTotal() {
        return income.total().plus(useOfNonAppropriationBalance).plus(carryOverAtStart);
    }

    /** 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余. */
    public Amount grandExpenditureTotal() {
        return expenditure.total().plus(balanceDistribution).plus(carryOverAtEnd);
    }
}
