package org.fiscaldisclosure.disclosure.portal;

import java.util.Set;
import org.fiscaldisclosure.disclosure.findings.LocatedFinding;

/**
 * Whether a finding's provided/expected/difference are amounts in 元 (then the data-quality view shows them in 万元
 * too) or other numbers (points, percentages, counts), which a finding does not say by itself: the statements'
 * and the cross-part rules compare amounts; the procurement rules too except the shares (…占比); the performance
 * rules only in the money columns of its tables (金额, 年初预算数, 全年预算数, 全年执行数, 预算, 支出, 差额).
 */
final class FindingUnits {

    private static final Set<String> PERFORMANCE_MONEY = Set.of("金额", "年初预算数", "全年预算数", "全年执行数", "预算",
            "支出", "差额", "合计", "基本支出", "项目支出", "其他支出");

    private FindingUnits() {
    }

    static boolean isMoney(LocatedFinding f) {
        String part = f.part() == null ? "" : f.part();
        return switch (part) {
            case "performance" -> LocatedFinding.DISCLOSURE_ORIGIN.equals(f.origin()) || PERFORMANCE_MONEY.contains(f.column());
            case "procurement" -> !(contains(f.row(), "占比") || contains(f.column(), "share") || contains(f.column(), "占比"));
            default -> true;
        };
    }

    private static boolean contains(String s, String part) {
        return s != null && s.contains(part);
    }
}
