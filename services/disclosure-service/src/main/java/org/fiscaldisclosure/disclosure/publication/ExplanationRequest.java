package org.fiscaldisclosure.disclosure.publication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A written explanation of a WARNING finding, addressed by the finding's rule id and location. */
public record ExplanationRequest(
        @Schema(description = "规则编号，如 DS-T12-001", examples = "DS-T12-001")
        @NotBlank(message = "不能为空") @Size(max = 64, message = "最多 64 个字符") String ruleId,
        @Schema(description = "问题位置，取自 findings 中该问题的 location", examples = "procurement/T12/政府购买服务支出/purchasedServicesTotal")
        @NotBlank(message = "不能为空") @Size(max = 500, message = "最多 500 个字符") String location,
        @Schema(description = "说明文字，随公开内容一并审批和公开")
        @NotBlank(message = "不能为空") @Size(max = 4000, message = "最多 4000 个字符") String text,
        @Schema(description = "说明人（与令牌中的身份一并记入审计记录）")
        @NotBlank(message = "不能为空") @Size(max = 100, message = "最多 100 个字符") String author) {
}
