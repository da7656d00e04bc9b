package org.fiscaldisclosure.disclosure.publication;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.disclosure.published.ApprovalView;
import org.fiscaldisclosure.disclosure.published.PublishedDocument;
import org.fiscaldisclosure.disclosure.rendering.FileStatus;
import org.fiscaldisclosure.disclosure.repository.RenderingTaskEntity;

/** A published version without its content: number, hash, who published and approved it, revisions, headline, files. */
public record VersionSummary(
        int version,
        String contentHash,
        Instant publishedAt,
        String publishedBy,
        String correctionNote,
        ApprovalView approval,
        Map<String, Long> revisions,
        @Schema(description = "各部分的主要数字，键见 contracts 的 HeadlineFigure：金额为元（精确到分），smeSharePercent 等比例为百分数，departmentScore 为分，evaluatedProjects 等为个数") Map<String, BigDecimal> headline,
        String href,
        @Schema(description = "该版本的各格式文件及其状态：公开后依次生成（PENDING），生成后可下载（READY）")
        List<FileStatus> files) {

    public static VersionSummary of(PublishedDocument d, List<FileStatus> files) {
        return new VersionSummary(d.version(), d.contentHash(), d.publishedAt(), d.publishedBy(), d.correctionNote(),
                d.approval(), d.revisions(), d.headline(), href(d.unitCode(), d.fiscalYear(), d.version()), files);
    }

    public VersionSummary withFiles(List<FileStatus> now) {
        return new VersionSummary(version, contentHash, publishedAt, publishedBy, correctionNote, approval, revisions, headline, href, now);
    }

    /** True when no file is still being rendered. */
    public boolean settled() {
        return files.stream().noneMatch(f -> f.state() == RenderingTaskEntity.State.PENDING);
    }

    public static String href(String unitCode, int fiscalYear, int version) {
        return "/api/v1/disclosures/" + unitCode + "/" + fiscalYear + "/versions/" + version;
    }
}
