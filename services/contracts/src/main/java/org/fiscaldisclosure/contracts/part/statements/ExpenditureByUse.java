package org.fiscaldisclosure.contracts.part.statements;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.value.Amount;

/** 表1 支出: 本年支出 by its five uses, in 元. */
public record ExpenditureByUse(
        @Schema(description = "基本支出") @NotNull Amount basic,
        @Schema(description = "项目支出") @NotNull Amount project,
        @Schema(description = "上缴上级支出") @NotNull Amount remittanceToSuperior,
        @Schema(description = "经营支出") @NotNull Amount operating,
        @Schema(description = "对附属单位补助支出") @NotNull Amount subsidyToAffiliated) {

    /** 本年支出合计. */
    public Amount total() {
        return Amount.sum(List.of(basic, project, remittanceToSuperior, operating, subsidyToAffiliated));
    }
}
