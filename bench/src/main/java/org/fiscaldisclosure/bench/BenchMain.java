package org.fiscaldisclosure.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fiscaldisclosure.bench.measure.CpuMeter;
import org.fiscaldisclosure.bench.measure.JdbcBaseline;
import org.fiscaldisclosure.bench.measure.KafkaBaseline;
import org.fiscaldisclosure.bench.measure.LagProbe;
import org.fiscaldisclosure.bench.measure.LargeDepartmentStage;
import org.fiscaldisclosure.bench.measure.Processes;
import org.fiscaldisclosure.bench.measure.Profiler;
import org.fiscaldisclosure.bench.measure.Publisher;
import org.fiscaldisclosure.bench.measure.Rebuild;
import org.fiscaldisclosure.bench.measure.SameRunRatios;
import org.fiscaldisclosure.bench.measure.SuiteDatabases;
import org.fiscaldisclosure.bench.measure.WriteLoad;
import org.fiscaldisclosure.bench.measure.Wrk;
import org.fiscaldisclosure.bench.report.Report;
import org.fiscaldisclosure.bench.report.StageResult;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.infra.FreePorts;
import org.fiscaldisclosure.infra.LocalInfra;
import org.fiscaldisclosure.infra.ServiceProcess;
import org.fiscaldisclosure.infra.Suite;
import org.fiscaldisclosure.testdata.DepartmentSize;
import org.fiscaldisclosure.testdata.UnitFactory;

/**
 * The benchmark (bench/README.md): starts the suite on the embedded infrastructure (as {@code ./run.sh}, but on free ports),
 * then for each N (default 100, 1,000, 5,000 units, cumulative) measures part writes, event lag, reads, rebuild and
 * memory, each with its same-run baseline, and writes {@code bench/RESULTS.md}. {@code --generate <i> <dir>} only
 * writes unit i's three parts as JSON files; {@code --two-of-each} runs two instances of every service side by side
 * and compares them with one ({@link org.fiscaldisclosure.bench.measure.TwoOfEachStage}).
 */
public final class BenchMain {

    private static final List<Suite.Service> SERVICES = List.of(Suite.STATEMENTS, Suite.PROCUREMENT, Suite.PERFORMANCE, Suite.DISCLOSURE);

    private final Settings settings;
    private final Path out;
    private final LocalInfra infra;
    private final Suite suite;
    private final Map<String, Integer> ports;
    private final UnitFactory units;
    private final Http http;
    private final Tokens tokens;
    private final SuiteDatabases dbs;
    private final List<String> notes = new ArrayList<>();
    private List<Publisher.Published> lastPublished = List.of();
    private List<SameRunRatios.Ratio> ratios = List.of();
    /** The ratios measured so far (kept when a later one fails). */
    private final List<SameRunRatios.Ratio> partialRatios = new ArrayList<>();
    private Processes.Memory largeDepartmentMemory;
    private String storageFormats = "";

    private BenchMain(Settings settings, Tokens tokens, LocalInfra infra, Suite suite, Map<String, Integer> ports, Path out) {
        this.settings = settings;
        this.tokens = tokens;
        this.infra = infra;
        this.suite = suite;
        this.ports = ports;
        this.out = out;
        this.units = new UnitFactory(settings.root(), settings.seed());
        this.http = new Http(tokens);
        this.dbs = new SuiteDatabases(infra);
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : ".").toAbsolutePath().normalize();
        if (args.length >= 3 && args[args.length - 3].equals("--generate")) {
            generate(root, Integer.parseInt(args[args.length - 2]), Path.of(args[args.length - 1]));
            return;
        }
        if (List.of(args).contains("--storage-formats")) {
            storageFormatsOnly(root);
            return;
        }
        if (List.of(args).contains("--two-of-each")) {
            Settings two = Settings.fromEnvironment(root);
            watchdog(two.maxMinutes());
            int failed = new org.fiscaldisclosure.bench.measure.TwoOfEachStage(root, two.seed(), root.resolve("bench/target/run/two-of-each")).run();
            System.exit(failed == 0 ? 0 : 1);
        }
        boolean largeOnly = List.of(args).contains("--large-department");
        Settings settings = Settings.fromEnvironment(root);
        watchdog(settings.maxMinutes());
        Tokens tokens = Tokens.fromEnvironment();
        Path out = root.resolve("bench/target/run");
        Files.createDirectories(out);
        String loadAtStart = Processes.loadAverage();
        long t0 = System.nanoTime();
        say("load average at start: " + loadAtStart + "; sizes " + settings.sizes() + "; tokens: " + tokens.describe());
        say("starting PostgreSQL and Kafka (embedded-infra, free ports) ...");
        LocalInfra infra = LocalInfra.start(0, 0);
        Map<String, Integer> ports = new LinkedHashMap<>();
        SERVICES.forEach(s -> ports.put(s.name(), FreePorts.pick()));
        Suite suite = new Suite(root, infra, ports, out.resolve("logs"));
        Thread stop = new Thread(() -> {
            suite.close();
            infra.close();
        }, "bench-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        say("starting the four services " + ports + " (logs in " + out.resolve("logs") + ") ...");
        suite.startAll();
        if (tokens.isEmpty()) {
            tokens = Tokens.issuedBy(suite.tokens());
            say("tokens: signed by this run's key pair (" + tokens.describe() + ")");
        }
        BenchMain bench = new BenchMain(settings, tokens, infra, suite, ports, out);
        if (largeOnly) {
            bench.largeDepartment();
            System.exit(0);
        }
        bench.run(loadAtStart, t0);
    }

