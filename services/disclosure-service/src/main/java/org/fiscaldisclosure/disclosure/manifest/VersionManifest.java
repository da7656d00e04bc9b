package org.fiscaldisclosure.disclosure.manifest;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the signed manifest of a published version states (the JWS payload, UTF-8 JSON, fields in this order): the
 * version, its content hash, the approval it rests on, who published it and when, and every file as served — its
 * SHA-256 over the bytes without any transfer encoding (a gzip-compressed response is checked after decompression) —
 * and the parity report's.
 */
@Schema(description = "签名清单的内容：版本、内容哈希、审批、发布信息和每个文件的 SHA-256")
public record VersionManifest(
        @Schema(description = "清单格式，fiscal-disclosure-manifest/1") String type,
        String unitCode,
        String unitName,
        int fiscalYear,
        int version,
        @Schema(description = "版本地址") String href,
        @Schema(description = "审批所针对的内容哈希（SHA-256）") String contentHash,
        Instant publishedAt,
        String publishedBy,
        String correctionNote,
        Approval approval,
        @Schema(description = "版本的每个文件（五种格式和数据包中的各文件）") List<ManifestFile> files,
        @Schema(description = "数字一致性报告") ManifestFile parityReport,
        @Schema(description = "签名时间（全部文件生成之后）") Instant signedAt) {

    public static final String TYPE = "fiscal-disclosure-manifest/1";

    /** The approval: who approved which content, when, with the 保密审查 and 负责人审签 attestations. */
    public record Approval(long id, String contentHash, String approver, Instant approvedAt, boolean confidentialityReviewed,
                           String confidentialityReviewer, boolean signedOff, String signedOffBy) {
    }

    /**
     * One file as served.
     *
     * @param key    {@code html}, {@code pdf}, …, or {@code files/T3.csv} for a file of the data package
     * @param name   the file name it is offered under
     * @param href   where it is served
     * @param bytes  its length
     * @param sha256 SHA-256 of its bytes, 64 lower-case hex digits
     */
    public record ManifestFile(String key, String name, String href, String mediaType, long bytes, String sha256) {
    }
}
