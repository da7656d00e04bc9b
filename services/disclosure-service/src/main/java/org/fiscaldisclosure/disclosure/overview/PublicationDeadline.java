package org.fiscaldisclosure.disclosure.overview;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When a year's disclosure is due: a fixed calendar day of the year after the fiscal year, configured as
 * {@code fiscal.publication.deadline} (MM-dd, default 09-30). The law's rule, 《预算法》第十四条 and 财预〔2016〕143号, is
 * "within twenty days after the finance department's approval (批复)"; the quality views judge a unit that records its
 * 批复 date by that rule (QualityCriteria) and fall back to this day for a unit that records none, as the region
 * summary does: the day by which a region's departments publish in practice (the Beijing 区级 2024 disclosures found
 * were published in September 2025; docs/domain.md §9) — a region sets its own. A disclosure is on time when its first
 * version was published on or before that day, Beijing time.
 */
@ApplicationScoped
public class PublicationDeadline {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @ConfigProperty(name = "fiscal.publication.deadline", defaultValue = "09-30")
    String configured;

    private MonthDay day;

    @PostConstruct
    void parse() {
        try {
            day = MonthDay.parse("--" + configured.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("fiscal.publication.deadline should be MM-dd, e.g. 09-30: " + configured, e);
        }
    }

    /** The configured deadline of a fiscal year's disclosures. */
    public LocalDate of(int fiscalYear) {
        return day.atYear(fiscalYear + 1);
    }

    /** The rule in words, for the pages and the summary. */
    public String rule() {
        return "决算年度次年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日（含）前首次公开，按北京时间计（本地区设定的期限）";
    }

    /** Where a disclosure stands against a deadline, judged today. */
    public static Timeliness judge(LocalDate deadline, Instant firstPublishedAt, LocalDate today) {
        if (firstPublishedAt != null) {
            return firstPublishedAt.atZone(BEIJING).toLocalDate().isAfter(deadline) ? Timeliness.LATE : Timeliness.ON_TIME;
        }
        return today.isAfter(deadline) ? Timeliness.OVERDUE : Timeliness.PENDING;
    }

    public static LocalDate today() {
        return LocalDate.now(BEIJING);
    }

    /** Published on or before the deadline, after it, not published and past it, not published and not yet due. */
    public enum Timeliness {
        ON_TIME, LATE, OVERDUE, PENDING;

        public String label() {
            return switch (this) {
                case ON_TIME -> "按时公开";
                case LATE -> "逾期公开";
                case OVERDUE -> "逾期未公开";
                case PENDING -> "未到期限";
            };
        }
    }
}
