package org.fiscaldisclosure.disclosure.overview;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.disclosure.assembly.Completeness;
import org.fiscaldisclosure.disclosure.publication.PublicationStatus;

/** A row of the disclosure listing, for dashboards and the portal index. */
public record DisclosureSummary(
        String unitCode,
        int fiscalYear,
        String regionCode,
        @Schema(description = "地区名称：行政区划代码目录所列，否则取该地区已发布版本所填（从不取草稿）；都没有时为 null") String regionName,
        String unitName,
        @Schema(description = "三部分是否齐全：COMPLETE | INCOMPLETE") Completeness completeness,
        @Schema(description = "公开状态：DRAFT | APPROVED | PUBLISHED | UPDATED_SINCE_PUBLICATION") PublicationStatus status,
        @Schema(description = "收支总计（元，当前内容的表1 收入总计），未收到决算报表时为 null") BigDecimal grandTotal,
        @Schema(description = "当前内容的未处理问题：FATAL 与未说明的 WARNING") OpenFindings openFindings,
        @Schema(description = "最新公开版本号，未公开时为 null") Integer latestVersion,
        @Schema(description = "首次公开时间（第1版）") Instant firstPublishedAt,
        @Schema(description = "最新版本的公开时间") Instant latestPublishedAt,
        Map<String, Long> revisions,
        @Schema(description = "各部分的主要数字，键见 contracts 的 HeadlineFigure：金额为元（精确到分），smeSharePercent 等比例为百分数，departmentScore 为分，evaluatedProjects 等为个数") Map<String, BigDecimal> headline,
        Instant updatedAt) {

    /** A page of the listing. */
    public record Page(List<DisclosureSummary> items, int page, int size, long total) {
    }
}
