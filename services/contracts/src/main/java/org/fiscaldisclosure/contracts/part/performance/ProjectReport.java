package org.fiscaldisclosure.contracts.part.performance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A 项目支出绩效评价报告: its sections as published and its 项目预算支出明细. */
@Schema(description = "项目支出绩效评价报告")
public record ProjectReport(
        @Schema(description = "所评价项目的编码（对应自评表）", examples = "P01")
        @NotBlank @Size(max = 64) @Pattern(regexp = ProjectEvaluation.PROJECT_CODE) String projectCode,
        @Schema(description = "资金投入和使用情况：项目预算支出明细") @Size(max = 100) List<@NotNull @Valid ReportFundsLine> funds,
        @Schema(description = "报告各部分，照报告顺序") @Size(max = 200) List<@NotNull @Valid Section> sections) {
}
