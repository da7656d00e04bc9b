package org.fiscaldisclosure.producer.part;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fiscaldisclosure.platform.security.UnitGrants;

/**
 * The listing of a part ({@code GET /api/v1/{part}?year=&region=}), narrowed to the units the caller's token grants:
 * a reviewer whose token lists {@code 110108-*} sees the parts of region 110108 only, whatever region it asks for; a
 * token without units (or with {@code *}) sees every unit. The narrowing is part of the query, so pages and the total
 * count only what the caller may see.
 */
@ApplicationScoped
public class PartListing {

    private static final TypeReference<Map<String, BigDecimal>> HEADLINE = new TypeReference<>() {
    };

    @Inject
    ObjectMapper mapper;

    public PartPage list(Integer year, String regionCode, Optional<UnitGrants.Scope> scope, int page, int size) {
        if (scope.isPresent() && scope.get().isEmpty()) {
            return new PartPage(List.of(), page, size, 0);
        }
        StringBuilder q = new StringBuilder("revision > 0");
        Map<String, Object> params = new HashMap<>();
        if (year != null) {
            q.append(" and fiscalYear = :year");
            params.put("year", year);
        }
        if (regionCode != null) {
            q.append(" and regionCode = :region");
            params.put("region", regionCode);
        }
        if (scope.isPresent()) {
            UnitGrants.Scope s = scope.get();
            // an empty "in ()" list is not valid JPQL: a value no code can take stands for none
            q.append(" and (unitCode in :grantedUnits or regionCode in :grantedRegions)");
            params.put("grantedUnits", s.unitCodes().isEmpty() ? List.of("") : List.copyOf(s.unitCodes()));
            params.put("grantedRegions", s.regionCodes().isEmpty() ? List.of("") : List.copyOf(s.regionCodes()));
        }
        var query = PartHead.<PartHead>find(q.toString(), Sort.by("fiscalYear", Sort.Direction.Descending).and("unitCode"), params);
        long total = query.count();
        List<PartPage.Item> items = query.page(Page.of(page, size)).list().stream()
                .map(h -> new PartPage.Item(h.unitCode, h.fiscalYear, h.regionCode, h.revision, h.revisedAt, headline(h.headline)))
                .toList();
        return new PartPage(items, page, size, total);
    }

    private Map<String, BigDecimal> headline(String json) {
        try {
            return mapper.readValue(json, HEADLINE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored headline unreadable", e);
        }
    }
}
