package org.fiscaldisclosure.disclosure.findings;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.Severity;

/**
 * A finding of the whole disclosure: the finding itself, which rules produced it ({@code origin}: the part whose
 * own rules found it, or {@code disclosure} for a cross-part rule), its {@code location} (the address an
 * explanation names) and, for a WARNING, the explanation in force.
 */
public record LocatedFinding(
        String ruleId,
        Severity severity,
        String part,
        String table,
        String row,
        String column,
        @Schema(description = "填报值：金额规则为元（精确到分），得分、比例、数量规则照录其单位（见规则目录）") BigDecimal provided,
        @Schema(description = "应为的值，单位同 provided") BigDecimal expected,
        @Schema(description = "provided − expected，单位同 provided") BigDecimal difference,
        String message,
        @Schema(description = "disclosure（跨部分规则）或提出该问题的部分") String origin,
        @Schema(description = "问题位置：部分/表/行/列（缺项为 -）；说明（explanation）按 ruleId 与 location 对应问题")
        String location,
        ExplanationView explanation) {

    public static final String DISCLOSURE_ORIGIN = "disclosure";

    public static LocatedFinding of(Finding f, String origin, ExplanationView explanation) {
        return new LocatedFinding(f.ruleId(), f.severity(), f.part(), f.table(), f.row(), f.column(), f.provided(),
                f.expected(), f.difference(), f.message(), origin, locationOf(f), explanation);
    }

    /** {@code part/table/row/column}, each missing segment as {@code -}. */
    public static String locationOf(Finding f) {
        return String.join("/", seg(f.part()), seg(f.table()), seg(f.row()), seg(f.column()));
    }

    private static String seg(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    public FindingKey key() {
        return new FindingKey(ruleId, location);
    }

    public Finding finding() {
        return new Finding(ruleId, severity, part, table, row, column, provided, expected, difference, message);
    }

    /** FATAL always blocks publication; a WARNING blocks it until it is explained. */
    public boolean blocksPublication() {
        return severity == Severity.FATAL || (severity == Severity.WARNING && explanation == null);
    }
}