    /**
     * The one-off storage measurement alone ({@code --storage-formats}): PostgreSQL and Kafka started as for a run, the
     * parts of 100 synthetic units (as a preparer sends them, about 25-70 kB of JSON each) as the documents.
     */
    private static void storageFormatsOnly(Path root) {
        Settings settings = Settings.fromEnvironment(root);
        try (LocalInfra infra = LocalInfra.start(0, 0)) {
            UnitFactory units = new UnitFactory(root, settings.seed());
            List<String> documents = new ArrayList<>();
            for (int i = 1; i <= 100; i++) {
                documents.addAll(units.all(i).values());
            }
            System.out.println(org.fiscaldisclosure.bench.measure.StorageFormats.table(
                    new org.fiscaldisclosure.bench.measure.StorageFormats(infra, new SuiteDatabases(infra)).measure(documents)));
        }
        System.exit(0);
    }

    /** Bounds the whole run: past the limit it stops, and the shutdown hook stops everything it started. */
    private static void watchdog(int minutes) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(minutes * 60_000L);
                System.err.println("[bench] time limit of " + minutes + " min (BENCH_MAX_MINUTES) reached: stopping");
                System.exit(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-watchdog");
        t.setDaemon(true);
        t.start();
    }

    private void run(String loadAtStart, long t0) throws Exception {
        WriteLoad writes = new WriteLoad(suite, http, units);
        JdbcBaseline jdbc = new JdbcBaseline(infra, dbs, settings.root());
        KafkaBaseline kafka = new KafkaBaseline(infra.kafka().clientSettings(org.fiscaldisclosure.infra.KafkaAccess.TEST_CLIENT), dbs);
        LagProbe lag = new LagProbe(suite, http, units, dbs);
        Publisher publisher = new Publisher(suite, http);
        Wrk wrk = new Wrk(out.resolve("wrk"), settings.wrkConnections());
        Rebuild rebuild = new Rebuild(suite, http, dbs);
        Map<String, Long> jvms = new LinkedHashMap<>();
        for (Suite.Service svc : SERVICES) {
            Processes.servicePid(ports.get(svc.name())).ifPresent(pid -> jvms.put(svc.name(), pid));
        }
        Processes.kafkaPid().ifPresent(pid -> jvms.put("kafka broker", pid));
        CpuMeter cpu = new CpuMeter(jvms, CpuMeter.postmaster(infra.postgres().port()));

        int done = settings.warmupUnits();
        say("warm-up (not measured): writing units 1.." + done + " " + settings.warmupRounds() + " times, so that the JIT has "
                + "compiled the write, event and read-model paths before the first N ...");
        for (int round = 0; round < settings.warmupRounds(); round++) {
            requireNoFailures(writes.writeUnits(1, done, settings.writers()));
        }
        dbs.awaitReadModelCaughtUp(300_000);
        findingsOfTheData(Math.min(done, 10));
        jdbc.run(1, done);
        kafka.produce(org.fiscaldisclosure.infra.KafkaAccess.TEST_TOPIC_PREFIX + "bench.warmup", 1, done);

        List<StageResult> stages = new ArrayList<>();
        for (int wanted : settings.sizes()) {
            say("N=" + wanted + ": writing units " + (done + 1) + ".." + wanted + " (" + settings.writers() + " concurrent clients) ...");
            String loadAtWrites = Processes.loadAverage();
            Map<String, Double> cpuBefore = cpu.snapshot();
            WriteLoad.Result written = writes.writeUnits(done + 1, wanted, settings.writers(), settings.writeBudgetSeconds());
            requireNoFailures(written);
            int n = written.lastUnit();
            if (n < wanted) {
                String note = "N=" + wanted + " not reached: the write budget (BENCH_WRITE_BUDGET_SECONDS=" + settings.writeBudgetSeconds()
                        + ") ran out at " + n + " units; this stage's figures are for N=" + n;
                say("  " + note);
                notes.add(note);
            }
            StageResult s = new StageResult(n, n - done);
            s.load.put("writes", loadAtWrites);
            s.writes = written;
            s.ingestSeconds = s.writes.seconds() + dbs.awaitReadModelCaughtUp(600_000);
            s.cpuPerWrite = CpuMeter.perOperation(cpuBefore, cpu.snapshot(), s.writes.writes());
            say(String.format("  %d part writes at %.1f/s (read model caught up after %.1f s)", s.writes.writes(),
                    s.writes.perSecond(), s.ingestSeconds));

            s.load.put("jdbc", Processes.loadAverage());
            Map<String, Double> jdbcBefore = cpu.snapshot();
            s.jdbc = jdbc.run(done + 1, n);
            Map<String, Double> jdbcAfter = cpu.snapshot();
            s.cpuPerJdbcWrite = CpuMeter.perOperation(Map.of("postgres", jdbcBefore.get("postgres"),
                    "bench clients", jdbcBefore.get("bench clients")), Map.of("postgres", jdbcAfter.get("postgres"),
                    "bench clients", jdbcAfter.get("bench clients")), s.jdbc.writes());
            say(String.format("  plain JDBC, same rows: %.1f writes/s", s.jdbc.perSecond()));
            s.load.put("kafka", Processes.loadAverage());
            String topic = org.fiscaldisclosure.infra.KafkaAccess.TEST_TOPIC_PREFIX + "bench.baseline.n" + n;
            Map<String, Double> kafkaBefore = cpu.snapshot();
            s.kafkaProduce = kafka.produce(topic, done + 1, n);
            Map<String, Double> kafkaAfter = cpu.snapshot();
            s.cpuPerKafkaRecord = CpuMeter.perOperation(Map.of("kafka broker", kafkaBefore.getOrDefault("kafka broker", 0.0),
                    "bench clients", kafkaBefore.get("bench clients")), Map.of("kafka broker", kafkaAfter.getOrDefault("kafka broker", 0.0),
                    "bench clients", kafkaAfter.get("bench clients")), s.kafkaProduce.records());
            s.kafkaConsume = kafka.consume(Set.of(topic));
            say(String.format("  plain Kafka, same bytes: produce %.0f/s, consume %.0f/s", s.kafkaProduce.perSecond(),
                    s.kafkaConsume.perSecond()));

            s.load.put("lag", Processes.loadAverage());
            s.lag = lag.run(n, settings.lagRate(), settings.lagSeconds(), settings.seed() + n);
            dbs.awaitReadModelCaughtUp(300_000);
            s.lowLag = lag.run(n, settings.lowLagRate(), Math.max(5, settings.lagSeconds() / 2), settings.seed() + n + 1);
            say(String.format("  lag at %d writes/s: p50 %.1f ms, p99 %.1f ms", settings.lowLagRate(),
                    s.lowLag.lag().percentileMillis(50), s.lowLag.lag().percentileMillis(99)));
            say(String.format("  lag at %d writes/s: p50 %.1f ms, p99 %.1f ms (%d writes, %d never seen)", settings.lagRate(),
                    s.lag.lag().percentileMillis(50), s.lag.lag().percentileMillis(99), s.lag.writes(), s.lag.unseen()));

            List<Publisher.Published> published = publisher.publish(done + 1, n, settings.published(), s.publishSkipped);
            s.publishedCount = published.size();
            if (published.isEmpty()) {
                throw new IllegalStateException("no disclosure could be published: " + s.publishSkipped);
            }
            s.publishSkipped.forEach(x -> notes.add("N=" + n + ": not published, " + x));
            lastPublished = published;
            reads(wrk, s, published);

            s.load.put("rebuild", Processes.loadAverage());
            Map<String, Double> rebuildBefore = cpu.snapshot();
            s.rebuild = rebuild.run(900_000);
            Map<String, Double> rebuildAfter = cpu.snapshot();
            s.topicConsume = kafka.consume(Set.of(PartKind.STATEMENTS.topic(), PartKind.PROCUREMENT.topic(), PartKind.PERFORMANCE.topic()));
            s.cpuPerRebuildEvent = CpuMeter.perOperation(rebuildBefore, rebuildAfter, s.topicConsume.records());
            say(String.format("  rebuild: %d parts in %.1f s (%.0f events/s); plain consumer %.0f events/s", s.rebuild.parts(),
                    s.rebuild.seconds(), s.rebuildEventsPerSecond(), s.topicConsume.perSecond()));
            memory(s);
            stages.add(s);
            done = n;
            write(stages, loadAtStart, t0, List.of());
        }
        if (settings.largeProjects() > 0) {
            largeDepartment();
        }
        try {
            ratios = sameRunRatios(stages.get(stages.size() - 1), wrk, lag);
        } catch (Exception | AssertionError e) {
            say("same-run ratios stopped: " + e);
            notes.add("the same-run ratios stopped: " + e);
            ratios = partialRatios;
        }
        write(stages, loadAtStart, t0, List.of());
        List<Profiler.Summary> profiles = settings.profile() ? profile(writes, wrk, rebuild, stages.get(stages.size() - 1)) : List.of();
        String md = write(stages, loadAtStart, t0, profiles);
        System.out.println();
        System.out.println(md);
        say("written " + settings.root().resolve("bench/RESULTS.md") + " in " + minutes(t0) + " min");
        System.exit(0);
    }

