package org.fiscaldisclosure.bench.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Read load with {@code wrk} (2 threads, the given connections and duration, {@code --latency}): a Lua script
 * rotates over the given paths and adds the Authorization header when a token is given.
 */
public final class Wrk {

    /** What wrk reported. */
    public record Result(String label, double requestsPerSecond, double p50Millis, double p99Millis, long requests,
                         long non2xx, long socketErrors, double transferMegabytesPerSecond) {
    }

    private final Path workDir;
    private final int connections;

    public Wrk(Path workDir, int connections) {
        this.workDir = workDir;
        this.connections = connections;
    }

    public Result run(String label, String baseUrl, List<String> paths, int seconds, Optional<String> authorization) {
        return run(label, baseUrl, paths, seconds, authorization, java.util.Map.of());
    }

    /** As {@link #run(String, String, List, int, Optional)}, with further request headers (e.g. Accept-Encoding). */
    public Result run(String label, String baseUrl, List<String> paths, int seconds, Optional<String> authorization,
                      java.util.Map<String, String> headers) {
        try {
            Files.createDirectories(workDir);
            Path script = workDir.resolve(label.replaceAll("[^A-Za-z0-9]+", "-") + ".lua");
            StringBuilder lua = new StringBuilder("local paths = {");
            for (String p : paths) {
                lua.append('"').append(p.replace("\"", "")).append("\",");
            }
            lua.append("}\nlocal i = 0\n");
            authorization.ifPresent(a -> lua.append("wrk.headers[\"Authorization\"] = \"").append(a).append("\"\n"));
            headers.forEach((k, v) -> lua.append("wrk.headers[\"").append(k).append("\"] = \"").append(v).append("\"\n"));
            lua.append("request = function()\n  i = i + 1\n  return wrk.format(nil, paths[(i % #paths) + 1])\nend\n");
            Files.writeString(script, lua.toString());
            List<String> cmd = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s",
                    "--timeout", "10s", "--latency", "-s", script.toString(), baseUrl));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("wrk failed: " + out);
            }
            Files.writeString(workDir.resolve(label.replaceAll("[^A-Za-z0-9]+", "-") + ".txt"), out);
            return parse(label, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Result parse(String label, String out) {
        double rps = number(out, "Requests/sec:\\s+([0-9.]+)");
        double p50 = millis(out, "\\s50%\\s+([0-9.]+)(us|ms|s)");
        double p99 = millis(out, "\\s99%\\s+([0-9.]+)(us|ms|s)");
        long requests = (long) number(out, "([0-9]+) requests in");
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)").matcher(out);
        Matcher errors = Pattern.compile("Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)").matcher(out);
        long socketErrors = 0;
        if (errors.find()) {
            for (int g = 1; g <= 4; g++) {
                socketErrors += Long.parseLong(errors.group(g));
            }
        }
        Matcher transfer = Pattern.compile("Transfer/sec:\\s+([0-9.]+)(B|KB|MB|GB)").matcher(out);
        double mb = 0;
        if (transfer.find()) {
            double v = Double.parseDouble(transfer.group(1));
            mb = switch (transfer.group(2)) {
                case "B" -> v / 1e6;
                case "KB" -> v / 1e3;
                case "GB" -> v * 1e3;
                default -> v;
            };
        }
        return new Result(label, rps, p50, p99, requests, non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, socketErrors, mb);
    }

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk output without " + regex + ":\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    private static double millis(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk output without " + regex + ":\n" + out);
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }
}
