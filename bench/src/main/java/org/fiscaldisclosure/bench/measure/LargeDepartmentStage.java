package org.fiscaldisclosure.bench.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fiscaldisclosure.bench.Http;
import org.fiscaldisclosure.bench.Tokens;
import org.fiscaldisclosure.infra.SampleLoader;
import org.fiscaldisclosure.infra.Suite;
import org.fiscaldisclosure.testdata.DepartmentSize;
import org.fiscaldisclosure.testdata.LargeDepartment;
import org.fiscaldisclosure.testdata.UnitFactory;

/**
 * The large department from PUT to a published version with all its files: its three parts PUT, the disclosure
 * awaited until complete, every WARNING explained, approved, published, and each file awaited until READY; the
 * times of each step, the sizes of the parts and files, and the disclosure-service's memory (VmRSS now, VmHWM the
 * peak since it started) before and after the renderings.
 */
public final class LargeDepartmentStage {

    /** What the stage found. */
    public record Result(DepartmentSize size, Map<String, Integer> partBytes, double putSeconds, double completeSeconds,
                         Map<String, Integer> warnings, double publishSeconds, Map<String, Double> readySeconds,
                         Map<String, Integer> fileBytes, List<String> fileStates, Processes.Memory before,
                         Processes.Memory after) {
    }

    private final Suite suite;
    private final Http http;
    private final Path root;

    public LargeDepartmentStage(Suite suite, Http http, Path root) {
        this.suite = suite;
        this.http = http;
        this.root = root;
    }

    public Result run(DepartmentSize size, long seed, long disclosurePid, long timeoutMillis) throws Exception {
        String unit = LargeDepartment.UNIT.unitCode();
        int year = LargeDepartment.YEAR;
        Map<String, String> parts = new LargeDepartment(root).generate(seed, size).json();
        Map<String, Integer> partBytes = new TreeMap<>();
        long t0 = System.nanoTime();
        for (String part : UnitFactory.PARTS) {
            String body = parts.get(part);
            partBytes.put(part, body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            String url = suite.baseUrl(SampleLoader.owners().get(part)) + "/api/v1/" + part + "/" + unit + "/" + year;
            require(http.put(url, body, Tokens.Role.PREPARER), "PUT " + part);
        }
        double putSeconds = seconds(t0);
        SampleLoader.awaitComplete(suite, unit, year, java.time.Duration.ofMillis(timeoutMillis));
        double completeSeconds = seconds(t0);

        String d = suite.baseUrl(Suite.DISCLOSURE) + "/api/v1/disclosures/" + unit + "/" + year;
        JsonNode publication = json(require(http.get(d + "/publication", Tokens.Role.REVIEWER), "publication"));
        String hash = publication.get("contentHash").asText();
        Map<String, Integer> warnings = new TreeMap<>();
        for (JsonNode f : publication.path("blockingFindings")) {
            warnings.merge(f.path("severity").asText() + " " + f.path("ruleId").asText(), 1, Integer::sum);
            if (!"WARNING".equals(f.path("severity").asText())) {
                throw new IllegalStateException("the large department has a " + f.path("severity").asText() + " finding: " + f);
            }
            ObjectNode e = UnitFactory.JSON.createObjectNode().put("ruleId", f.path("ruleId").asText())
                    .put("location", f.path("location").asText()).put("text", "经核实，该科目属于本年度政府收支分类科目，目录尚未收录。")
                    .put("author", "基准测试审核员");
            hash = json(require(http.post(d + "/explanations", e.toString(), Tokens.Role.REVIEWER), "explanation")).get("contentHash").asText();
        }
        ObjectNode approval = UnitFactory.JSON.createObjectNode().put("contentHash", hash).put("approver", "王审核")
                .put("confidentialityReviewed", true).put("confidentialityReviewer", "李保密").put("signedOff", true).put("signedOffBy", "张主任");
        require(http.post(d + "/approvals", approval.toString(), Tokens.Role.REVIEWER), "approval");
        Processes.Memory before = Processes.memory(disclosurePid);
        long p0 = System.nanoTime();
        require(http.post(d + "/versions", UnitFactory.JSON.createObjectNode().put("contentHash", hash).put("publishedBy", "赵发布").toString(),
                Tokens.Role.PUBLISHER), "publication");
        double publishSeconds = seconds(p0);

        Map<String, Double> ready = new LinkedHashMap<>();
        List<String> states = new ArrayList<>();
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (System.nanoTime() < deadline) {
            Http.Reply reply = http.get(d + "/versions/1", Tokens.Role.REVIEWER);
            if (!reply.ok()) {
                // the service may answer an error while it renders the PDF (its heap is then at its fullest): asked again
                Thread.sleep(2000);
                continue;
            }
            JsonNode v = json(reply);
            states.clear();
            for (JsonNode f : v.path("files")) {
                String format = f.path("format").asText();
                states.add(format + " " + f.path("state").asText() + (f.hasNonNull("error") ? " (" + f.get("error").asText() + ")" : ""));
                if (!"PENDING".equals(f.path("state").asText())) {
                    ready.putIfAbsent(format, seconds(p0));
                }
            }
            if (!states.isEmpty() && ready.size() == states.size()) {
                break;
            }
            Thread.sleep(500);
        }
        Processes.Memory after = Processes.memory(disclosurePid);
        Map<String, Integer> fileBytes = new TreeMap<>();
        for (String format : ready.keySet()) {
            byte[] file = http.bytes(d + "/versions/1?format=" + format, Tokens.Role.REVIEWER);
            fileBytes.put(format, file == null ? -1 : file.length);
        }
        return new Result(size, partBytes, putSeconds, completeSeconds, warnings, publishSeconds, ready, fileBytes, List.copyOf(states),
                before, after);
    }

    /** One line for RESULTS.md and the console. */
    public static String describe(Result r) {
        return String.format(java.util.Locale.ROOT, "large department (%s): parts %s bytes PUT in %.1f s, complete after %.1f s; "
                        + "WARNINGs explained %s; POST …/versions answered after %.1f s; files ready after %s s: %s (bytes %s); "
                        + "disclosure-service VmRSS %.0f → %.0f MiB, peak VmHWM %.0f → %.0f MiB",
                r.size(), r.partBytes(), r.putSeconds(), r.completeSeconds(), r.warnings(), r.publishSeconds(),
                r.readySeconds().entrySet().stream().map(e -> e.getKey() + " " + String.format(java.util.Locale.ROOT, "%.1f", e.getValue())).toList(),
                r.fileStates(), r.fileBytes(), r.before().rssMiB(), r.after().rssMiB(), r.before().peakMiB(), r.after().peakMiB());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static Http.Reply require(Http.Reply r, String what) {
        if (!r.ok()) {
            throw new IllegalStateException(what + " answered " + r.status() + ": " + r.body());
        }
        return r;
    }

    private static JsonNode json(Http.Reply r) throws Exception {
        return UnitFactory.JSON.readTree(r.body());
    }
}