    /**
     * Every goal as a ratio to its plain baseline, measured here one after the other at the last N (bench/README.md):
     * CPU per write, single-client PUT (sample-sized units and the large department), event lag at half the measured
     * capacity, rebuild, published reads, assembled draft, bytes on the topic log, memory.
     */
    private List<SameRunRatios.Ratio> sameRunRatios(StageResult last, Wrk wrk, LagProbe lag) throws Exception {
        say("goals as same-run ratios ...");
        SameRunRatios r = new SameRunRatios(infra, suite, http, units, dbs, settings.root());
        List<SameRunRatios.Ratio> out = partialRatios;

        double suiteCpu = last.cpuPerWrite.getOrDefault("total", Double.NaN);
        double plainCpu = last.cpuPerJdbcWrite.getOrDefault("total", Double.NaN) + last.cpuPerKafkaRecord.getOrDefault("total", Double.NaN);
        out.add(new SameRunRatios.Ratio("CPU per part write, every process (≤ 2 × a JDBC insert of the same rows + a Kafka produce of the same bytes)",
                String.format("%.2f ms", suiteCpu), String.format("%.2f ms (JDBC %.2f + Kafka %.2f)", plainCpu,
                last.cpuPerJdbcWrite.getOrDefault("total", Double.NaN), last.cpuPerKafkaRecord.getOrDefault("total", Double.NaN)),
                suiteCpu / plainCpu, "≤ 2×", suiteCpu / plainCpu <= 2));
        say("  " + out.get(out.size() - 1));

        out.add(r.singleClientPut("sample-sized units", r.sampleWrites(1, 30, 7_000)));
        say("  " + out.get(out.size() - 1));
        if (largeDepartmentMemory != null) {
            out.add(r.singleClientPut("large department", largeWrites(r)));
            say("  " + out.get(out.size() - 1));
        }

        int capacity = Math.max(1, (int) Math.round(last.writes.perSecond()));
        int half = Math.max(1, capacity / 2);
        LagProbe.Result probe = lag.run(last.units, half, settings.lagSeconds(), settings.seed() + 77);
        dbs.awaitReadModelCaughtUp(300_000);
        org.fiscaldisclosure.bench.measure.Latencies plain = r.plainLag(half, settings.lagSeconds(), r.storedPayloads(Math.min(last.units, 60)));
        double lagRatio = probe.lag().percentileMillis(99) / plain.percentileMillis(99);
        out.add(new SameRunRatios.Ratio("event lag p99 at half the measured write capacity (" + half + " of " + capacity
                + " writes/s; ≤ 5 × a plain produce → consume of the same records at the same rate)",
                String.format("%.0f ms (%.1f/s achieved, %d never seen)", probe.lag().percentileMillis(99), probe.achievedRate(), probe.unseen()),
                String.format("%.1f ms", plain.percentileMillis(99)), lagRatio, "≤ 5×", lagRatio <= 5 && probe.unseen() == 0));
        say("  " + out.get(out.size() - 1));

        double rebuild = last.rebuildEventsPerSecond() / last.topicConsume.perSecond();
        out.add(new SameRunRatios.Ratio("rebuild (≥ 30 % of a plain consumer of the same topics)",
                String.format("%.0f events/s", last.rebuildEventsPerSecond()), String.format("%.0f events/s", last.topicConsume.perSecond()),
                rebuild, "≥ 0.3×", rebuild >= 0.3));

        String base = "http://127.0.0.1:" + ports.get(Suite.DISCLOSURE.name());
        int plainPort = FreePorts.pick();
        Map<String, String> gzip = Map.of("Accept-Encoding", "gzip");
        try (AutoCloseable server = r.plainFileServer(plainPort)) {
            for (String format : List.of("json", "html")) {
                List<String> paths = lastPublished.stream().map(p -> p.path() + "?format=" + format).toList();
                wrk.run("warm-up", base, paths, 3, Optional.empty(), gzip);
                Wrk.Result suiteReads = wrk.run("published " + format + " gzip", base, paths, settings.wrkSeconds(), Optional.empty(), gzip);
                wrk.run("warm-up", "http://127.0.0.1:" + plainPort, paths, 3, Optional.empty(), gzip);
                Wrk.Result plainReads = wrk.run("plain server " + format + " gzip", "http://127.0.0.1:" + plainPort, paths,
                        settings.wrkSeconds(), Optional.empty(), gzip);
                double ratio = suiteReads.requestsPerSecond() / plainReads.requestsPerSecond();
                out.add(new SameRunRatios.Ratio("published " + format.toUpperCase() + " reads, Accept-Encoding: gzip (≥ 50 % of a plain "
                        + "Vert.x server answering the same stored bytes)", String.format("%.0f/s, p99 %.1f ms, %d non-2xx",
                        suiteReads.requestsPerSecond(), suiteReads.p99Millis(), suiteReads.non2xx()),
                        String.format("%.0f/s, p99 %.1f ms", plainReads.requestsPerSecond(), plainReads.p99Millis()), ratio, "≥ 0.5×",
                        ratio >= 0.5 && suiteReads.non2xx() == 0));
                say("  " + out.get(out.size() - 1));
            }
        }

        out.add(r.draft(lastPublished.stream().map(Publisher.Published::unitCode).toList(), 50));
        say("  " + out.get(out.size() - 1));
        out.add(r.logBytes(last.units + 1));
        say("  " + out.get(out.size() - 1));

        String peakName = null;
        double peak = 0;
        for (StageResult s : List.of(last)) {
            for (Map.Entry<String, Processes.Memory> e : s.memory.entrySet()) {
                if (!e.getKey().startsWith("kafka") && e.getValue().peakMiB() > peak) {
                    peak = e.getValue().peakMiB();
                    peakName = e.getKey();
                }
            }
        }
        if (largeDepartmentMemory != null && largeDepartmentMemory.peakMiB() > peak) {
            peak = largeDepartmentMemory.peakMiB();
            peakName = "disclosure-service (large department)";
        }
        memory(last);
        for (Map.Entry<String, Processes.Memory> e : last.memory.entrySet()) {
            if (!e.getKey().startsWith("kafka") && e.getValue().peakMiB() > peak) {
                peak = e.getValue().peakMiB();
                peakName = e.getKey();
            }
        }
        out.add(new SameRunRatios.Ratio("memory: every service's peak resident set (VmHWM) through the bench (≤ 300 MB)",
                String.format("%.0f MiB (%s)", peak, peakName), "300 MB = 286 MiB", peak / 286.1, "≤ 1×", peak <= 286.1));

        say("storage formats of a stored revision ...");
        List<String> documents = new ArrayList<>();
        new org.fiscaldisclosure.bench.measure.StoredRevisions(dbs).forEachChunk(1, Math.min(last.units, 300), 500,
                rows -> rows.forEach(row -> documents.add(row.document())));
        storageFormats = org.fiscaldisclosure.bench.measure.StorageFormats.table(
                new org.fiscaldisclosure.bench.measure.StorageFormats(infra, dbs).measure(documents));
        say("\n" + storageFormats);
        return out;
    }

