package org.fiscaldisclosure.disclosure.portal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.disclosure.document.ExactJson;

/**
 * Reads for finding and comparing disclosures, from the read model's list of disclosures and the newest
 * <em>published</em> version of each: its unit name, 单位性质 and headline figures are read from the stored version by
 * PostgreSQL (the figures as the exact text of their numbers), never from a draft. A disclosure not published yet has
 * its code, the name its listing shows and nothing else.
 */
@ApplicationScoped
public class PublishedIndex {

    @Inject
    EntityManager em;

    @Inject
    ExactJson json;

    /**
     * A disclosure and its newest published version, if any.
     *
     * @param unitName the published version's unit name, else the listing's
     * @param kind     单位性质 of the published version's statements part (ADMINISTRATIVE, PUBLIC_INSTITUTION, OTHER), or null
     * @param version  the newest published version, or null when nothing is published
     * @param headline that version's headline figures (amounts in exact 元), empty when nothing is published
     */
    public record Entry(String unitCode, int fiscalYear, String regionCode, String unitName, String kind, Integer version,
                        Instant firstPublishedAt, Instant latestPublishedAt, Map<String, BigDecimal> headline) {

        public boolean published() {
            return version != null;
        }
    }

    /** What to look for; every field optional ({@code text} matches the unit's code or name, case-insensitively). */
    public record Query(String text, Integer year, String region, String kind, boolean publishedOnly) {
    }

    /** The disclosures matching the query, by year (newest first), then unit code. */
    public List<Entry> find(Query q) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q.text() != null && !q.text().isBlank()) {
            where.append(" and (strpos(lower(coalesce(v.document ->> 'unitName', d.unit_name, '')), lower(:text)) > 0"
                    + " or strpos(lower(d.unit_code), lower(:text)) > 0)");
            params.put("text", q.text().strip());
        }
        if (q.year() != null) {
            where.append(" and d.fiscal_year = :year");
            params.put("year", q.year());
        }
        if (q.region() != null) {
            where.append(" and d.region_code = :region");
            params.put("region", q.region());
        }
        if (q.kind() != null) {
            where.append(" and v.document -> 'parts' -> :statements -> 'part' -> 'unit' ->> 'kind' = :kind");
            params.put("kind", q.kind());
            params.put("statements", PartKind.STATEMENTS.key());
        }
        if (q.publishedOnly()) {
            where.append(" and v.version is not null");
        }
        return entries(where.toString(), params);
    }

    /** Every published year of a unit, oldest first. */
    public List<Entry> years(String unitCode) {
        List<Entry> all = new ArrayList<>(entries(" where d.unit_code = :unit and v.version is not null", Map.of("unit", unitCode)));
        all.sort(java.util.Comparator.comparingInt(Entry::fiscalYear));
        return all;
    }

    private List<Entry> entries(String where, Map<String, Object> params) {
        var query = em.createNativeQuery("select d.unit_code, d.fiscal_year, d.region_code, d.unit_name, v.version, "
                + "v.document ->> 'unitName', v.document -> 'parts' -> '" + PartKind.STATEMENTS.key() + "' -> 'part' -> 'unit' ->> 'kind', "
                + "(v.document -> 'headline')::text, v.published_at, "
                + "(select f.published_at from disclosure_version f where f.unit_code = d.unit_code and f.fiscal_year = d.fiscal_year "
                + "and f.version = 1) "
                + "from disclosure d left join lateral (select w.version, w.document, w.published_at from disclosure_version w "
                + "where w.unit_code = d.unit_code and w.fiscal_year = d.fiscal_year order by w.version desc limit 1) v on true"
                + where + " order by d.fiscal_year desc, d.unit_code");
        params.forEach(query::setParameter);
        List<Entry> out = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            Integer version = c[4] == null ? null : ((Number) c[4]).intValue();
            String name = c[5] != null && !((String) c[5]).isBlank() ? (String) c[5] : (String) c[3];
            out.add(new Entry((String) c[0], ((Number) c[1]).intValue(), (String) c[2], name, (String) c[6], version,
                    instant(c[9]), instant(c[8]), headline((String) c[7])));
        }
        return out;
    }

    private Map<String, BigDecimal> headline(String text) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        if (text == null) {
            return figures;
        }
        JsonNode node = json.tree(text);
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isNumber()) {
                figures.put(e.getKey(), e.getValue().decimalValue());
            }
        });
        return figures;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
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
