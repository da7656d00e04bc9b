package org.fiscaldisclosure.disclosure.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.event.HeadlineFigure;
import org.fiscaldisclosure.contracts.value.Rounding;
import org.fiscaldisclosure.disclosure.assembly.RegionNames;
import org.fiscaldisclosure.disclosure.publication.VersionSummary;

/**
 * Comparisons for citizens, journalists and dashboards, from the newest published version of each disclosure only: a
 * unit's disclosures across years (each figure with its change from the year before and the change in percent) and
 * the units of a region side by side. Amounts are the published headline figures in exact 元; a change's percentage
 * is {@code (new − old) × 100 / old}, HALF_UP to two decimals, and absent when the old amount is zero or missing.
 */
@ApplicationScoped
public class Comparisons {

    /** The unit of every amount of the comparisons. */
    public static final String AMOUNT_UNIT = "元";
    /** ISO 4217 code of that unit's currency. */
    public static final String CURRENCY = "CNY";

    /** The figures compared, in this order: 收支总计, 基本支出 and 项目支出, 三公, 政府采购, 政府购买服务. */
    public static final List<HeadlineFigure> COMPARED = List.of(HeadlineFigure.GRAND_INCOME_TOTAL, HeadlineFigure.BASIC_EXPENDITURE,
            HeadlineFigure.PROJECT_EXPENDITURE, HeadlineFigure.THREE_PUBLIC_ACTUAL, HeadlineFigure.PROCUREMENT_TOTAL,
            HeadlineFigure.PURCHASED_SERVICES_TOTAL);

    @Inject
    PublishedIndex index;

    @Inject
    RegionNames regionNames;

    /** A compared figure: its key in {@code figures}, its name, the unit of its amounts. */
    public record Figure(
            @Schema(description = "键名，即 figures 中的键", examples = "grandIncomeTotal") String key,
            @Schema(description = "名称", examples = "收支总计") String label,
            @Schema(description = "计量单位：元", examples = "元") String unit) {
    }

    /** One published year of a unit. */
    public record Year(
            int fiscalYear,
            @Schema(description = "比较所用的版本：该年度最新公开版本") int version,
            @Schema(description = "该版本的公开时间") Instant publishedAt,
            @Schema(description = "该版本的地址") String href,
            @Schema(description = "各项数字（元，精确到分），键见 figures；该版本未列的数字不出现") Map<String, BigDecimal> figures) {
    }

    /** A figure's change from one published year to the next published one. */
    public record Change(
            String key,
            int fromYear,
            int toYear,
            @Schema(description = "上一公开年度的数（元）") BigDecimal from,
            @Schema(description = "本年度的数（元）") BigDecimal to,
            @Schema(description = "增减额 = to − from（元）") BigDecimal difference,
            @Schema(description = "增减幅度（%）= difference × 100 / from，四舍五入保留两位小数；from 为 0 时为 null") BigDecimal percent) {
    }

    /** A unit's published disclosures across years. */
    public record UnitAcrossYears(
            String unitCode,
            @Schema(description = "单位名称（最新公开年度所载）") String unitName,
            @Schema(description = "金额单位：元（精确到分）", examples = "元") String amountUnit,
            @Schema(description = "币种（ISO 4217）", examples = "CNY") String currency,
            List<Figure> figures,
            @Schema(description = "有公开版本的各年度，由早到晚") List<Year> years,
            @Schema(description = "相邻两个公开年度之间各项数字的变化（两年都有该数字时）") List<Change> changes) {
    }

    /** A published unit of a region, as compared. */
    public record Unit(
            String unitCode,
            String unitName,
            @Schema(description = "单位性质：ADMINISTRATIVE（行政单位）、PUBLIC_INSTITUTION（事业单位）、OTHER（其他）") String kind,
            int version,
            Instant publishedAt,
            String href,
            @Schema(description = "各项数字（元，精确到分），键见 figures") Map<String, BigDecimal> figures) {
    }

    /** A region's published units of a year side by side. */
    public record RegionUnits(
            String regionCode,
            String regionName,
            int fiscalYear,
            @Schema(description = "金额单位：元（精确到分）", examples = "元") String amountUnit,
            @Schema(description = "币种（ISO 4217）", examples = "CNY") String currency,
            List<Figure> figures,
            @Schema(description = "该地区该年度的部门决算公开数（含未公开的）") int disclosures,
            @Schema(description = "按 sort 排列的已公开单位") List<Unit> units,
            @Schema(description = "已公开单位各项数字之和（元）") Map<String, BigDecimal> totals) {
    }

