package org.fiscaldisclosure.contracts.part.performance;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 部门整体绩效评价. */
public record DepartmentEvaluation(
        @Schema(description = "部门整体绩效评价得分（0-100）") @NotNull Score score) {
}
