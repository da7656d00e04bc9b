package org.fiscaldisclosure.contracts.part.performance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The performance part of a disclosure (第四部分 部门绩效评价情况). */
@Schema(description = "部门整体与项目支出绩效评价")
public record Performance(
        @Schema(description = "部门整体绩效评价") @NotNull @Valid DepartmentEvaluation department,
        @Schema(description = "开展绩效自评的项目") @NotNull @Size(max = 1000) List<@NotNull @Valid EvaluatedProject> projects) {
}
