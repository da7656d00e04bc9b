package org.fiscaldisclosure.disclosure.quality;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.disclosure.overview.PublicationDeadline.Timeliness;

/**
 * A disclosure's publication against its time limit.
 *
 * @param basis              ACCOUNTS_APPROVAL: 20 days after the recorded 决算批复 date; REGION_DEADLINE: no 批复 date
 *                           is recorded, the region's publication day applies
 * @param accountsApprovedOn the 决算批复 date the statements part records, or null
 * @param deadline           the last day of the time limit (inclusive, Beijing time)
 * @param firstPublishedAt   when version 1 was published, or null
 * @param status             ON_TIME, LATE, OVERDUE (not published, past the limit) or PENDING (not published, not due)
 * @param rule               the rule in words
 */
public record TimelinessResult(
        @Schema(description = "ACCOUNTS_APPROVAL：按决算批复日期后20日；REGION_DEADLINE：未填批复日期，按地区规定的公开期限") Basis basis,
        @Schema(description = "决算批复日期（决算报表部分所填），未填为 null") LocalDate accountsApprovedOn,
        @Schema(description = "公开期限（含当日，北京时间）") LocalDate deadline,
        @Schema(description = "第1版公开时间，未公开为 null") Instant firstPublishedAt,
        @Schema(description = "ON_TIME | LATE | OVERDUE | PENDING") Timeliness status,
        @Schema(description = "状态名称") String statusLabel,
        @Schema(description = "规则说明") String rule) {

    /** What the time limit is counted from. */
    public enum Basis {
        ACCOUNTS_APPROVAL, REGION_DEADLINE
    }

    /** Late: published after the limit, or not published and past it. */
    public boolean late() {
        return status == Timeliness.LATE || status == Timeliness.OVERDUE;
    }
}
