package org.fiscaldisclosure.contracts.part.performance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 项目资金: 年度资金总额 and its three sources × (年初预算数, 全年预算数, 全年执行数, 执行率), with the 分值 and 得分 of
 * the 预算执行率 row, which the tables print on the 年度资金总额 row.
 */
@Schema(description = "项目资金（万元表格，以元录入）与预算执行率的分值、得分")
public record ProjectFunds(
        @Schema(description = "年度资金总额") @NotNull @Valid FundsRow total,
        @Schema(description = "其中：当年财政拨款") @Valid FundsRow currentYearAppropriation,
        @Schema(description = "上年结转资金") @Valid FundsRow carriedOver,
        @Schema(description = "其他资金") @Valid FundsRow otherFunds,
        @Schema(description = "预算执行率的分值") @NotNull Score maxPoints,
        @Schema(description = "预算执行率的得分（表中空白则省略）") Score points) {
}
