package org.fiscaldisclosure.disclosure.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.event.HeadlineFigure;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.disclosure.assembly.RegionNames;
import org.fiscaldisclosure.disclosure.overview.DisclosureListing;
import org.fiscaldisclosure.disclosure.overview.DisclosureSummary;
import org.fiscaldisclosure.disclosure.publication.PublicationStatus;

/**
 * The public search of disclosures: by unit name or code, filtered by year, region, publication status and 单位性质,
 * sorted. A disclosure not published yet is found by its code and listed name with its status only; its figures and
 * 单位性质 are not public (a 单位性质 filter finds published disclosures only). The status needs the current content
 * (its hash against the newest version's), so a status filter costs one assembly per disclosure matching the rest of
 * the query, and a page one per row.
 */
@ApplicationScoped
public class PortalSearch {

    /** Names in the order a Chinese reader expects (the JDK's zh collation: by pinyin), not by code point. */
    static final Comparator<String> CHINESE = new Comparator<>() {
        private final java.text.Collator collator = java.text.Collator.getInstance(Locale.CHINA);

        @Override
        public int compare(String x, String y) {
            synchronized (collator) {
                return collator.compare(x, y);
            }
        }
    };

    @Inject
    PublishedIndex index;

    @Inject
    DisclosureListing listing;

    @Inject
    RegionNames regionNames;

    /** The orders offered. */
    public enum Sort {
        /** Newest year first, then unit code (the default). */
        YEAR,
        /** By unit name, as a Chinese reader orders them (pinyin). */
        NAME,
        /** By unit code, then year. */
        CODE,
        /** 收支总计 of the newest published version, largest first (not published: last). */
        TOTAL,
        /** The newest publication first (not published: last). */
        PUBLISHED;

        public static Sort parse(String text) {
            return text == null || text.isBlank() ? YEAR : valueOf(text.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** A disclosure found. */
    public record Hit(
            String unitCode,
            int fiscalYear,
            String regionCode,
            @Schema(description = "地区名称（行政区划代码目录所列，否则取该地区已公开版本所填），都没有时为 null") String regionName,
            @Schema(description = "单位名称：已公开的取最新公开版本所载") String unitName,
            @Schema(description = "单位性质（最新公开版本所载）：ADMINISTRATIVE、PUBLIC_INSTITUTION、OTHER；未公开时为 null") String kind,
            @Schema(description = "公开状态：DRAFT | APPROVED | PUBLISHED | UPDATED_SINCE_PUBLICATION") PublicationStatus status,
            @Schema(description = "最新公开版本号，未公开时为 null") Integer latestVersion,
            @Schema(description = "最新公开版本的公开时间") Instant latestPublishedAt,
            @Schema(description = "收支总计（元，精确到分），取最新公开版本；未公开时为 null") BigDecimal grandTotal,
            @Schema(description = "该公开在门户上的页面") String portalHref) {
    }

    /** A page of hits. */
    public record Result(
            @Schema(description = "金额单位：元（精确到分）", examples = "元") String amountUnit,
            @Schema(description = "币种（ISO 4217）", examples = "CNY") String currency,
            List<Hit> items, int page, int size,
            @Schema(description = "符合条件的公开总数") long total) {
    }

    /**
     * The disclosures matching every criterion given (each optional), sorted, one page of them.
     *
     * @param kind 单位性质 (a {@code UnitInfo.UnitKind} name) or null
     */
    public Result search(String text, Integer year, String region, PublicationStatus status, String kind, Sort sort, int page, int size) {
        List<PublishedIndex.Entry> entries = new ArrayList<>(index.find(new PublishedIndex.Query(text, year, region, kind, kind != null)));
        Map<PublishedIndex.Entry, PublicationStatus> statuses = new HashMap<>();
        if (status != null) {
            entries.removeIf(e -> status(e, statuses) != status);
        }
        entries.sort(order(sort));
        int from = (int) Math.min((long) page * size, entries.size());
        int to = (int) Math.min((long) from + size, entries.size());
        List<Hit> hits = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (PublishedIndex.Entry e : entries.subList(from, to)) {
            hits.add(new Hit(e.unitCode(), e.fiscalYear(), e.regionCode(),
                    names.computeIfAbsent(e.regionCode(), r -> regionNames.of(r).orElse(null)), e.unitName(), e.kind(),
                    status(e, statuses), e.version(), e.latestPublishedAt(), e.headline().get(HeadlineFigure.GRAND_INCOME_TOTAL.key()),
                    PortalPaths.disclosurePath(e.unitCode(), e.fiscalYear())));
        }
        return new Result(Comparisons.AMOUNT_UNIT, Comparisons.CURRENCY, hits, page, size, entries.size());
    }

    private PublicationStatus status(PublishedIndex.Entry e, Map<PublishedIndex.Entry, PublicationStatus> known) {
        return known.computeIfAbsent(e, x -> listing.summary(UnitCode.of(x.unitCode()), FiscalYear.of(x.fiscalYear()))
                .map(DisclosureSummary::status).orElse(PublicationStatus.DRAFT));
    }

    private static Comparator<PublishedIndex.Entry> order(Sort sort) {
        Comparator<PublishedIndex.Entry> byYearThenCode = Comparator.comparingInt(PublishedIndex.Entry::fiscalYear).reversed()
                .thenComparing(PublishedIndex.Entry::unitCode);
        return switch (sort) {
            case YEAR -> byYearThenCode;
            case NAME -> Comparator.comparing((PublishedIndex.Entry e) -> e.unitName() == null ? e.unitCode() : e.unitName(), CHINESE)
                    .thenComparing(byYearThenCode);
            case CODE -> Comparator.comparing(PublishedIndex.Entry::unitCode).thenComparing(byYearThenCode);
            case TOTAL -> Comparator.comparing((PublishedIndex.Entry e) -> e.headline().get(HeadlineFigure.GRAND_INCOME_TOTAL.key()),
                    Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder())).thenComparing(byYearThenCode);
            case PUBLISHED -> Comparator.comparing(PublishedIndex.Entry::latestPublishedAt,
                    Comparator.nullsLast(Comparator.<Instant>reverseOrder())).thenComparing(byYearThenCode);
        };
    }

    /** The name of a 单位性质 on the pages. */
    public static String kindLabel(String kind) {
        if (kind == null) {
            return "—";
        }
        return switch (kind) {
            case "ADMINISTRATIVE" -> "行政单位";
            case "PUBLIC_INSTITUTION" -> "事业单位";
            case "OTHER" -> "其他";
            default -> kind;
        };
    }
}
