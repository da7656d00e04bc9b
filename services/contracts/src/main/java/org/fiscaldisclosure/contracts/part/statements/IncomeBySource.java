package org.fiscaldisclosure.contracts.part.statements;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.value.Amount;

/** 表1 收入: the eight sources of 本年收入, in 元. */
public record IncomeBySource(
        @Schema(description = "一般公共预算财政拨款收入") @NotNull Amount generalBudgetAppropriation,
        @Schema(description = "政府性基金预算财政拨款收入") @NotNull Amount governmentFundAppropriation,
        @Schema(description = "国有资本经营预算财政拨款收入") @NotNull Amount stateCapitalAppropriation,
        @Schema(description = "上级补助收入") @NotNull Amount superiorSubsidy,
        @Schema(description = "事业收入") @NotNull Amount businessIncome,
        @Schema(description = "经营收入") @NotNull Amount operatingIncome,
        @Schema(description = "附属单位上缴收入") @NotNull Amount affiliatedRemittance,
        @Schema(description = "其他收入") @NotNull Amount otherIncome) {

    /** 财政拨款收入 = the three appropriation sources. */
    public Amount appropriationTotal() {
        return Amount.sum(List.of(generalBudgetAppropriation, governmentFundAppropriation, stateCapitalAppropriation));
    }

    /** 本年收入合计. */
    public Amount total() {
        return Amount.sum(List.of(generalBudgetAppropriation, governmentFundAppropriation, stateCapitalAppropriation,
                superiorSubsidy, businessIncome, operatingIncome, affiliatedRemittance, otherIncome));
    }
}
