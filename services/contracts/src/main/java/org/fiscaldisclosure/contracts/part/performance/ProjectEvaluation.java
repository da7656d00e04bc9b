package org.fiscaldisclosure.contracts.part.performance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One 项目支出绩效自评表, entered as published. A table published twice is entered twice, with the same code. */
@Schema(description = "项目支出绩效自评表（照表录入；同一项目重复公布的表照录两次，项目编码相同）")
public record ProjectEvaluation(
        @Schema(description = "项目编码（本系统内的稳定编码，如 P01）", examples = "P01")
        @NotBlank @Size(max = 64) @Pattern(regexp = PROJECT_CODE) String projectCode,
        @Schema(description = "项目名称") @NotBlank @Size(max = 200) String name,
        @Schema(description = "项目资金") @NotNull @Valid ProjectFunds funds,
        @Schema(description = "年度总体目标") @Valid AnnualGoal goal,
        @Schema(description = "绩效指标：一级 → 二级 → 三级，照表顺序") @NotNull @Size(max = 10) List<@NotNull @Valid Level1Group> indicators,
        @Schema(description = "总分") @NotNull @Valid TotalScore total) {

    public static final String PROJECT_CODE = "[0-9A-Za-z_-]+";
}
