package org.fiscaldisclosure.disclosure.assembly;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.disclosure.repository.DisclosureEntity;

/**
 * The name of a region (行政区划) as the public pages and the region summaries show it, from two sources only, never
 * from a draft: the catalogue of administrative division codes shipped with the service
 * ({@value #CATALOGUE}, from the official code list, see docs/disclosure.md), else the region named by the statements
 * part of the newest <em>published</em> version of a disclosure of that region (approved and published by people who
 * answer for it). A preparer's draft text in 单位基本情况 {@code unit.region} never becomes a public heading.
 */
@ApplicationScoped
public class RegionNames {

    public static final String CATALOGUE = "regions/administrative-divisions.csv";

    private final Map<String, String> catalogue = load();

    /** The name of the region, or empty when neither the catalogue nor a published version names it. */
    public Optional<String> of(String regionCode) {
        if (regionCode == null) {
            return Optional.empty();
        }
        String listed = catalogue.get(regionCode);
        return listed != null ? Optional.of(listed) : published(regionCode);
    }

    /** The catalogue's entries, by code. */
    public Map<String, String> catalogue() {
        return catalogue;
    }

    private static Optional<String> published(String regionCode) {
        List<?> rows = DisclosureEntity.getEntityManager().createNativeQuery(
                        "select v.document -> 'parts' -> ?2 -> 'part' -> 'unit' ->> 'region' from disclosure_version v "
                                + "join disclosure d on d.unit_code = v.unit_code and d.fiscal_year = v.fiscal_year "
                                + "where d.region_code = ?1 and v.document -> 'parts' -> ?2 -> 'part' -> 'unit' ->> 'region' <> '' "
                                + "order by v.published_at desc, v.unit_code limit 1")
                .setParameter(1, regionCode).setParameter(2, PartKind.STATEMENTS.key()).getResultList();
        return rows.stream().map(String.class::cast).filter(s -> !s.isBlank()).findFirst();
    }

    static Map<String, String> load() {
        Map<String, String> names = new LinkedHashMap<>();
        try (InputStream in = RegionNames.class.getClassLoader().getResourceAsStream(CATALOGUE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CATALOGUE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cols = line.split(",", -1);
                if (cols.length != 2 || !cols[0].matches("[0-9]{6}") || cols[1].isBlank()) {
                    throw new IllegalStateException(CATALOGUE + ": malformed line \"" + line + "\"");
                }
                names.put(cols[0], cols[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
