package org.fiscaldisclosure.disclosure.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.disclosure.assembly.Completeness;
import org.fiscaldisclosure.disclosure.publication.PublicationStatus;

/** The disclosures of one region and year, for dashboards: by status, on time or not, and the published sums. */
public record RegionSummary(
        String regionCode,
        @Schema(description = "地区名称：行政区划代码目录所列，否则取该地区已发布版本所填（从不取草稿）；都没有时为 null") String regionName,
        int fiscalYear,
        @Schema(description = "该地区该年度的部门决算公开数") int disclosures,
        @Schema(description = "按公开状态计数（四种状态都列出）") Map<PublicationStatus, Integer> byStatus,
        @Schema(description = "按三部分是否齐全计数") Map<Completeness, Integer> byCompleteness,
        OnTime onTime,
        Published published) {

    /** First publications against the deadline. */
    public record OnTime(
            @Schema(description = "公开期限（含当日，北京时间）") LocalDate deadline,
            @Schema(description = "期限规则") String rule,
            @Schema(description = "configured（配置的规则）或 request（请求参数 deadline）") String deadlineSource,
            @Schema(description = "第1版在期限当日或之前公开") int onTime,
            @Schema(description = "第1版在期限之后公开") int late,
            @Schema(description = "尚未公开且已过期限") int overdue,
            @Schema(description = "尚未公开、未到期限") int pending) {
    }

    /**
     * Sums over the newest published version of each disclosure that has one, from that version's headline figures,
     * in exact 元 (收支总计 = grandIncomeTotal, 三公 = threePublicActual, 政府采购 = procurementTotal).
     */
    public record Published(
            @Schema(description = "有已公开版本的部门决算数") int disclosures,
            @Schema(description = "收支总计合计（元）") BigDecimal grandTotal,
            @Schema(description = "“三公”经费财政拨款决算数合计（元）") BigDecimal threePublic,
            @Schema(description = "政府采购支出总额合计（元）") BigDecimal procurementTotal) {
    }
}
