package org.fiscaldisclosure.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run does, from environment variables (all optional): the unit counts, the durations of the timed phases,
 * the write concurrency, the seed. Defaults are those of the committed run: about 14 minutes of measuring on the
 * shared 2-core machine (durations scaled down from 20 s lag probes and 10 s reads so that the run stays under 25 minutes).
 */
public record Settings(Path root, List<Integer> sizes, long seed, int writers, int warmupUnits, int warmupRounds, int lagRate, int lowLagRate,
                       int lagSeconds, int wrkSeconds, int wrkConnections, int published, boolean profile, int maxMinutes, long writeBudgetSeconds,
                       int largeProjects) {

    public static Settings fromEnvironment(Path root) {
        List<Integer> sizes = new ArrayList<>();
        for (String s : env("BENCH_SIZES", "100,1000,5000").split(",")) {
            sizes.add(Integer.parseInt(s.trim()));
        }
        return new Settings(root, sizes, Long.parseLong(env("BENCH_SEED", "20240")), intEnv("BENCH_WRITERS", 16),
                intEnv("BENCH_WARMUP_UNITS", 20), intEnv("BENCH_WARMUP_ROUNDS", 8), intEnv("BENCH_LAG_RATE", 50), intEnv("BENCH_LAG_LOW_RATE", 5), intEnv("BENCH_LAG_SECONDS", 15),
                intEnv("BENCH_WRK_SECONDS", 8), intEnv("BENCH_WRK_CONNECTIONS", 32), intEnv("BENCH_PUBLISHED", 6),
                !"0".equals(env("BENCH_PROFILE", "1")), intEnv("BENCH_MAX_MINUTES", 32),
                intEnv("BENCH_WRITE_BUDGET_SECONDS", 300), intEnv("BENCH_LARGE_PROJECTS", 300));
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static int intEnv(String name, int fallback) {
        return Integer.parseInt(env(name, String.valueOf(fallback)));
    }
}
