package org.fiscaldisclosure.disclosure.findings;

import java.util.List;
import java.util.Objects;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.Severity;

/**
 * Every finding of a disclosure: the parts' own (as their events carried them) and the cross-part ones, with the
 * counts by severity and how many WARNINGs still lack an explanation.
 */
public record FindingsReport(int fatal, int warning, int info, int unexplainedWarnings, List<LocatedFinding> findings) {

    public FindingsReport {
        findings = List.copyOf(findings);
    }

    public static FindingsReport of(List<LocatedFinding> findings) {
        return new FindingsReport(count(findings, Severity.FATAL), count(findings, Severity.WARNING),
                count(findings, Severity.INFO),
                (int) findings.stream().filter(f -> f.severity() == Severity.WARNING && f.explanation() == null).count(),
                findings);
    }

    private static int count(List<LocatedFinding> findings, Severity s) {
        return (int) findings.stream().filter(f -> f.severity() == s).count();
    }

    /** What stands between this content and publication. */
    public List<LocatedFinding> blocking() {
        return findings.stream().filter(LocatedFinding::blocksPublication).toList();
    }

    /** The explanations in force, one per explained WARNING (sorted by rule id and location). */
    public List<ExplanationView> explanations() {
        return findings.stream().map(LocatedFinding::explanation).filter(Objects::nonNull).distinct()
                .sorted((a, b) -> a.key().compareTo(b.key())).toList();
    }

    public List<Finding> plain() {
        return findings.stream().map(LocatedFinding::finding).toList();
    }
}
