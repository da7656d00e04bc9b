package org.fiscaldisclosure.contracts.part.performance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.value.Amount;

/** A project with a 项目支出绩效自评表: its 全年执行数 and its self-evaluation score. */
public record EvaluatedProject(
        @Schema(description = "项目编码（可省略）") @Size(max = 64) @Pattern(regexp = "[0-9A-Za-z_-]*") String projectCode,
        @Schema(description = "项目名称") @NotBlank @Size(max = 200) String name,
        @Schema(description = "全年执行数（元）") @NotNull Amount amount,
        @Schema(description = "自评得分（0-100）") @NotNull Score score) {
}
