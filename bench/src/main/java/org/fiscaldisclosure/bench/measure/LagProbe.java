package org.fiscaldisclosure.bench.measure;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.fiscaldisclosure.bench.Http;
import org.fiscaldisclosure.bench.Tokens;
import org.fiscaldisclosure.testdata.UnitFactory;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.infra.Suite;

/**
 * The lag from a write's 2xx to the disclosure reflecting it, at a fixed write rate. Writes are new revisions of
 * random parts of random units (one text changed), sent on a fixed schedule whatever the previous write's latency.
 * The revision a write created is its ETag. A watcher reads the disclosure-service's read model
 * ({@code disclosure_part}, the committed rows its GET answers from) every 5 ms for the units still pending and
 * stamps a write seen when the stored revision of that part reaches the write's revision. Lag = seen − 2xx, so it
 * includes up to one watch interval (5 ms) plus the query time.
 */
public final class LagProbe {

    /** What a probe measured. */
    public record Result(int targetRate, int writes, double seconds, int failures, int unseen, Latencies lag, Latencies writeLatency) {
        public double achievedRate() {
            return writes / seconds;
        }
    }

    private record Pending(String key, long revision, long answeredAt) {
    }

    private final Suite suite;
    private final Http http;
    private final UnitFactory units;
    private final SuiteDatabases dbs;

    public LagProbe(Suite suite, Http http, UnitFactory units, SuiteDatabases dbs) {
        this.suite = suite;
        this.http = http;
        this.units = units;
        this.dbs = dbs;
    }

    public Result run(int unitCount, int ratePerSecond, int seconds, long seed) throws Exception {
        Random random = new Random(seed);
        Map<String, Pending> pending = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> nextRevisionNote = new ConcurrentHashMap<>();
        Latencies lag = new Latencies();
        Latencies writeLatency = new Latencies();
        AtomicInteger writes = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(16);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        int total = ratePerSecond * seconds;
        AtomicInteger scheduled = new AtomicInteger();
        long periodMicros = 1_000_000L / ratePerSecond;
        long t0 = System.nanoTime();
        clock.scheduleAtFixedRate(() -> {
            if (scheduled.getAndIncrement() >= total) {
                return;
            }
            int index = 1 + random.nextInt(unitCount);
            PartKind kind = PartKind.values()[random.nextInt(3)];
            writers.execute(() -> write(index, kind, pending, nextRevisionNote, writeLatency, writes, failures));
        }, 0, periodMicros, TimeUnit.MICROSECONDS);

        Thread watcher = new Thread(() -> watch(pending, lag), "lag-watcher");
        watcher.start();
        while (scheduled.get() < total) {
            Thread.sleep(20);
        }
        clock.shutdownNow();
        writers.shutdown();
        writers.awaitTermination(2, TimeUnit.MINUTES);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        watcher.interrupt();
        watcher.join();
        return new Result(ratePerSecond, writes.get(), elapsed, failures.get(), pending.size(), lag, writeLatency);
    }

    private void write(int index, PartKind kind, Map<String, Pending> pending, Map<String, AtomicInteger> notes,
                       Latencies writeLatency, AtomicInteger writes, AtomicInteger failures) {
        String code = UnitFactory.unit(index).unitCode();
        String key = code + "|" + kind.key();
        int note = notes.computeIfAbsent(key, k -> new AtomicInteger(1)).incrementAndGet();
        String body = units.part(index, kind.path(), note);
        long s = System.nanoTime();
        Http.Reply r = http.put(WriteLoad.partUrl(suite, kind, code), body, Tokens.Role.PREPARER);
        long answered = System.nanoTime();
        writeLatency.add(answered - s);
        if (!r.ok() || r.etag() == null) {
            failures.incrementAndGet();
            return;
        }
        writes.incrementAndGet();
        long revision = Long.parseLong(r.etag().replace("\"", "").replace("W/", ""));
        // a later write of the same part supersedes an earlier one still pending: its lag is measured instead
        pending.merge(key, new Pending(key, revision, answered), (a, b) -> a.revision() >= b.revision() ? a : b);
    }

    private void watch(Map<String, Pending> pending, Latencies lag) {
        try (Connection c = dbs.open("disclosure")) {
            while (!Thread.currentThread().isInterrupted()) {
                if (!pending.isEmpty()) {
                    List<Pending> now = new ArrayList<>(pending.values());
                    String[] codes = now.stream().map(p -> p.key().substring(0, p.key().indexOf('|'))).distinct().toArray(String[]::new);
                    Map<String, Long> stored = dbs.readModelRevisions(c, codes);
                    long seen = System.nanoTime();
                    for (Pending p : now) {
                        Long rev = stored.get(p.key());
                        if (rev != null && rev >= p.revision() && pending.remove(p.key(), p)) {
                            lag.add(Math.max(0, seen - p.answeredAt()));
                        }
                    }
                }
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
