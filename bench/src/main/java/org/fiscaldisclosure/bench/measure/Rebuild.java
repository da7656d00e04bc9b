package org.fiscaldisclosure.bench.measure;

import java.sql.Timestamp;
import org.fiscaldisclosure.bench.Http;
import org.fiscaldisclosure.bench.Tokens;
import org.fiscaldisclosure.infra.Suite;

/**
 * Rebuild of the read model from the topics: {@code POST /api/v1/disclosures/admin/rebuild} (202 once the replay has
 * started), then the read model polled every 50 ms (count of parts and sum of their revisions, by SQL) until it
 * equals what the producers hold and no event is recorded as seen before the request. The time runs from the POST
 * to that moment.
 */
public final class Rebuild {

    /** How long the rebuild took and how many parts it restored. */
    public record Result(double seconds, long parts) {
    }

    private final Suite suite;
    private final Http http;
    private final SuiteDatabases dbs;

    public Rebuild(Suite suite, Http http, SuiteDatabases dbs) {
        this.suite = suite;
        this.http = http;
        this.dbs = dbs;
    }

    public Result run(long timeoutMillis) {
        long[] want = dbs.producedCountAndRevisionSum();
        Timestamp asked = dbs.databaseNow("disclosure");
        long t0 = System.nanoTime();
        Http.Reply r = http.post(suite.baseUrl(Suite.DISCLOSURE) + "/api/v1/disclosures/admin/rebuild", null, Tokens.Role.ADMIN);
        if (r.status() != 202) {
            throw new IllegalStateException("rebuild answered " + r.status() + ": " + r.body());
        }
        // converged: every part back at its newest revision, and every event recorded as seen after the request
        // (the replay clears that record first, so the old, complete state is never taken for the rebuilt one)
        while (true) {
            long[] have = dbs.readModelCountAndRevisionSum();
            if (have[0] == want[0] && have[1] == want[1] && dbs.eventsSeenBefore(asked) == 0) {
                return new Result((System.nanoTime() - t0) / 1e9, want[0]);
            }
            if ((System.nanoTime() - t0) / 1_000_000 > timeoutMillis) {
                throw new IllegalStateException("rebuild not converged after " + timeoutMillis + " ms: " + have[0] + "/" + want[0]);
            }
            SuiteDatabases.sleep(50);
        }
    }
}
