package org.fiscaldisclosure.disclosure.publication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Publish the approved content as the next version. */
public record PublishRequest(
        @Schema(description = "要公开的内容的哈希，须为当前内容且已审批")
        @NotBlank(message = "不能为空") @Pattern(regexp = ContentHashes.PATTERN, message = "应为 64 位小写十六进制 SHA-256")
        String contentHash,
        @Schema(description = "发布人") @NotBlank(message = "不能为空") @Size(max = 100, message = "最多 100 个字符") String publishedBy,
        @Schema(description = "更正说明：第 2 版起必填，第 1 版不填")
        @Size(max = 4000, message = "最多 4000 个字符") String correctionNote) {
}
