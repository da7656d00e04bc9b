package org.fiscaldisclosure.contracts.part.performance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The performance part of a disclosure (第四部分 部门绩效评价情况), entered as published: stated scores, totals and
 * rates are data, and their defects are reported by the rules, never refused.
 */
@Schema(description = "部门整体与项目支出绩效评价（照公开文本录入，缺陷由规则报告）")
public record Performance(
        @Schema(description = "部门整体绩效评价") @NotNull @Valid DepartmentEvaluation department,
        @Schema(description = "项目支出绩效自评表，照公开顺序（重复公布的表照录）") @NotNull @Size(max = 1000) List<@NotNull @Valid ProjectEvaluation> projects,
        @Schema(description = "项目支出绩效评价报告") @Size(max = 1000) List<@NotNull @Valid ProjectReport> reports) {

    public Performance {
        reports = reports == null ? List.of() : reports;
    }
}
