package org.fiscaldisclosure.disclosure.rendering;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.disclosure.repository.RenderingTaskEntity;

/** Where one file of a published version stands: PENDING until rendered, then READY, or FAILED with the reason. */
public record FileStatus(
        @Schema(description = "格式：json、html、pdf、xlsx、datapackage") String format,
        @Schema(description = "PENDING（生成中）、READY（可下载）、FAILED（生成失败，见 error）") RenderingTaskEntity.State state,
        @Schema(description = "文件地址；PENDING 时请求得到 503 和 Retry-After") String href,
        @Schema(description = "生成完成的时间") Instant renderedAt,
        @Schema(description = "已尝试生成的次数") int attempts,
        @Schema(description = "FAILED 的原因") String error) {

    static FileStatus of(RenderingTaskEntity t, String versionHref) {
        return new FileStatus(t.format, t.state, versionHref + "?format=" + t.format,
                t.state == RenderingTaskEntity.State.READY ? t.finishedAt : null, t.attempts, t.error);
    }
}
