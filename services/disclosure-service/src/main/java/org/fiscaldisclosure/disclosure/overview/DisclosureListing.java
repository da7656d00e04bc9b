package org.fiscaldisclosure.disclosure.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.fiscaldisclosure.contracts.event.HeadlineFigure;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.disclosure.assembly.AssembledDisclosure;
import org.fiscaldisclosure.disclosure.assembly.Completeness;
import org.fiscaldisclosure.disclosure.assembly.DisclosureQueries;
import org.fiscaldisclosure.disclosure.assembly.RegionNames;
import org.fiscaldisclosure.disclosure.publication.ContentAssembler;
import org.fiscaldisclosure.disclosure.publication.DisclosureContent;
import org.fiscaldisclosure.disclosure.publication.PublicationStatus;
import org.fiscaldisclosure.disclosure.repository.ApprovalEntity;
import org.fiscaldisclosure.disclosure.repository.VersionStamps;
import org.fiscaldisclosure.platform.messaging.PartKey;
import org.fiscaldisclosure.platform.security.UnitGrants;

/**
 * The disclosure listing for dashboards and the portal: each disclosure with its publication status, completeness,
 * 收支总计, open findings and publication dates. The status needs the current content (its hash against the
 * newest version's and the approvals), so a status filter is applied after the content is assembled: a filtered
 * listing costs one assembly per disclosure of the year and region asked for, an unfiltered page one per row.
 */
@ApplicationScoped
public class DisclosureListing {

    /** The headline key of 收支总计 (表1 收入总计 = 支出总计), as the statements part publishes it. */
    public static final String GRAND_TOTAL = HeadlineFigure.GRAND_INCOME_TOTAL.key();

    @Inject
    DisclosureQueries queries;

    @Inject
    ContentAssembler content;

    @Inject
    VersionStamps versions;

    @Inject
    RegionNames regionNames;

    /**
     * A page of the listing, narrowed to {@code scope} (the units the caller's token grants; empty: every unit) before
     * it is paged, so the page and the total count only what the caller may see.
     */
    public DisclosureSummary.Page list(Integer year, String region, PublicationStatus status, Completeness completeness,
                                       Optional<UnitGrants.Scope> scope, int page, int size) {
        List<PartKey> keys = queries.keys(year, region, completeness);
        if (scope.isPresent()) {
            keys = keys.stream().filter(k -> scope.get().contains(k.unitCode(), UnitCode.of(k.unitCode()).regionCode())).toList();
        }
        if (status == null) {
            int from = (int) Math.min((long) page * size, keys.size());
            int to = (int) Math.min((long) from + size, keys.size());
            return new DisclosureSummary.Page(keys.subList(from, to).stream().map(this::summary).flatMap(Optional::stream)
                    .toList(), page, size, keys.size());
        }
        List<DisclosureSummary> matching = keys.stream().map(this::summary).flatMap(Optional::stream)
                .filter(s -> s.status() == status).toList();
        int from = (int) Math.min((long) page * size, matching.size());
        int to = (int) Math.min((long) from + size, matching.size());
        return new DisclosureSummary.Page(matching.subList(from, to), page, size, matching.size());
    }

    /** Every disclosure of a region and year, by unit code. */
    public List<DisclosureSummary> all(int year, String region) {
        return queries.keys(year, region, null).stream().map(this::summary).flatMap(Optional::stream).toList();
    }

    public Optional<DisclosureSummary> summary(PartKey key) {
        return summary(UnitCode.of(key.unitCode()), FiscalYear.of(key.fiscalYear()));
    }

    public Optional<DisclosureSummary> summary(UnitCode unit, FiscalYear year) {
        return content.current(unit, year).map(this::summary);
    }

    DisclosureSummary summary(DisclosureContent c) {
        AssembledDisclosure d = c.assembled();
        List<VersionStamps.Stamp> stamps = versions.of(d.unitCode(), d.fiscalYear());
        Optional<VersionStamps.Stamp> latest = stamps.isEmpty() ? Optional.empty() : Optional.of(stamps.get(stamps.size() - 1));
        boolean approved = ApprovalEntity.latestOf(d.unitCode(), d.fiscalYear(), c.contentHash()).isPresent();
        PublicationStatus status = PublicationStatus.ofHashes(c.contentHash(), latest.map(VersionStamps.Stamp::contentHash), approved);
        return new DisclosureSummary(d.unitCode(), d.fiscalYear(), d.regionCode(), regionNames.of(d.regionCode()).orElse(null), d.unitName(),
                d.completeness(), status, grandTotal(d), OpenFindings.of(c.findings()),
                latest.map(VersionStamps.Stamp::version).orElse(null),
                stamps.isEmpty() ? null : stamps.get(0).publishedAt(),
                latest.map(VersionStamps.Stamp::publishedAt).orElse(null),
                d.revisions(), d.headline(), d.updatedAt());
    }

    private static BigDecimal grandTotal(AssembledDisclosure d) {
        return d.headline().get(GRAND_TOTAL);
    }
}
