package org.fiscaldisclosure.contracts.part.statements;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.value.Amount;

/** 第三部分 其他重要事项 on the statements side: 三公 counts, 机关运行经费, 国有资产占用, 名词解释 of 项 codes. */
public record OtherMatters(
        @Schema(description = "“三公”经费相关数量") @NotNull @Valid ThreePublicCounts threePublicCounts,
        @Schema(description = "机关运行经费支出（元）") @NotNull Amount officeOperatingCost,
        @Schema(description = "国有资产占用情况") @NotNull @Valid AssetHoldings assets,
        @Schema(description = "专业名词解释：本年使用的每个功能分类项级科目的解释，键为7位科目编码")
        @NotNull Map<@NotBlank String, @NotBlank @Size(max = 2000) String> itemExplanations) {
}
