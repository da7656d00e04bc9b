package org.fiscaldisclosure.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.fiscaldisclosure.bench.measure.Processes;
import org.fiscaldisclosure.bench.measure.Profiler;
import org.fiscaldisclosure.bench.measure.Wrk;
import org.fiscaldisclosure.infra.ServiceProcess;

/** RESULTS.md: each figure with its same-run baseline and their ratio, growth from the first to the last N, goals. */
public final class Report {

    /** One goal of the benchmark (bench/README.md) and whether this run met it. */
    public record Goal(String goal, String measured, boolean met) {
    }

    private final List<StageResult> stages;
    private final List<String> header;
    private final List<Profiler.Summary> profiles;
    private final List<String> notes;

    public Report(List<StageResult> stages, List<String> header, List<Profiler.Summary> profiles, List<String> notes) {
        this.stages = stages;
        this.header = header;
        this.profiles = profiles;
        this.notes = notes;
    }

    static String f(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "–";
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (Math.abs(v) >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String pct(double ratio) {
        return Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.0f%%", ratio * 100);
    }

    public List<Goal> goals() {
        List<Goal> goals = new ArrayList<>();
        StringBuilder m = new StringBuilder();
        boolean ok = true;
        for (StageResult s : stages) {
            for (Wrk.Result r : List.of(s.publishedJson, s.publishedHtml)) {
                double ratio = r.requestsPerSecond() / s.trivial.requestsPerSecond();
                ok &= ratio >= 0.5 && r.p99Millis() <= 20 && r.non2xx() == 0;
                m.append(String.format(Locale.ROOT, "N=%d %s %s of trivial, p99 %s ms; ", s.units,
                        r.label().contains("html") ? "HTML" : "JSON", pct(ratio), f(r.p99Millis())));
            }
        }
        goals.add(new Goal("published reads ≥ 50% of the trivial endpoint's rate, p99 ≤ 20 ms", m.toString(), ok));

        m = new StringBuilder();
        ok = true;
        for (StageResult s : stages) {
            double ratio = s.writes.perSecond() / s.jdbc.perSecond();
            ok &= ratio >= 0.25;
            m.append("N=").append(s.units).append(' ').append(pct(ratio)).append("; ");
        }
        goals.add(new Goal("part ingestion through REST ≥ 25% of the plain-JDBC rate", m.toString(), ok));

        m = new StringBuilder();
        ok = true;
        for (StageResult s : stages) {
            double p99 = s.lag.lag().percentileMillis(99);
            ok &= p99 <= 1000 && s.lag.unseen() == 0;
            m.append("N=").append(s.units).append(" p99 ").append(f(p99)).append(" ms at ")
                    .append(f(s.lag.achievedRate())).append("/s achieved (at ").append(s.lowLag.targetRate()).append("/s: p99 ")
                    .append(f(s.lowLag.lag().percentileMillis(99))).append(" ms); ");
        }
        goals.add(new Goal("event lag p99 ≤ 1 s at 50 writes/s", m.toString(), ok));

        m = new StringBuilder();
        ok = true;
        for (StageResult s : stages) {
            double ratio = s.rebuildEventsPerSecond() / s.topicConsume.perSecond();
            ok &= ratio >= 0.3;
            m.append("N=").append(s.units).append(' ').append(pct(ratio)).append("; ");
        }
        goals.add(new Goal("rebuild ≥ 30% of the plain-consumer rate", m.toString(), ok));

        m = new StringBuilder();
        ok = true;
        double worst = 0;
        String worstName = "";
        for (StageResult s : stages) {
            for (Map.Entry<String, Processes.Memory> e : s.memory.entrySet()) {
                if (e.getKey().endsWith("-service") && e.getValue().peakMiB() > worst) {
                    worst = e.getValue().peakMiB();
                    worstName = e.getKey() + " at N=" + s.units;
                }
            }
        }
        ok = worst < 300 * 1.048576; // 300 MB = 286 MiB
        m.append("highest peak resident set ").append(f(worst)).append(" MiB (").append(worstName).append(")");
        goals.add(new Goal("every service under 300 MB resident (judged on the peak, VmHWM)", m.toString(), ok));

        if (stages.size() >= 2) {
            StageResult a = stages.get(0);
            StageResult b = stages.get(stages.size() - 1);
            double w = b.writes.perSecond() / a.writes.perSecond();
            double rd = b.publishedJson.requestsPerSecond() / a.publishedJson.requestsPerSecond();
            double rb = b.rebuildEventsPerSecond() / a.rebuildEventsPerSecond();
            double lag = b.lowLag.lag().percentileMillis(50) / a.lowLag.lag().percentileMillis(50);
            ok = w >= 2.0 / 3 && rd >= 2.0 / 3 && rb >= 2.0 / 3 && lag <= 1.5;
            goals.add(new Goal("cost linear in N (per-operation rates at N=" + b.units + " ≥ 2/3 of N=" + a.units
                    + ", lag p50 at the low rate ≤ 1.5×)", "writes/s " + pct(w) + ", published JSON reads/s " + pct(rd)
                    + ", rebuild events/s " + pct(rb) + ", lag p50 ×" + f(lag), ok));
        }
        return goals;
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# Benchmark results\n\n");
        md.append("Written by `./bench/run.sh` (see `bench/README.md` for the method). Every figure is set against a baseline "
                + "measured in the same run on the same machine, because the machine is shared and noisy: read the ratios, "
                + "not the absolute numbers.\n\n");
        header.forEach(h -> md.append(h).append('\n'));
        md.append("\n## Goals\n\n| goal | measured | met |\n|---|---|---|\n");
        for (Goal g : goals()) {
            md.append("| ").append(g.goal()).append(" | ").append(g.measured()).append(" | ").append(g.met() ? "**met**" : "**missed**").append(" |\n");
        }

        md.append("\n## Writes: REST PUT against plain JDBC\n\n");
        md.append("| N (units after) | part writes | REST writes/s | PUT p50 / p99 ms | ingestion to read model, parts/s | "
                + "plain JDBC writes/s (same rows) | ratio REST/JDBC | mean part size kB |\n|---|---|---|---|---|---|---|---|\n");
        for (StageResult s : stages) {
            md.append(String.format(Locale.ROOT, "| %d | %d | %s | %s / %s | %s | %s | %s | %s |\n", s.units, s.writes.writes(),
                    f(s.writes.perSecond()), f(s.writes.latency().percentileMillis(50)), f(s.writes.latency().percentileMillis(99)),
                    f(s.ingestPerSecond()), f(s.jdbc.perSecond()), pct(s.writes.perSecond() / s.jdbc.perSecond()),
                    f(s.writes.bytes() / 1000.0 / Math.max(1, s.writes.writes()))));
        }
        md.append("\n### CPU cost of a part write\n\nCPU milliseconds per part write by process (`/proc/<pid>/stat`, user + "
                + "system), from the first PUT of the N until the read model held every part, against the plain-JDBC baseline's "
                + "(PostgreSQL and the client). Less sensitive to the machine's other load than the rates. The last column is what the "
                + "machine could sustain with nothing else running: its cores' milliseconds per second divided by the suite's CPU "
                + "ms per write (without the clients).\n\n| N |");
        List<String> cpuNames = new ArrayList<>(stages.get(0).cpuPerWrite.keySet());
        cpuNames.forEach(n -> md.append(' ').append(n).append(" |"));
        md.append(" JDBC baseline total | ratio REST/JDBC CPU | capacity of 2 cores, writes/s |\n|---|")
                .append("---|".repeat(cpuNames.size() + 3)).append('\n');
        for (StageResult s : stages) {
            md.append("| ").append(s.units).append(" |");
            cpuNames.forEach(n -> md.append(' ').append(f(s.cpuPerWrite.getOrDefault(n, Double.NaN))).append(" |"));
            double jdbcTotal = s.cpuPerJdbcWrite.getOrDefault("total", Double.NaN);
            double suiteOnly = s.cpuPerWrite.getOrDefault("total", Double.NaN) - s.cpuPerWrite.getOrDefault("bench clients", 0.0);
            md.append(' ').append(f(jdbcTotal)).append(" | ").append(f(s.cpuPerWrite.getOrDefault("total", Double.NaN) / jdbcTotal))
                    .append("× | ").append(f(Runtime.getRuntime().availableProcessors() * 1000 / suiteOnly)).append(" |\n");
        }
        md.append("\n## Broker: the same bytes with a plain Kafka client\n\n| N | events | produce events/s | produce MB/s | "
                + "consume events/s | consume MB/s | REST writes/s as share of plain produce |\n|---|---|---|---|---|---|---|\n");
        for (StageResult s : stages) {
            md.append(String.format(Locale.ROOT, "| %d | %d | %s | %s | %s | %s | %s |\n", s.units, s.kafkaProduce.records(),
                    f(s.kafkaProduce.perSecond()), f(s.kafkaProduce.megabytesPerSecond()), f(s.kafkaConsume.perSecond()),
                    f(s.kafkaConsume.megabytesPerSecond()), pct(s.writes.perSecond() / s.kafkaProduce.perSecond())));
        }
        md.append("\n## Event lag at a fixed write rate\n\n| N | target rate/s | achieved/s | writes | lag p50 ms | lag p99 ms | "
                + "max ms | PUT p99 ms | never seen |\n|---|---|---|---|---|---|---|---|---|\n");
        for (StageResult s : stages) {
            for (var probe : List.of(s.lag, s.lowLag)) {
                md.append(String.format(Locale.ROOT, "| %d | %s | %s | %d | %s | %s | %s | %s | %d |\n", s.units,
                        f(probe.targetRate()), f(probe.achievedRate()), probe.writes(), f(probe.lag().percentileMillis(50)),
                        f(probe.lag().percentileMillis(99)), f(probe.lag().percentileMillis(100)),
                        f(probe.writeLatency().percentileMillis(99)), probe.unseen()));
            }
        }
        md.append("\n## Reads under wrk (32 connections, 2 threads)\n\n| N | endpoint | requests/s | ratio to trivial | p50 ms | "
                + "p99 ms | non-2xx | MB/s |\n|---|---|---|---|---|---|---|---|\n");
        for (StageResult s : stages) {
            for (Wrk.Result r : List.of(s.trivial, s.publishedJson, s.publishedHtml, s.draftJson)) {
                md.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %d | %s |\n", s.units, r.label(),
                        f(r.requestsPerSecond()), pct(r.requestsPerSecond() / s.trivial.requestsPerSecond()), f(r.p50Millis()),
                        f(r.p99Millis()), r.non2xx() + r.socketErrors(), f(r.transferMegabytesPerSecond())));
            }
        }
        md.append("\n## Rebuild of the read model from the topics\n\n| N | parts restored | events replayed | seconds | "
                + "events/s | plain consumer events/s (same topics) | ratio |\n|---|---|---|---|---|---|---|\n");
        for (StageResult s : stages) {
            md.append(String.format(Locale.ROOT, "| %d | %d | %d | %s | %s | %s | %s |\n", s.units, s.rebuild.parts(),
                    s.topicConsume.records(), f(s.rebuild.seconds()), f(s.rebuildEventsPerSecond()), f(s.topicConsume.perSecond()),
                    pct(s.rebuildEventsPerSecond() / s.topicConsume.perSecond())));
        }
        md.append("\nCPU milliseconds per replayed event during the rebuild (the consumer reads a poll's records on one thread "
                + "while a writer thread applies the previous poll in one transaction; wall-clock ms per event beside it: when it is well above the CPU, the replay waits on round trips, "
                + "not on the processor):\n\n| N | disclosure-service | postgres | kafka broker | all processes | wall ms per event |\n"
                + "|---|---|---|---|---|---|\n");
        for (StageResult s : stages) {
            md.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s |\n", s.units,
                    f(s.cpuPerRebuildEvent.getOrDefault("disclosure-service", Double.NaN)),
                    f(s.cpuPerRebuildEvent.getOrDefault("postgres", Double.NaN)),
                    f(s.cpuPerRebuildEvent.getOrDefault("kafka broker", Double.NaN)),
                    f(s.cpuPerRebuildEvent.getOrDefault("total", Double.NaN)), f(1000 / s.rebuildEventsPerSecond())));
        }
        md.append("\n## Resident memory\n\nMiB: VmRSS at the end of the stage / peak VmHWM (committed heap, committed metaspace, "
                + "from `jcmd GC.heap_info`; the services run with " + String.join(" ", ServiceProcess.javaOptions())
                + " and " + ServiceProcess.ENVIRONMENT + ", the broker with -Xmx384m)\n\n| N |");
        List<String> names = new ArrayList<>(stages.get(0).memory.keySet());
        names.forEach(n -> md.append(' ').append(n).append(" |"));
        md.append("\n|---|").append("---|".repeat(names.size())).append('\n');
        for (StageResult s : stages) {
            md.append("| ").append(s.units).append(" |");
            for (String n : names) {
                Processes.Memory m = s.memory.get(n);
                md.append(' ').append(m == null ? "–" : f(m.rssMiB()) + " / " + f(m.peakMiB())
                        + (Double.isNaN(m.heapCommittedMiB()) ? "" : " (heap " + f(m.heapCommittedMiB()) + ", metaspace "
                        + f(m.metaspaceCommittedMiB()) + ")")).append(" |");
            }
            md.append('\n');
        }
        md.append("\n## Growth from N = ").append(stages.get(0).units).append(" to ").append(stages.get(stages.size() - 1).units)
                .append("\n\nValue at the largest N divided by the value at the smallest (1.00 = no change; for rates, below 1 is slower):\n\n");
        md.append("| figure | ").append(String.join(" | ", stages.stream().map(s -> "N=" + s.units).toList()))
                .append(" | last / first |\n|---|").append("---|".repeat(stages.size() + 1)).append('\n');
        growth(md, "REST part writes/s", s -> s.writes.perSecond());
        growth(md, "plain JDBC writes/s", s -> s.jdbc.perSecond());
        growth(md, "CPU ms per REST part write (all processes)", s -> s.cpuPerWrite.getOrDefault("total", Double.NaN));
        growth(md, "ratio REST/JDBC", s -> s.writes.perSecond() / s.jdbc.perSecond());
        growth(md, "lag p50 ms", s -> s.lag.lag().percentileMillis(50));
        growth(md, "lag p99 ms", s -> s.lag.lag().percentileMillis(99));
        growth(md, "lag p99 ms at the low rate", s -> s.lowLag.lag().percentileMillis(99));
        growth(md, "trivial reads/s", s -> s.trivial.requestsPerSecond());
        growth(md, "published JSON reads/s", s -> s.publishedJson.requestsPerSecond());
        growth(md, "published HTML reads/s", s -> s.publishedHtml.requestsPerSecond());
        growth(md, "assembled draft JSON reads/s", s -> s.draftJson.requestsPerSecond());
        growth(md, "published JSON p99 ms", s -> s.publishedJson.p99Millis());
        growth(md, "rebuild events/s", StageResult::rebuildEventsPerSecond);
        growth(md, "rebuild seconds", s -> s.rebuild.seconds());
        growth(md, "plain consumer events/s", s -> s.topicConsume.perSecond());
        growth(md, "disclosure-service RSS MiB", s -> mem(s, "disclosure-service"));

        md.append("\n## Machine load during the run\n\n`/proc/loadavg` (as `uptime` prints it: 1, 5, 15 minutes) when each phase started:\n\n");
        md.append("| N | phase: load |\n|---|---|\n");
        for (StageResult s : stages) {
            StringBuilder l = new StringBuilder();
            s.load.forEach((k, v) -> l.append(k).append(": ").append(v).append("; "));
            md.append("| ").append(s.units).append(" | ").append(l).append(" |\n");
        }
        if (!profiles.isEmpty()) {
            md.append("\n## Profiles (JFR, after the measured stages: writes of 100 units again, a published-JSON read load, the first 30 s of a rebuild)\n\n");
            for (Profiler.Summary p : profiles) {
                md.append("### ").append(p.label()).append(" (").append(p.samples()).append(" samples, `")
                        .append(p.file().getFileName()).append("`)\n\n");
                md.append("Own samples by package: ");
                p.packageTop().forEach(e -> md.append('`').append(e.getKey()).append("` ").append(pct((double) e.getValue() / p.samples())).append(", "));
                md.append("\n\nHottest methods (own samples):\n\n");
                p.selfTop().forEach(e -> md.append("- ").append(pct((double) e.getValue() / p.samples())).append(" `").append(e.getKey()).append("`\n"));
                md.append("\nApplication methods (inclusive samples):\n\n");
                p.appInclusiveTop().forEach(e -> md.append("- ").append(pct((double) e.getValue() / p.samples())).append(" `").append(e.getKey()).append("`\n"));
                md.append('\n');
            }
        }
        if (!notes.isEmpty()) {
            md.append("\n## Notes from the run\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    private static double mem(StageResult s, String name) {
        Processes.Memory m = s.memory.get(name);
        return m == null ? Double.NaN : m.rssMiB();
    }

    private void growth(StringBuilder md, String label, ToDoubleFunction<StageResult> value) {
        md.append("| ").append(label).append(" |");
        for (StageResult s : stages) {
            md.append(' ').append(f(value.applyAsDouble(s))).append(" |");
        }
        double first = value.applyAsDouble(stages.get(0));
        double last = value.applyAsDouble(stages.get(stages.size() - 1));
        md.append(' ').append(f(last / first)).append(" |\n");
    }
}
