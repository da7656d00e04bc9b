package org.fiscaldisclosure.bench.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time used by each process of the run, from {@code /proc/<pid>/stat} (user + system, clock ticks of 10 ms):
 * the services' and the broker's JVMs, this harness's JVM (the clients), and the PostgreSQL server (the postmaster,
 * its live backends and the backends that have ended). Differences of two snapshots divided by the operations done
 * give the CPU cost of an operation per process, a figure that depends far less on the machine's other load than a
 * rate does.
 */
public final class CpuMeter {

    private static final double TICK = 0.01;
    private final Map<String, Long> jvms;
    private final long postmaster;

    /** @param jvms process name to pid (services, broker); the harness itself is added as "bench clients" */
    public CpuMeter(Map<String, Long> jvms, long postmaster) {
        this.jvms = new LinkedHashMap<>(jvms);
        this.jvms.put("bench clients", ProcessHandle.current().pid());
        this.postmaster = postmaster;
    }

    /** The PostgreSQL server listening on {@code port}. */
    public static long postmaster(int port) {
        String needle = "\0-p\0" + port + "\0";
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path p : procs) {
                try {
                    String cmd = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (cmd.contains("postgres") && cmd.contains(needle)) {
                        return Long.parseLong(p.getFileName().toString());
                    }
                } catch (IOException gone) {
                    // ended meanwhile
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return -1;
    }

    /** CPU seconds used so far, by process name ("postgres" for the whole server). */
    public Map<String, Double> snapshot() {
        Map<String, Double> out = new LinkedHashMap<>();
        jvms.forEach((name, pid) -> out.put(name, ticks(pid, false) * TICK));
        if (postmaster > 0) {
            long total = ticks(postmaster, true);
            try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path p : procs) {
                    long[] f = stat(Long.parseLong(p.getFileName().toString()));
                    if (f != null && f[0] == postmaster) {
                        total += f[1] + f[2];
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            out.put("postgres", total * TICK);
        }
        return out;
    }

    /** CPU milliseconds per operation by process between two snapshots, with a "total". */
    public static Map<String, Double> perOperation(Map<String, Double> before, Map<String, Double> after, long operations) {
        Map<String, Double> out = new LinkedHashMap<>();
        double total = 0;
        for (Map.Entry<String, Double> e : after.entrySet()) {
            double ms = (e.getValue() - before.getOrDefault(e.getKey(), 0.0)) * 1000 / Math.max(1, operations);
            out.put(e.getKey(), ms);
            total += ms;
        }
        out.put("total", total);
        return out;
    }

    private static long ticks(long pid, boolean withChildren) {
        long[] f = stat(pid);
        if (f == null) {
            return 0;
        }
        return f[1] + f[2] + (withChildren ? f[3] + f[4] : 0);
    }

    /** ppid, utime, stime, cutime, cstime; null when the process is gone. */
    private static long[] stat(long pid) {
        try {
            String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
                    Long.parseLong(f[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
