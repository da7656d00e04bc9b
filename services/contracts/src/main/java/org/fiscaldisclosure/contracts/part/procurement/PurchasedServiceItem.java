package org.fiscaldisclosure.contracts.part.procurement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.value.Amount;

/** One row of 表12 政府购买服务决算公开情况表. */
@Schema(description = "政府购买服务项目（表12的一行）")
public record PurchasedServiceItem(
        @Schema(description = "项目名称（购买服务内容）") @NotBlank @Size(max = 200) String project,
        @Schema(description = "所属预算项目编码（可省略）") @Size(max = 64) String projectCode,
        @Schema(description = "政府购买服务指导性目录类别，各级目录以“/”分隔") @NotBlank @Size(max = 200) String catalogueCategory,
        @Schema(description = "承接主体（可省略）") @Size(max = 200) String provider,
        @Schema(description = "资金来源") @NotNull FundingSource fundingSource,
        @Schema(description = "决算金额（元）") @NotNull Amount amount) {
}
