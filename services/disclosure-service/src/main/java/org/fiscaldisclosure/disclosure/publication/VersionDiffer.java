package org.fiscaldisclosure.disclosure.publication;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.disclosure.findings.ExplanationView;
import org.fiscaldisclosure.disclosure.findings.FindingKey;
import org.fiscaldisclosure.disclosure.published.PublishedDocument;
import org.fiscaldisclosure.disclosure.rules.PartHeadlines;

/** Compares two published documents. */
final class VersionDiffer {

    private VersionDiffer() {
    }

    static VersionDiff diff(PublishedDocument a, PublishedDocument b) {
        return new VersionDiff(a.version(), b.version(), a.contentHash(), b.contentHash(), b.correctionNote(),
                parts(a, b), figures(a, b), explanations(a, b));
    }

    private static List<VersionDiff.PartChange> parts(PublishedDocument a, PublishedDocument b) {
        List<VersionDiff.PartChange> changes = new ArrayList<>();
        for (PartKind kind : PartKind.values()) {
            Long from = a.revisions().get(kind.key());
            Long to = b.revisions().get(kind.key());
            if (!Objects.equals(from, to)) {
                changes.add(new VersionDiff.PartChange(kind.key(), from, to));
            }
        }
        return changes;
    }

    private static List<VersionDiff.FigureChange> figures(PublishedDocument a, PublishedDocument b) {
        List<VersionDiff.FigureChange> changes = new ArrayList<>();
        for (PartKind kind : PartKind.values()) {
            Map<String, BigDecimal> from = PartHeadlines.figures(a.parts().get(kind.key()));
            Map<String, BigDecimal> to = PartHeadlines.figures(b.parts().get(kind.key()));
            Set<String> keys = new LinkedHashSet<>(from.keySet());
            keys.addAll(to.keySet());
            for (String key : keys) {
                BigDecimal x = from.get(key);
                BigDecimal y = to.get(key);
                if (x == null || y == null ? x != y : x.compareTo(y) != 0) {
                    changes.add(new VersionDiff.FigureChange(kind.key(), key, x, y, x == null || y == null ? null : y.subtract(x)));
                }
            }
        }
        return changes;
    }

    private static List<VersionDiff.ExplanationChange> explanations(PublishedDocument a, PublishedDocument b) {
        Map<FindingKey, String> from = texts(a);
        Map<FindingKey, String> to = texts(b);
        Map<FindingKey, Boolean> keys = new TreeMap<>();
        from.keySet().forEach(k -> keys.put(k, true));
        to.keySet().forEach(k -> keys.put(k, true));
        List<VersionDiff.ExplanationChange> changes = new ArrayList<>();
        for (FindingKey k : keys.keySet()) {
            if (!Objects.equals(from.get(k), to.get(k))) {
                changes.add(new VersionDiff.ExplanationChange(k.ruleId(), k.location(), from.get(k), to.get(k)));
            }
        }
        return changes;
    }

    private static Map<FindingKey, String> texts(PublishedDocument d) {
        Map<FindingKey, String> texts = new LinkedHashMap<>();
        for (ExplanationView e : d.findings().explanations()) {
            texts.put(e.key(), e.text());
        }
        return texts;
    }
}
