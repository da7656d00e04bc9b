package org.fiscaldisclosure.disclosure.overview;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fiscaldisclosure.contracts.event.HeadlineFigure;
import org.fiscaldisclosure.disclosure.assembly.Completeness;
import org.fiscaldisclosure.disclosure.document.ExactJson;
import org.fiscaldisclosure.disclosure.publication.PublicationStatus;
import org.fiscaldisclosure.disclosure.repository.VersionStamps;

/** Builds the {@link RegionSummary} of a region and year. */
@ApplicationScoped
public class RegionSummaries {

    /** Headline keys summed over the published versions. */
    public static final String GRAND_TOTAL = DisclosureListing.GRAND_TOTAL;
    public static final String THREE_PUBLIC = HeadlineFigure.THREE_PUBLIC_ACTUAL.key();
    public static final String PROCUREMENT = HeadlineFigure.PROCUREMENT_TOTAL.key();
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    @Inject
    DisclosureListing listing;

    @Inject
    VersionStamps versions;

    @Inject
    PublicationDeadline deadlines;

    @Inject
    ExactJson json;

    /** The summary, against the configured deadline or the one given. */
    public RegionSummary of(String region, int year, LocalDate deadline) {
        return of(region, year, listing.all(year, region), deadline);
    }

    /** The summary of disclosures already listed (the portal page shows both). */
    public RegionSummary of(String region, int year, List<DisclosureSummary> all, LocalDate deadline) {
        Map<PublicationStatus, Integer> byStatus = new EnumMap<>(PublicationStatus.class);
        for (PublicationStatus s : PublicationStatus.values()) {
            byStatus.put(s, 0);
        }
        Map<Completeness, Integer> byCompleteness = new EnumMap<>(Completeness.class);
        for (Completeness c : Completeness.values()) {
            byCompleteness.put(c, 0);
        }
        Map<PublicationDeadline.Timeliness, Integer> timeliness = new EnumMap<>(PublicationDeadline.Timeliness.class);
        LocalDate due = deadline != null ? deadline : deadlines.of(year);
        LocalDate today = PublicationDeadline.today();
        for (DisclosureSummary s : all) {
            byStatus.merge(s.status(), 1, Integer::sum);
            byCompleteness.merge(s.completeness(), 1, Integer::sum);
            timeliness.merge(PublicationDeadline.judge(due, s.firstPublishedAt(), today), 1, Integer::sum);
        }
        RegionSummary.OnTime onTime = new RegionSummary.OnTime(due,
                deadline != null ? "按请求参数 deadline=" + deadline + "（含当日，北京时间）" : deadlines.rule(),
                deadline != null ? "request" : "configured",
                count(timeliness, PublicationDeadline.Timeliness.ON_TIME), count(timeliness, PublicationDeadline.Timeliness.LATE),
                count(timeliness, PublicationDeadline.Timeliness.OVERDUE), count(timeliness, PublicationDeadline.Timeliness.PENDING));
        String name = all.stream().map(DisclosureSummary::regionName).filter(Objects::nonNull).findFirst().orElse(null);
        return new RegionSummary(region, name, year, all.size(), byStatus, byCompleteness, onTime, published(region, year));
    }

    private RegionSummary.Published published(String region, int year) {
        BigDecimal grand = ZERO;
        BigDecimal threePublic = ZERO;
        BigDecimal procurement = ZERO;
        List<VersionStamps.LatestHeadline> latest = versions.latestHeadlines(region, year);
        for (VersionStamps.LatestHeadline h : latest) {
            JsonNode headline = json.tree(h.headlineJson() == null ? "{}" : h.headlineJson());
            grand = grand.add(figure(headline, GRAND_TOTAL));
            threePublic = threePublic.add(figure(headline, THREE_PUBLIC));
            procurement = procurement.add(figure(headline, PROCUREMENT));
        }
        return new RegionSummary.Published(latest.size(), grand, threePublic, procurement);
    }

    /** 收支总计 of the newest published version of each disclosure of the region and year that has one, by unit code. */
    public Map<String, BigDecimal> publishedGrandTotals(String region, int year) {
        Map<String, BigDecimal> totals = new java.util.HashMap<>();
        for (VersionStamps.LatestHeadline h : versions.latestHeadlines(region, year)) {
            JsonNode headline = json.tree(h.headlineJson() == null ? "{}" : h.headlineJson());
            JsonNode n = headline.get(GRAND_TOTAL);
            if (n != null && n.isNumber()) {
                totals.put(h.unitCode(), n.decimalValue());
            }
        }
        return totals;
    }

    private static BigDecimal figure(JsonNode headline, String key) {
        JsonNode n = headline.get(key);
        return n != null && n.isNumber() ? n.decimalValue() : BigDecimal.ZERO;
    }

    private static int count(Map<PublicationDeadline.Timeliness, Integer> counts, PublicationDeadline.Timeliness t) {
        return counts.getOrDefault(t, 0);
    }
}
