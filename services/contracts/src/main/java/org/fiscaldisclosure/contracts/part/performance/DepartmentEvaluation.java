package org.fiscaldisclosure.contracts.part.performance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 部门整体绩效评价, as published. */
@Schema(description = "部门整体绩效评价")
public record DepartmentEvaluation(
        @Schema(description = "部门概况：机构设置及职责工作任务情况") @Size(max = 20000) String overview,
        @Schema(description = "部门整体绩效目标设立情况") @Size(max = 20000) String performanceGoals,
        @Schema(description = "当年预算执行情况") @Valid DepartmentBudgetExecution budgetExecution,
        @Schema(description = "产出完成情况分析（产出数量、质量、进度、成本）") @Size(max = 50) List<@NotNull @Valid Section> outputs,
        @Schema(description = "效果实现情况分析（社会效益、可持续性影响、服务对象满意度等）") @Size(max = 50) List<@NotNull @Valid Section> effects,
        @Schema(description = "预算管理情况分析（财务管理、资产管理、绩效管理）") @Size(max = 50) List<@NotNull @Valid Section> budgetManagement,
        @Schema(description = "评价得分（所填，照录）") @NotNull Score score,
        @Schema(description = "所填评价等级（未写则省略）") Grade grade,
        @Schema(description = "存在的问题及原因分析") @Size(max = 20000) String problems,
        @Schema(description = "措施建议") @Size(max = 20000) String measures,
        @Schema(description = "部门整体绩效自评表（指标、分值与得分）是否随本公开文件公布；未公布（或未填）时评价得分无从核对，"
                + "给出提示 PF-DEP-007") Boolean selfEvaluationTablePublished) {
}