    /** New revisions of the large department's three parts, one text changed in each, twice. */
    private List<SameRunRatios.PartWrite> largeWrites(SameRunRatios r) throws Exception {
        String unit = org.fiscaldisclosure.testdata.LargeDepartment.UNIT.unitCode();
        Map<String, String> parts = new org.fiscaldisclosure.testdata.LargeDepartment(settings.root())
                .generate(settings.seed(), DepartmentSize.FULL.withProjects(settings.largeProjects())).json();
        List<SameRunRatios.PartWrite> writes = new ArrayList<>();
        for (int round = 1; round <= 2; round++) {
            for (PartKind kind : PartKind.values()) {
                com.fasterxml.jackson.databind.JsonNode tree = UnitFactory.JSON.readTree(parts.get(kind.path()));
                changeFirstText(tree, " " + round);
                writes.add(new SameRunRatios.PartWrite(kind, unit, org.fiscaldisclosure.bench.measure.WriteLoad.partUrl(suite, kind, unit),
                        UnitFactory.JSON.writeValueAsString(tree)));
            }
        }
        return writes;
    }

    private static boolean changeFirstText(com.fasterxml.jackson.databind.JsonNode node, String suffix) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            var it = o.fields();
            while (it.hasNext()) {
                var e = it.next();
                // free text only: a long Chinese sentence, never a code or an enumerated value
                if (e.getValue().isTextual() && e.getValue().asText().length() > 20
                        && e.getValue().asText().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    o.put(e.getKey(), e.getValue().asText() + suffix);
                    return true;
                }
                if (changeFirstText(e.getValue(), suffix)) {
                    return true;
                }
            }
        } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
            for (var e : a) {
                if (changeFirstText(e, suffix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The large department ({@code BENCH_LARGE_PROJECTS} 自评表, 300 by default, the other sizes those of
     * {@link DepartmentSize#FULL}) from PUT to every file rendered; its figures go to the notes of RESULTS.md.
     */
    private void largeDepartment() throws Exception {
        DepartmentSize size = DepartmentSize.FULL.withProjects(settings.largeProjects());
        say("large department: " + size + " from PUT to a published version with every file ...");
        long pid = Processes.servicePid(ports.get(Suite.DISCLOSURE.name())).orElse(-1L);
        LargeDepartmentStage.Result r = new LargeDepartmentStage(suite, http, settings.root()).run(size, settings.seed(), pid, 1_200_000);
        largeDepartmentMemory = r.after();
        String line = LargeDepartmentStage.describe(r);
        say("  " + line);
        notes.add(line);
    }

    /** How realistic the synthetic data is: the findings of the whole disclosure of the first units, by rule. */
    private void findingsOfTheData(int count) throws IOException {
        Map<String, Integer> byRule = new java.util.TreeMap<>();
        for (int i = 1; i <= count; i++) {
            String url = suite.baseUrl(Suite.DISCLOSURE) + "/api/v1/disclosures/" + UnitFactory.unit(i).unitCode() + "/2024/findings";
            Http.Reply r = http.get(url, Tokens.Role.REVIEWER);
            if (!r.ok()) {
                throw new IllegalStateException("GET " + url + " answered " + r.status() + ": " + r.body());
            }
            for (com.fasterxml.jackson.databind.JsonNode f : UnitFactory.JSON.readTree(r.body()).path("findings")) {
                byRule.merge(f.path("severity").asText() + " " + f.path("ruleId").asText(), 1, Integer::sum);
            }
        }
        String line = "findings of the synthetic data (whole disclosure, units 1.." + count + "): "
                + (byRule.isEmpty() ? "none" : byRule.toString());
        say(line);
        notes.add(line);
    }

    private static void requireNoFailures(WriteLoad.Result r) {
        if (r.failures() > 0) {
            throw new IllegalStateException(r.failures() + " writes failed; first: " + r.firstFailure());
        }
    }

    private void reads(Wrk wrk, StageResult s, List<Publisher.Published> published) {
        String base = "http://127.0.0.1:" + ports.get(Suite.DISCLOSURE.name());
        List<String> json = published.stream().map(p -> p.path() + "?format=json").toList();
        List<String> html = published.stream().map(p -> p.path() + "?format=html").toList();
        List<String> drafts = published.stream().map(p -> "/api/v1/disclosures/" + p.unitCode() + "/2024").toList();
        int d = settings.wrkSeconds();
        s.load.put("reads", Processes.loadAverage());
        wrk.run("warm-up", base, List.of("/q/health/live"), 3, Optional.empty());
        s.trivial = wrk.run("trivial /q/health/live", base, List.of("/q/health/live"), d, Optional.empty());
        wrk.run("warm-up", base, json, 3, Optional.empty());
        s.publishedJson = wrk.run("published version JSON", base, json, d, Optional.empty());
        wrk.run("warm-up", base, html, 3, Optional.empty());
        s.publishedHtml = wrk.run("published version html", base, html, d, Optional.empty());
        wrk.run("warm-up", base, drafts, 3, tokens.authorization(Tokens.Role.REVIEWER));
        s.draftJson = wrk.run("assembled draft JSON", base, drafts, d, tokens.authorization(Tokens.Role.REVIEWER));
        say(String.format("  reads/s (p99 ms): trivial %.0f (%.1f), published JSON %.0f (%.1f), HTML %.0f (%.1f), draft %.0f (%.1f)",
                s.trivial.requestsPerSecond(), s.trivial.p99Millis(), s.publishedJson.requestsPerSecond(), s.publishedJson.p99Millis(),
                s.publishedHtml.requestsPerSecond(), s.publishedHtml.p99Millis(), s.draftJson.requestsPerSecond(), s.draftJson.p99Millis()));
    }

    private void memory(StageResult s) {
        for (Suite.Service svc : SERVICES) {
            Processes.servicePid(ports.get(svc.name())).ifPresent(pid -> s.memory.put(svc.name(), Processes.memory(pid)));
        }
        Processes.kafkaPid().ifPresent(pid -> s.memory.put("kafka broker (context)", Processes.memory(pid)));
    }

    /** JFR on the services during a write load, a read load and a rebuild, after the measured stages. */
    private List<Profiler.Summary> profile(WriteLoad writes, Wrk wrk, Rebuild rebuild, StageResult last) throws Exception {
        Profiler profiler = new Profiler(out.resolve("jfr"));
        List<Profiler.Summary> summaries = new ArrayList<>();
        Map<String, Long> pids = new LinkedHashMap<>();
        for (Suite.Service svc : SERVICES) {
            Processes.servicePid(ports.get(svc.name())).ifPresent(pid -> pids.put(svc.name(), pid));
        }
        int k = Math.min(last.units, 100);
        say("profiling (JFR): writes of units 1.." + k + " again ...");
        Map<String, Path> files = new LinkedHashMap<>();
        pids.forEach((name, pid) -> files.put(name, profiler.start(pid, "write-" + name)));
        writes.writeUnits(1, k, settings.writers());
        dbs.awaitReadModelCaughtUp(300_000);
        pids.forEach((name, pid) -> profiler.stop(pid, "write-" + name, files.get(name)));
        pids.forEach((name, pid) -> summaries.add(profiler.summarize("write-" + name, files.get(name))));

        long disclosure = pids.get(Suite.DISCLOSURE.name());
        say("profiling (JFR): published JSON reads ...");
        String base = "http://127.0.0.1:" + ports.get(Suite.DISCLOSURE.name());
        List<Publisher.Published> published = new Publisher(suite, http).publish(1, settings.warmupUnits(), 2, new ArrayList<>());
        List<String> paths = published.stream().map(p -> p.path() + "?format=json").toList();
        Path reads = profiler.start(disclosure, "read-published-json");
        if (!paths.isEmpty()) {
            wrk.run("profiled published JSON", base, paths, settings.wrkSeconds(), Optional.empty());
        }
        profiler.stop(disclosure, "read-published-json", reads);
        summaries.add(profiler.summarize("read-published-json (disclosure-service)", reads));

        say("profiling (JFR): the first 30 s of a rebuild ...");
        Path rb = profiler.start(disclosure, "rebuild");
        Http.Reply started = http.post(suite.baseUrl(Suite.DISCLOSURE) + "/api/v1/disclosures/admin/rebuild", null, Tokens.Role.ADMIN);
        if (started.status() == 202) {
            Thread.sleep(30_000);
        }
        profiler.stop(disclosure, "rebuild", rb);
        summaries.add(profiler.summarize("rebuild (disclosure-service)", rb));
        return summaries;
    }

    private String write(List<StageResult> stages, String loadAtStart, long t0, List<Profiler.Summary> profiles) throws IOException {
        List<String> header = new ArrayList<>();
        header.add("| run | |\n|---|---|");
        header.add("| date | " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + " |");
        header.add("| commit | " + command(settings.root(), "git", "rev-parse", "--short", "HEAD") + " |");
        header.add("| machine | " + Runtime.getRuntime().availableProcessors() + " cores, "
                + command(settings.root(), "sh", "-c", "free -g | awk '/Mem:/{print $2\" GiB\"}'") + ", shared with other work |");
        header.add("| load average at start (1/5/15 min) | " + loadAtStart + " |");
        header.add("| load average at the end | " + Processes.loadAverage() + " |");
        header.add("| duration | " + minutes(t0) + " min |");
        header.add("| sizes N | " + settings.sizes() + " units (cumulative; before them, units 1.." + settings.warmupUnits()
                + " written " + settings.warmupRounds() + " times as a JIT warm-up, not measured) |");
        header.add("| write clients | " + settings.writers() + " concurrent |");
        header.add("| lag probe | " + settings.lagRate() + " writes/s for " + settings.lagSeconds() + " s per N, then "
                + settings.lowLagRate() + " writes/s for " + Math.max(5, settings.lagSeconds() / 2) + " s |");
        header.add("| wrk | " + settings.wrkConnections() + " connections, 2 threads, " + settings.wrkSeconds()
                + " s per endpoint after 3 s warm-up; " + stages.stream().mapToInt(s -> s.publishedCount).max().orElse(0)
                + " published disclosures per N, rotated |");
        header.add("| time bounds | bulk writes at most " + settings.writeBudgetSeconds() + " s per N, the whole run at most "
                + settings.maxMinutes() + " min (durations scaled so that a run stays under about 25 min on 2 shared cores) |");
        header.add("| seed | " + settings.seed() + " |");
        header.add("| tokens | " + tokens.describe() + " |");
        header.add("| services | java " + String.join(" ", ServiceProcess.javaOptions()) + " -jar, environment "
                + ServiceProcess.ENVIRONMENT + " (Suite); PostgreSQL with fsync off, synchronous_commit off "
                + "(embedded-infra); one Kafka broker |");
        String md = new Report(stages, header, profiles, notes).markdown();
        if (!ratios.isEmpty()) {
            md = md.replaceFirst("\n## Goals\n", java.util.regex.Matcher.quoteReplacement(ratiosSection())
                    + "\n## Further figures (goals against earlier baselines)\n");
        }
        Path analysis = settings.root().resolve("bench/ANALYSIS.md");
        if (Files.isRegularFile(analysis)) {
            md += "\n" + Files.readString(analysis);
        }
        Files.writeString(settings.root().resolve("bench/RESULTS.md"), md, StandardCharsets.UTF_8);
        return md;
    }

    private String ratiosSection() {
        StringBuilder md = new StringBuilder("\n## Goals as same-run ratios\n\nEach goal against its plain baseline, measured one after "
                + "the other in this run at the last N (bench/README.md, \"Goals as same-run ratios\").\n\n"
                + "| goal | suite | plain baseline | ratio | bound | met |\n|---|---|---|---|---|---|\n");
        for (SameRunRatios.Ratio r : ratios) {
            md.append("| ").append(r.goal()).append(" | ").append(r.measured()).append(" | ").append(r.baseline()).append(" | ")
                    .append(String.format(java.util.Locale.ROOT, "%.2f×", r.ratio())).append(" | ").append(r.bound()).append(" | ")
                    .append(r.met() ? "met" : "**missed**").append(" |\n");
        }
        if (!storageFormats.isEmpty()) {
            md.append("\n### Storage of a revision's JSON\n\nThe stored revisions (as the producers store them: manifests, "
                    + "segments cut out) of the first units written to and read from each kind of column, one row per statement "
                    + "(`StorageFormats`); the client's time, compression included; on disk with TOAST and index.\n\n")
                    .append(storageFormats);
        }
        return md.toString();
    }

    private static String command(Path dir, String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
            return s;
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    private static String minutes(long t0) {
        return String.format("%.1f", (System.nanoTime() - t0) / 60e9);
    }

    private static void generate(Path root, int index, Path dir) throws IOException {
        UnitFactory f = new UnitFactory(root, Settings.fromEnvironment(root).seed());
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : f.all(index).entrySet()) {
            Files.writeString(dir.resolve(e.getKey() + ".json"), e.getValue());
        }
        say("unit " + UnitFactory.unit(index).unitCode() + " written to " + dir);
    }

    static void say(String line) {
        System.out.println("[bench] " + line);
        System.out.flush();
    }
}
