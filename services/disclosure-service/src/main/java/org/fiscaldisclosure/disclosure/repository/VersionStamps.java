package org.fiscaldisclosure.disclosure.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Light reads of the published versions, without loading their documents: when each version was published and with
 * which content hash, and the headline figures of the newest version of each disclosure of a region and year (read
 * from the stored document by PostgreSQL, as the exact text of its numbers).
 */
@ApplicationScoped
public class VersionStamps {

    @Inject
    EntityManager em;

    /** A version's number, content hash and publication time. */
    public record Stamp(int version, String contentHash, Instant publishedAt) {
    }

    /** The newest version of one disclosure and its headline figures (the JSON object, as stored). */
    public record LatestHeadline(String unitCode, int version, Instant firstPublishedAt, String headlineJson) {
    }

    /** Every version of a disclosure, oldest first. */
    public List<Stamp> of(String unitCode, int fiscalYear) {
        List<Stamp> stamps = new ArrayList<>();
        for (Object row : em.createNativeQuery("select version, content_hash, published_at from disclosure_version "
                        + "where unit_code = ?1 and fiscal_year = ?2 order by version")
                .setParameter(1, unitCode).setParameter(2, fiscalYear).getResultList()) {
            Object[] c = (Object[]) row;
            stamps.add(new Stamp(((Number) c[0]).intValue(), (String) c[1], instant(c[2])));
        }
        return stamps;
    }

    public Optional<Stamp> latest(String unitCode, int fiscalYear) {
        List<Stamp> all = of(unitCode, fiscalYear);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** For each disclosure of the region and year that has a version: its newest version's headline. */
    public List<LatestHeadline> latestHeadlines(String regionCode, int fiscalYear) {
        List<LatestHeadline> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("select v.unit_code, v.version, f.published_at, (v.document -> 'headline')::text "
                        + "from disclosure_version v join disclosure d on d.unit_code = v.unit_code and d.fiscal_year = v.fiscal_year "
                        + "join disclosure_version f on f.unit_code = v.unit_code and f.fiscal_year = v.fiscal_year and f.version = 1 "
                        + "where d.region_code = ?1 and d.fiscal_year = ?2 and v.version = (select max(w.version) "
                        + "from disclosure_version w where w.unit_code = v.unit_code and w.fiscal_year = v.fiscal_year) "
                        + "order by v.unit_code")
                .setParameter(1, regionCode).setParameter(2, fiscalYear).getResultList()) {
            Object[] c = (Object[]) row;
            out.add(new LatestHeadline((String) c[0], ((Number) c[1]).intValue(), instant(c[2]), (String) c[3]));
        }
        return out;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
