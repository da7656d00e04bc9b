package org.fiscaldisclosure.statements.classification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fiscaldisclosure.contracts.catalogue.ClassificationScheme;

/**
 * The classification catalogue in force for one year: per scheme, the entries, whether the loaded edition is the
 * whole catalogue of the year ({@link #complete}), and the year-to-year changes (a code of the year before → the code
 * that replaces it). Immutable; made by {@link CatalogueStore} from the shipped entries and the newest loaded editions.
 */
public final class CatalogueView {

    private final int year;
    private final Map<ClassificationScheme, Map<String, ClassificationEntry>> entries;
    private final Set<ClassificationScheme> complete;
    private final Map<ClassificationScheme, Map<String, String>> changes;

    public CatalogueView(int year, Map<ClassificationScheme, Map<String, ClassificationEntry>> entries,
                         Set<ClassificationScheme> complete, Map<ClassificationScheme, Map<String, String>> changes) {
        this.year = year;
        this.entries = Map.copyOf(entries);
        this.complete = Set.copyOf(complete);
        this.changes = Map.copyOf(changes);
    }

    public int year() {
        return year;
    }

    /** The entry of a code in a scheme ({@code func}, {@code econ_gov}, {@code econ_dept}); empty for any other scheme. */
    public Optional<ClassificationEntry> find(String scheme, String code) {
        for (ClassificationScheme s : ClassificationScheme.values()) {
            if (s.key().equals(scheme)) {
                return Optional.ofNullable(entries.getOrDefault(s, Map.of()).get(code));
            }
        }
        return Optional.empty();
    }

    /** Whether the loaded catalogue of the scheme is marked complete (then an unknown code is a WARNING). */
    public boolean complete(String scheme) {
        return complete.contains(ClassificationScheme.of(scheme));
    }

    /** The entries of a scheme (or of every scheme when null), in code order per scheme. */
    public List<ClassificationEntry> list(String scheme) {
        List<ClassificationEntry> out = new ArrayList<>();
        for (ClassificationScheme s : ClassificationScheme.values()) {
            if (scheme == null || s.key().equals(scheme)) {
                out.addAll(entries.getOrDefault(s, Map.of()).values());
            }
        }
        return out;
    }

    /** The changes of a scheme into this year: code of the year before → this year's code. */
    public Map<String, String> changes(String scheme) {
        return changes.getOrDefault(ClassificationScheme.of(scheme), Map.of());
    }

    /**
     * The codes of the year before whose amounts compare with this year's code: the codes the changes map onto it
     * (several when codes were merged), the code itself when no change maps onto it and it was not moved away.
     */
    public List<String> previousCodes(String scheme, String code) {
        Map<String, String> c = changes(scheme);
        List<String> out = new ArrayList<>();
        c.forEach((before, now) -> {
            if (now.equals(code)) {
                out.add(before);
            }
        });
        if (out.isEmpty() && !c.containsKey(code)) {
            out.add(code);
        }
        return out;
    }

    /** A view with the given entries only, complete or not, without changes (tests and shipped data). */
    public static CatalogueView of(int year, List<ClassificationEntry> list, boolean complete) {
        Map<ClassificationScheme, Map<String, ClassificationEntry>> m = new LinkedHashMap<>();
        for (ClassificationEntry c : list) {
            m.computeIfAbsent(ClassificationScheme.of(c.scheme()), s -> new java.util.TreeMap<>()).put(c.code(), c);
        }
        return new CatalogueView(year, m, complete ? Set.of(ClassificationScheme.values()) : Set.of(), Map.of());
    }
}
