package org.fiscaldisclosure.contracts.part.performance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A titled passage of an evaluation text; nested headings are joined by "/". */
@Schema(description = "报告段落：标题（多级以 / 连接）与正文")
public record Section(
        @Schema(description = "标题，如 \"一、基本情况/（一）项目概况/1.项目背景\"") @NotBlank @Size(max = 500) String heading,
        @Schema(description = "正文") @Size(max = 20000) String text) {
}
