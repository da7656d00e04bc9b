package org.fiscaldisclosure.bench.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The processes of the run, found in /proc by their command line, and their resident memory ({@code VmRSS}, and the
 * peak {@code VmHWM}) from {@code /proc/<pid>/status}.
 */
public final class Processes {

    /**
     * Resident memory of a process in MiB (/proc reports kB, meaning KiB), and for a JVM its committed heap and
     * metaspace ({@code jcmd GC.heap_info}), so the rest of the resident set is the JVM's other native memory.
     */
    public record Memory(long pid, double rssMiB, double peakMiB, double heapCommittedMiB, double metaspaceCommittedMiB) {
    }

    private Processes() {
    }

    /** The JVM of the service listening on {@code port} (its {@code -Dquarkus.http.port}), among this JVM's children. */
    public static Optional<Long> servicePid(int port) {
        return child("-Dquarkus.http.port=" + port + "\0");
    }

    /** The Kafka broker this run started. */
    public static Optional<Long> kafkaPid() {
        return child("\0kafka.Kafka\0");
    }

    /** The first process started by this JVM (directly or not) whose command line contains {@code needle}. */
    public static Optional<Long> child(String needle) {
        return ProcessHandle.current().descendants().map(ProcessHandle::pid).sorted()
                .filter(pid -> commandLine(pid).contains(needle)).findFirst();
    }

    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")), StandardCharsets.UTF_8);
        } catch (IOException gone) {
            return "";
        }
    }

    public static Memory memory(long pid) {
        long rss = 0;
        long hwm = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kib(line);
                } else if (line.startsWith("VmHWM:")) {
                    hwm = kib(line);
                }
            }
        } catch (IOException e) {
            return new Memory(pid, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] heap = heapInfo(pid);
        return new Memory(pid, rss / 1024.0, hwm / 1024.0, heap[0], heap[1]);
    }

    /** Committed heap (all generations) and committed metaspace in MiB, from {@code jcmd <pid> GC.heap_info}. */
    static double[] heapInfo(long pid) {
        try {
            Process p = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            double heap = 0;
            java.util.regex.Matcher gen = java.util.regex.Pattern.compile("generation\\s+total (\\d+)K").matcher(out);
            while (gen.find()) {
                heap += Long.parseLong(gen.group(1)) / 1024.0;
            }
            java.util.regex.Matcher meta = java.util.regex.Pattern.compile("Metaspace\\s+used \\d+K, committed (\\d+)K").matcher(out);
            return new double[] {heap == 0 ? Double.NaN : heap, meta.find() ? Long.parseLong(meta.group(1)) / 1024.0 : Double.NaN};
        } catch (IOException e) {
            return new double[] {Double.NaN, Double.NaN};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new double[] {Double.NaN, Double.NaN};
        }
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    /** The machine's load averages, as {@code uptime} prints them. */
    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
