package org.fiscaldisclosure.disclosure.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.disclosure.document.ExactJson;
import org.fiscaldisclosure.disclosure.repository.DisclosureEntity;
import org.fiscaldisclosure.disclosure.repository.DisclosurePartEntity;
import org.fiscaldisclosure.platform.messaging.PartKey;

/** Reads of the read model: the assembled disclosure and the listing. */
@ApplicationScoped
public class DisclosureQueries {

    @Inject
    ExactJson json;

    @Inject
    RegionNames regionNames;

    public Optional<AssembledDisclosure> assembled(UnitCode unit, FiscalYear year) {
        DisclosureEntity d = DisclosureEntity.findById(new PartKey(unit.value(), year.value()));
        if (d == null) {
            return Optional.empty();
        }
        List<DisclosurePartEntity> parts = partsOf(d);
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (DisclosurePartEntity p : parts) {
            documents.put(p.part, tree(p.document));
        }
        return Optional.of(new AssembledDisclosure(d.unitCode, d.fiscalYear, d.regionCode, d.unitName,
                completeness(parts), missing(parts), revisions(parts), headline(documents.values()), documents, d.updatedAt));
    }

    /**
     * The disclosures matching the filters (each optional), newest year first, then by unit code. Completeness is
     * filtered in SQL (how many parts the read model holds); the publication status needs the content and is
     * filtered by {@code overview.DisclosureListing}.
     */
    public List<PartKey> keys(Integer year, String region, Completeness completeness) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (year != null) {
            where.append(" and d.fiscal_year = :year");
            params.put("year", year);
        }
        if (region != null) {
            where.append(" and d.region_code = :region");
            params.put("region", region);
        }
        String having = completeness == null ? "" : completeness == Completeness.COMPLETE
                ? " having count(p.part) = " + PartKind.values().length
                : " having count(p.part) < " + PartKind.values().length;
        var query = DisclosureEntity.getEntityManager().createNativeQuery(
                "select d.unit_code, d.fiscal_year from disclosure d left join disclosure_part p "
                        + "on p.unit_code = d.unit_code and p.fiscal_year = d.fiscal_year" + where
                        + " group by d.unit_code, d.fiscal_year" + having + " order by d.fiscal_year desc, d.unit_code");
        params.forEach(query::setParameter);
        List<PartKey> keys = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cols = (Object[]) row;
            keys.add(new PartKey((String) cols[0], ((Number) cols[1]).intValue()));
        }
        return keys;
    }

    /** A region and year that has disclosures, with the region's name ({@link RegionNames}: never a draft's). */
    public record RegionYear(String regionCode, String regionName, int fiscalYear, int disclosures) {
    }

    /** Every region and year with disclosures, newest year first, then by region code. */
    public List<RegionYear> regionYears() {
        List<RegionYear> out = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (Object row : DisclosureEntity.getEntityManager().createNativeQuery(
                "select d.region_code, d.fiscal_year, count(*) from disclosure d "
                        + "group by d.region_code, d.fiscal_year order by d.fiscal_year desc, d.region_code").getResultList()) {
            Object[] c = (Object[]) row;
            String region = (String) c[0];
            out.add(new RegionYear(region, names.computeIfAbsent(region, r -> regionNames.of(r).orElse(null)),
                    ((Number) c[1]).intValue(), ((Number) c[2]).intValue()));
        }
        return out;
    }

    private static List<DisclosurePartEntity> partsOf(DisclosureEntity d) {
        return DisclosurePartEntity.list("unitCode = ?1 and fiscalYear = ?2 order by part", d.unitCode, d.fiscalYear);
    }

    private static Completeness completeness(List<DisclosurePartEntity> parts) {
        return parts.size() == PartKind.values().length ? Completeness.COMPLETE : Completeness.INCOMPLETE;
    }

    private static List<String> missing(List<DisclosurePartEntity> parts) {
        List<String> missing = new ArrayList<>();
        for (PartKind k : PartKind.values()) {
            if (parts.stream().noneMatch(p -> p.part.equals(k.key()))) {
                missing.add(k.key());
            }
        }
        return missing;
    }

    private static Map<String, Long> revisions(List<DisclosurePartEntity> parts) {
        Map<String, Long> r = new LinkedHashMap<>();
        parts.forEach(p -> r.put(p.part, p.revision));
        return r;
    }

    private static Map<String, BigDecimal> headline(Iterable<JsonNode> documents) {
        Map<String, BigDecimal> h = new LinkedHashMap<>();
        for (JsonNode doc : documents) {
            doc.path("headline").fields().forEachRemaining(e -> h.put(e.getKey(), e.getValue().decimalValue()));
        }
        return h;
    }

    private JsonNode tree(String document) {
        return json.tree(document);
    }
}
