package org.fiscaldisclosure.testdata;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fiscaldisclosure.contracts.part.statements.StatementRow;
import org.fiscaldisclosure.contracts.part.statements.StatementTable;
import org.fiscaldisclosure.contracts.part.statements.ThreePublicCounts;

/** Table 10 (“三公”经费): 预算数 and 决算数 per item, the totals their sums, and the counts beside them. */
record ThreePublic(long[] budget, long[] actual, ThreePublicCounts counts) {

    // abroad, vehiclePurchase, vehicleOperation, reception
    static ThreePublic generate(Random r) {
        long[] actual = new long[4];
        long[] budget = new long[4];
        boolean abroad = r.nextInt(4) == 0;
        boolean purchase = r.nextInt(5) == 0;
        actual[0] = abroad ? Money.fen(r, 20_000, 200_000) : 0;
        actual[1] = purchase ? Money.fen(r, 150_000, 300_000) : 0;
        actual[2] = Money.fen(r, 10_000, 150_000);
        actual[3] = r.nextBoolean() ? Money.fen(r, 1_000, 30_000) : 0;
        for (int i = 0; i < 4; i++) {
            budget[i] = actual[i] == 0 ? 0 : Math.max(actual[i], Money.vary(r, actual[i], 1.0, 1.25));
        }
        int held = 1 + r.nextInt(6);
        ThreePublicCounts counts = new ThreePublicCounts(abroad ? 1 + r.nextInt(2) : 0, abroad ? 2 + r.nextInt(5) : 0,
                purchase ? 1 : 0, held, actual[3] > 0 ? 2 + r.nextInt(20) : 0, actual[3] > 0 ? 10 + r.nextInt(100) : 0);
        return new ThreePublic(budget, actual, counts);
    }

    long actualTotal() {
        return actual[0] + actual[1] + actual[2] + actual[3];
    }

    StatementTable table() {
        return new StatementTable(List.of(
                row("total", budget[0] + budget[1] + budget[2] + budget[3], actualTotal()),
                row("abroad", budget[0], actual[0]),
                row("vehicles", budget[1] + budget[2], actual[1] + actual[2]),
                row("vehiclePurchase", budget[1], actual[1]),
                row("vehicleOperation", budget[2], actual[2]),
                row("reception", budget[3], actual[3])));
    }

    private static StatementRow row(String code, long budget, long actual) {
        return new StatementRow(code, null, Map.of("budget", Money.amount(budget), "actual", Money.amount(actual)));
    }
}
