package org.fiscaldisclosure.contracts.part.statements;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The statements part of a disclosure (部门决算报表 and 决算说明): unit basic information and the tables. */
@Schema(description = "部门决算：单位基本情况与决算报表（金额单位：元）")
public record FinalAccounts(
        @Schema(description = "部门/单位基本情况") @NotNull @Valid UnitInfo unit,
        @Schema(description = "表1 收入支出决算总表") @NotNull @Valid IncomeExpenditureTable table1) {
}
