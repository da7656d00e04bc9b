package org.fiscaldisclosure.bench.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Java Flight Recorder on a running service, started and stopped with {@code jcmd} (JDK 17, nothing to install),
 * {@code settings=profile} (a Java stack sample every 10-20 ms); the recording is summarised from
 * {@code jfr print --events jdk.ExecutionSample}: the hottest methods by own samples (top frame), by package, and
 * the application methods ({@code org.fiscaldisclosure}) by inclusive samples.
 */
public final class Profiler {

    /** A summary of one recording. */
    public record Summary(String label, Path file, int samples, List<Map.Entry<String, Integer>> selfTop,
                          List<Map.Entry<String, Integer>> packageTop, List<Map.Entry<String, Integer>> appInclusiveTop) {
    }

    private final Path dir;

    public Profiler(Path dir) {
        this.dir = dir;
    }

    public Path start(long pid, String label) {
        Path file = dir.resolve(label + ".jfr");
        run("jcmd", String.valueOf(pid), "JFR.start", "name=" + label, "settings=profile", "filename=" + file);
        return file;
    }

    public void stop(long pid, String label, Path file) {
        run("jcmd", String.valueOf(pid), "JFR.stop", "name=" + label, "filename=" + file);
    }

    public Summary summarize(String label, Path file) {
        String text = run("jfr", "print", "--stack-depth", "64", "--events", "jdk.ExecutionSample", file.toString());
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> packages = new HashMap<>();
        Map<String, Integer> app = new HashMap<>();
        int samples = 0;
        List<String> frames = null;
        for (String raw : text.split("\n")) {
            String line = raw.trim();
            if (line.startsWith("stackTrace = [")) {
                frames = new ArrayList<>();
            } else if (frames != null && line.equals("]")) {
                if (!frames.isEmpty()) {
                    samples++;
                    self.merge(frames.get(0), 1, Integer::sum);
                    packages.merge(packageOf(frames.get(0)), 1, Integer::sum);
                    Set<String> seen = new HashSet<>();
                    for (String f : frames) {
                        if (f.startsWith("org.fiscaldisclosure") && seen.add(f)) {
                            app.merge(f, 1, Integer::sum);
                        }
                    }
                }
                frames = null;
            } else if (frames != null && !line.isEmpty() && !line.equals("...")) {
                int cut = line.indexOf(" line:");
                String method = cut > 0 ? line.substring(0, cut) : line;
                int paren = method.indexOf('(');
                frames.add(paren > 0 ? method.substring(0, paren) : method);
            }
        }
        return new Summary(label, file, samples, top(self, 12), top(packages, 10), top(app, 12));
    }

    private static String packageOf(String method) {
        String[] parts = method.split("\\.");
        int keep = Math.min(3, Math.max(1, parts.length - 2));
        return String.join(".", java.util.Arrays.copyOf(parts, keep));
    }

    private static List<Map.Entry<String, Integer>> top(Map<String, Integer> counts, int n) {
        List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
        list.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : list.subList(0, Math.min(n, list.size()))) {
            out.put(e.getKey(), e.getValue());
        }
        return new ArrayList<>(out.entrySet());
    }

    private String run(String... cmd) {
        try {
            Files.createDirectories(dir);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", cmd) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
