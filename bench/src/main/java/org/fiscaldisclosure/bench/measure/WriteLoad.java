package org.fiscaldisclosure.bench.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.fiscaldisclosure.bench.Http;
import org.fiscaldisclosure.bench.Tokens;
import org.fiscaldisclosure.testdata.UnitFactory;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.infra.Suite;

/**
 * Part writes through the producers' REST {@code PUT}, as fast as {@code writers} concurrent clients can: each client
 * takes the next unit and PUTs its three parts, each to its own producer. Every answer must be a 2xx.
 */
public final class WriteLoad {

    /** What a load did. */
    public record Result(int writes, int lastUnit, double seconds, long bytes, int failures, String firstFailure, Latencies latency) {
        public double perSecond() {
            return writes / seconds;
        }
    }

    private final Suite suite;
    private final Http http;
    private final UnitFactory units;

    public WriteLoad(Suite suite, Http http, UnitFactory units) {
        this.suite = suite;
        this.http = http;
        this.units = units;
    }

    public static String partUrl(Suite suite, PartKind kind, String unitCode) {
        Suite.Service owner = switch (kind) {
            case STATEMENTS -> Suite.STATEMENTS;
            case PROCUREMENT -> Suite.PROCUREMENT;
            case PERFORMANCE -> Suite.PERFORMANCE;
        };
        return suite.baseUrl(owner) + "/api/v1/" + kind.path() + "/" + unitCode + "/2024";
    }

    /** Writes the three parts of units {@code from}..{@code to} (inclusive). */
    public Result writeUnits(int from, int to, int writers) throws InterruptedException {
        return writeUnits(from, to, writers, Long.MAX_VALUE);
    }

    /**
     * Writes the three parts of units {@code from}..{@code to} (inclusive), or fewer when {@code budgetSeconds} runs
     * out: then no client takes a new unit, each finishes its unit, and the units written are {@code from}..lastUnit.
     */
    public Result writeUnits(int from, int to, int writers, long budgetSeconds) throws InterruptedException {
        AtomicInteger next = new AtomicInteger(from);
        AtomicInteger writes = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        String[] firstFailure = new String[1];
        Latencies latency = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long t0 = System.nanoTime();
        long deadline = budgetSeconds >= Long.MAX_VALUE / 2_000_000_000L ? Long.MAX_VALUE : t0 + budgetSeconds * 1_000_000_000L;
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            done.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    int i = next.getAndIncrement();
                    if (i > to) {
                        break;
                    }
                    Map<String, String> parts = units.all(i);
                    String code = UnitFactory.unit(i).unitCode();
                    for (PartKind kind : PartKind.values()) {
                        String body = parts.get(kind.path());
                        long s = System.nanoTime();
                        Http.Reply r = http.put(partUrl(suite, kind, code), body, Tokens.Role.PREPARER);
                        latency.add(System.nanoTime() - s);
                        bytes.addAndGet(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
                        if (r.ok()) {
                            writes.incrementAndGet();
                        } else if (failures.getAndIncrement() == 0) {
                            firstFailure[0] = "PUT " + kind.path() + " " + code + " -> " + r.status() + " "
                                    + r.body().substring(0, Math.min(400, r.body().length()));
                        }
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> f : done) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("writer failed", e.getCause());
            }
        }
        pool.awaitTermination(1, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Result(writes.get(), Math.min(to, next.get() - 1), seconds, bytes.get(), failures.get(), firstFailure[0], latency);
    }
}
