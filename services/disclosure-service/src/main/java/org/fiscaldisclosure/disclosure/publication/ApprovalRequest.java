package org.fiscaldisclosure.disclosure.publication;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reviewer's approval of one exact content (its hash, as {@code GET …/publication} shows it), with the two
 * attestations the publication of a 部门决算 needs: 保密审查 (the content was reviewed for state secrets) and
 * 负责人审签 (the unit's head signed it off).
 */
public record ApprovalRequest(
        @Schema(description = "所审批内容的哈希（SHA-256，64位十六进制）")
        @NotBlank(message = "不能为空") @Pattern(regexp = ContentHashes.PATTERN, message = "应为 64 位小写十六进制 SHA-256")
        String contentHash,
        @Schema(description = "审批人") @NotBlank(message = "不能为空") @Size(max = 100, message = "最多 100 个字符") String approver,
        @Schema(description = "保密审查已通过") @NotNull(message = "须明确填写") @AssertTrue(message = "未通过保密审查的内容不能审批")
        Boolean confidentialityReviewed,
        @Schema(description = "保密审查人") @NotBlank(message = "不能为空") @Size(max = 100, message = "最多 100 个字符")
        String confidentialityReviewer,
        @Schema(description = "负责人已审签") @NotNull(message = "须明确填写") @AssertTrue(message = "未经负责人审签的内容不能审批")
        Boolean signedOff,
        @Schema(description = "审签负责人") @NotBlank(message = "不能为空") @Size(max = 100, message = "最多 100 个字符")
        String signedOffBy) {
}
