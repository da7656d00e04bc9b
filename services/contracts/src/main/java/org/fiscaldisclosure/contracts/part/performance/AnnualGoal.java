package org.fiscaldisclosure.contracts.part.performance;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 年度总体目标. */
@Schema(description = "年度总体目标")
public record AnnualGoal(
        @Schema(description = "预期目标") @Size(max = 4000) String expected,
        @Schema(description = "实际完成情况") @Size(max = 4000) String actual) {
}
