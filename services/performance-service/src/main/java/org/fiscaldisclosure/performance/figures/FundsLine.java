package org.fiscaldisclosure.performance.figures;

import java.util.ArrayList;
import java.util.List;
import org.fiscaldisclosure.contracts.part.performance.FundsRow;
import org.fiscaldisclosure.contracts.part.performance.ProjectFunds;

/**
 * A row of a 自评表's 项目资金 block: its name (as findings name the row, after {@code 项目资金/}), its label as the
 * table prints it, and its figures. The rules and the published table both list the rows through {@link #of}.
 */
public record FundsLine(String label, String printed, FundsRow row, boolean total) {

    /** The rows the table fills, 年度资金总额 first; absent rows are skipped. */
    public static List<FundsLine> of(ProjectFunds f) {
        List<FundsLine> rows = new ArrayList<>();
        rows.add(new FundsLine("年度资金总额", "年度资金总额", f.total(), true));
        add(rows, "当年财政拨款", "其中：当年财政拨款", f.currentYearAppropriation());
        add(rows, "上年结转资金", "上年结转资金", f.carriedOver());
        add(rows, "其他资金", "其他资金", f.otherFunds());
        return rows;
    }

    private static void add(List<FundsLine> rows, String label, String printed, FundsRow row) {
        if (row != null) {
            rows.add(new FundsLine(label, printed, row, false));
        }
    }
}