    /** The compared figures as listed in the answers. */
    public static List<Figure> figures() {
        return COMPARED.stream().map(f -> new Figure(f.key(), label(f), AMOUNT_UNIT)).toList();
    }

    /** The name a compared figure is shown under (表1's 收入总计 = 支出总计 is 收支总计). */
    public static String label(HeadlineFigure f) {
        return f == HeadlineFigure.GRAND_INCOME_TOTAL ? "收支总计" : f == HeadlineFigure.THREE_PUBLIC_ACTUAL ? "“三公”经费" : f.label();
    }

    /** A unit's published years; empty when it has none. */
    public Optional<UnitAcrossYears> acrossYears(String unitCode) {
        List<PublishedIndex.Entry> entries = index.years(unitCode);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        List<Year> years = new ArrayList<>();
        for (PublishedIndex.Entry e : entries) {
            years.add(new Year(e.fiscalYear(), e.version(), e.latestPublishedAt(),
                    VersionSummary.href(e.unitCode(), e.fiscalYear(), e.version()), compared(e.headline())));
        }
        List<Change> changes = new ArrayList<>();
        for (int i = 1; i < years.size(); i++) {
            Year a = years.get(i - 1);
            Year b = years.get(i);
            for (HeadlineFigure f : COMPARED) {
                BigDecimal x = a.figures().get(f.key());
                BigDecimal y = b.figures().get(f.key());
                if (x != null && y != null) {
                    changes.add(new Change(f.key(), a.fiscalYear(), b.fiscalYear(), x, y, y.subtract(x), percent(x, y)));
                }
            }
        }
        String name = entries.get(entries.size() - 1).unitName();
        return Optional.of(new UnitAcrossYears(unitCode, name, AMOUNT_UNIT, CURRENCY, figures(), years, changes));
    }

    /** How a region's units are ordered: by a figure (largest first), by unit code, or by name. */
    public enum Sort {
        FIGURE, CODE, NAME
    }

    /**
     * A region's published units of a year, ordered by {@code sort} ({@code figure} the figure's key when sorting by
     * a figure; units without it last); empty when the region has no disclosure that year.
     */
    public Optional<RegionUnits> region(String regionCode, int year, Sort sort, String figure) {
        List<PublishedIndex.Entry> all = index.find(new PublishedIndex.Query(null, year, regionCode, null, false));
        if (all.isEmpty()) {
            return Optional.empty();
        }
        List<Unit> units = new ArrayList<>();
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (PublishedIndex.Entry e : all) {
            if (!e.published()) {
                continue;
            }
            Map<String, BigDecimal> figures = compared(e.headline());
            figures.forEach((k, v) -> totals.merge(k, v, BigDecimal::add));
            units.add(new Unit(e.unitCode(), e.unitName(), e.kind(), e.version(), e.latestPublishedAt(),
                    VersionSummary.href(e.unitCode(), e.fiscalYear(), e.version()), figures));
        }
        Comparator<Unit> order = switch (sort) {
            case CODE -> Comparator.comparing(Unit::unitCode);
            case NAME -> Comparator.comparing((Unit u) -> u.unitName() == null ? u.unitCode() : u.unitName(), PortalSearch.CHINESE)
                    .thenComparing(Unit::unitCode);
            case FIGURE -> Comparator.comparing((Unit u) -> u.figures().get(figure),
                    Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder())).thenComparing(Unit::unitCode);
        };
        units.sort(order);
        String name = regionNames.of(regionCode).orElse(null);
        return Optional.of(new RegionUnits(regionCode, name, year, AMOUNT_UNIT, CURRENCY, figures(), all.size(), units, totals));
    }

    /** {@code (to − from) × 100 / from}, HALF_UP to two decimals; null when {@code from} is zero. */
    public static BigDecimal percent(BigDecimal from, BigDecimal to) {
        if (from == null || to == null || from.signum() == 0) {
            return null;
        }
        return to.subtract(from).multiply(BigDecimal.valueOf(100)).divide(from.abs(), Rounding.SCALE, Rounding.MODE);
    }

    private static Map<String, BigDecimal> compared(Map<String, BigDecimal> headline) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (HeadlineFigure f : COMPARED) {
            BigDecimal v = headline.get(f.key());
            if (v != null) {
                out.put(f.key(), v);
            }
        }
        return out;
    }
}
