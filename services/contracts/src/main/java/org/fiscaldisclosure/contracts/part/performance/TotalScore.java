package org.fiscaldisclosure.contracts.part.performance;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The 总分 row as printed: its 分值 (100) and the stated 得分. */
@Schema(description = "总分行：分值与所填得分")
public record TotalScore(
        @Schema(description = "总分的分值（通常 100）") @NotNull Score maxPoints,
        @Schema(description = "所填总分（照表，如 990 也照录）") @NotNull Score points) {
}
