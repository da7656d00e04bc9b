package org.fiscaldisclosure.disclosure.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fiscaldisclosure.contracts.document.PartDocument;
import org.fiscaldisclosure.contracts.event.HeadlineFigure;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.disclosure.document.ExactJson;
import org.fiscaldisclosure.disclosure.document.PartDocuments;
import org.fiscaldisclosure.disclosure.overview.DisclosureListing;
import org.fiscaldisclosure.disclosure.overview.DisclosureSummary;
import org.fiscaldisclosure.disclosure.overview.PublicationDeadline;
import org.fiscaldisclosure.disclosure.publication.VersionQueries;
import org.fiscaldisclosure.disclosure.published.PublishedDocument;

/**
 * The inspection criteria ({@link QualityCriteria}) per disclosure and per region and year, computed on request from
 * the published versions: a disclosure is judged by its newest published version, its timeliness by its first. The
 * region's publication day ({@link PublicationDeadline}) is the time limit of a unit without a recorded 批复 date.
 */
@ApplicationScoped
public class QualityReports {

    @Inject
    DisclosureListing listing;

    @Inject
    VersionQueries versions;

    @Inject
    PublicationDeadline deadline;

    @Inject
    ExactJson json;

    /** A disclosure's quality, empty when the suite holds no such disclosure. */
    public Optional<UnitQuality> unit(UnitCode unit, FiscalYear year) {
        return listing.summary(unit, year).map(s -> of(s, PublicationDeadline.today()));
    }

    /** A region's quality for a year, empty when the region has no disclosure that year. */
    public Optional<RegionQuality> region(String region, int year) {
        List<DisclosureSummary> all = listing.all(year, region);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = PublicationDeadline.today();
        List<UnitQuality> units = all.stream().map(s -> of(s, today)).toList();
        Map<QualityCriterion, Map<QualityOutcome, Integer>> counts = new EnumMap<>(QualityCriterion.class);
        for (QualityCriterion c : QualityCriterion.values()) {
            Map<QualityOutcome, Integer> byOutcome = new EnumMap<>(QualityOutcome.class);
            for (QualityOutcome o : QualityOutcome.values()) {
                byOutcome.put(o, 0);
            }
            counts.put(c, byOutcome);
        }
        for (UnitQuality u : units) {
            for (CriterionResult r : u.criteria()) {
                counts.get(r.criterion()).merge(r.outcome(), 1, Integer::sum);
            }
        }
        String name = all.stream().map(DisclosureSummary::regionName).filter(Objects::nonNull).findFirst().orElse(null);
        int late = (int) units.stream().filter(u -> u.timeliness().late()).count();
        return Optional.of(new RegionQuality(region, name, year, units.size(), counts, late, units));
    }

    /** Every disclosure of a region and year, judged (for the feed). */
    public List<UnitQuality> units(String region, int year) {
        LocalDate today = PublicationDeadline.today();
        return listing.all(year, region).stream().map(s -> of(s, today)).toList();
    }

    UnitQuality of(DisclosureSummary s, LocalDate today) {
        UnitCode unit = UnitCode.of(s.unitCode());
        FiscalYear year = FiscalYear.of(s.fiscalYear());
        PublishedDocument d = s.latestVersion() == null ? null : versions.document(unit, year, s.latestVersion());
        LocalDate approvedOn = d == null ? null : QualityCriteria.accountsApprovedOn(d);
        TimelinessResult t = QualityCriteria.timeliness(approvedOn, deadline.of(s.fiscalYear()), s.firstPublishedAt(), today);
        List<CriterionResult> criteria = new ArrayList<>();
        criteria.add(CriterionResult.of(QualityCriterion.TIMELINESS, QualityCriteria.timelinessItems(t)));
        if (d == null) {
            for (QualityCriterion c : List.of(QualityCriterion.COMPLETENESS, QualityCriterion.DETAIL, QualityCriterion.THREE_PUBLIC)) {
                criteria.add(CriterionResult.of(c, List.of(QualityItem.notApplicable(c, "unpublished", "尚未公开"))));
            }
        } else {
            Map<String, PartDocument> documents = PartDocuments.of(d.parts(), json);
            criteria.add(CriterionResult.of(QualityCriterion.COMPLETENESS, QualityCriteria.completeness(documents)));
            criteria.add(CriterionResult.of(QualityCriterion.DETAIL, QualityCriteria.detail(documents)));
            criteria.add(CriterionResult.of(QualityCriterion.THREE_PUBLIC, QualityCriteria.threePublic(d, previousThreePublic(unit, year))));
        }
        int failures = (int) criteria.stream().flatMap(c -> c.items().stream()).filter(i -> i.outcome() == QualityOutcome.FAIL).count();
        return new UnitQuality(s.unitCode(), s.unitName(), s.fiscalYear(), s.regionCode(), s.latestVersion(), s.latestPublishedAt(), t, criteria, failures);
    }

    /** The previous year's 三公 as its newest published version states it, when the suite holds one. */
    private BigDecimal previousThreePublic(UnitCode unit, FiscalYear year) {
        if (year.value() <= FiscalYear.MIN) {
            return null;
        }
        FiscalYear previous = FiscalYear.of(year.value() - 1);
        return listing.summary(unit, previous).filter(p -> p.latestVersion() != null)
                .map(p -> versions.document(unit, previous, p.latestVersion()))
                .map(p -> p.headline() == null ? null : p.headline().get(HeadlineFigure.THREE_PUBLIC_ACTUAL.key()))
                .orElse(null);
    }
}
