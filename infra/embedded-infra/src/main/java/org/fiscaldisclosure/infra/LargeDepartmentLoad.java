package org.fiscaldisclosure.infra;

import static org.fiscaldisclosure.infra.SuiteHttp.JSON;
import static org.fiscaldisclosure.infra.SuiteHttp.seconds;
import static org.fiscaldisclosure.infra.SuiteHttp.send;
import static org.fiscaldisclosure.infra.SuiteHttp.sleep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.fiscaldisclosure.testdata.DepartmentSize;
import org.fiscaldisclosure.testdata.LargeDepartment;

/**
 * The large department ({@link LargeDepartment}, 北京市海淀区教育委员会 {@code 110108-JW}/2024) loaded into a running
 * suite and published, as its people would: the three parts PUT by a preparer of the unit, the disclosure awaited
 * until complete, every WARNING explained by a reviewer (a FATAL finding stops it), the exact content approved and
 * published as version 1 by a publisher; then each file of the version is awaited until it is rendered, with the
 * time it took and the disclosure-service's memory ({@code VmRSS}, peak {@code VmHWM}).
 */
public final class LargeDepartmentLoad {

    static final long SEED = 20240;

    /** The reviewer's explanation of a WARNING the generated department raises (docs/testdata.md lists them). */
    static final String EXPLANATION = "该科目为《2024年政府收支分类科目》中的科目，本年度分类科目目录尚未收录，已核对编码与名称。";


    private final Suite suite;
    private final Path root;
    private final Consumer<String> say;

    public LargeDepartmentLoad(Suite suite, Path root, Consumer<String> say) {
        this.suite = suite;
        this.root = root;
        this.say = say;
    }

    /** The disclosure's address. */
    public String disclosure() {
        return suite.baseUrl(Suite.DISCLOSURE) + "/api/v1/disclosures/" + LargeDepartment.UNIT.unitCode() + "/" + LargeDepartment.YEAR;
    }

    /** PUTs the department of {@code size}, explains, approves and publishes it: the version's address. */
    public String publish(DepartmentSize size) {
        String unit = LargeDepartment.UNIT.unitCode();
        Map<String, String> parts = new LargeDepartment(root).generate(SEED, size).json();
        String preparer = suite.tokens().preparer(unit);
        long t0 = System.nanoTime();
        for (Map.Entry<String, String> part : parts.entrySet()) {
            String url = suite.baseUrl(SampleLoader.owners().get(part.getKey())) + "/api/v1/" + part.getKey() + "/" + unit + "/"
                    + LargeDepartment.YEAR;
            send("PUT", url, part.getValue(), preparer);
            say.accept(String.format(Locale.ROOT, "  PUT %s (%,d bytes)", part.getKey(), part.getValue().getBytes(StandardCharsets.UTF_8).length));
        }
        SampleLoader.awaitComplete(suite, unit, LargeDepartment.YEAR, Duration.ofMinutes(10));
        say.accept(String.format(Locale.ROOT, "  assembled after %.1f s", seconds(t0)));

        String reviewer = suite.tokens().reviewer();
        JsonNode publication = send("GET", disclosure() + "/publication", null, reviewer);
        String hash = publication.path("contentHash").asText();
        Map<String, Integer> explained = new TreeMap<>();
        for (JsonNode f : publication.path("blockingFindings")) {
            if (!"WARNING".equals(f.path("severity").asText())) {
                throw new IllegalStateException("the large department has a " + f.path("severity").asText() + " finding: " + f);
            }
            ObjectNode e = JSON.createObjectNode().put("ruleId", f.path("ruleId").asText()).put("location", f.path("location").asText())
                    .put("text", EXPLANATION).put("author", "王审核");
            hash = send("POST", disclosure() + "/explanations", e.toString(), reviewer).path("contentHash").asText();
            explained.merge(f.path("ruleId").asText(), 1, Integer::sum);
        }
        say.accept("  WARNINGs explained: " + (explained.isEmpty() ? "none" : explained));
        ObjectNode approval = JSON.createObjectNode().put("contentHash", hash).put("approver", "王审核")
                .put("confidentialityReviewed", true).put("confidentialityReviewer", "李保密").put("signedOff", true)
                .put("signedOffBy", "张主任");
        send("POST", disclosure() + "/approvals", approval.toString(), reviewer);
        JsonNode version = send("POST", disclosure() + "/versions",
                JSON.createObjectNode().put("contentHash", hash).put("publishedBy", "赵发布").toString(), suite.tokens().publisher());
        int number = version.path("version").asInt(1);
        say.accept(String.format(Locale.ROOT, "  published as version %d after %.1f s", number, seconds(t0)));
        return disclosure() + "/versions/" + number;
    }

    /**
     * Awaits every file of the version until READY or FAILED, saying each as it is done with the time since the call
     * and the disclosure-service's memory: whether all are READY.
     */
    public boolean awaitFiles(String version, Duration timeout) {
        long t0 = System.nanoTime();
        Map<String, String> done = new LinkedHashMap<>();
        long deadline = t0 + timeout.toNanos();
        int files = -1;
        while (System.nanoTime() < deadline && done.size() != files) {
            JsonNode v;
            try {
                v = send("GET", version, null, suite.tokens().reviewer());
            } catch (IllegalStateException e) {
                // the service answered an error while it renders (its heap is then at its fullest): asked again
                say.accept("  (" + e.getMessage().lines().findFirst().orElse("") + "; asking again)");
                sleep(5000);
                continue;
            }
            files = v.path("files").size();
            for (JsonNode f : v.path("files")) {
                String format = f.path("format").asText();
                String state = f.path("state").asText();
                if (!"PENDING".equals(state) && !done.containsKey(format)) {
                    done.put(format, state);
                    say.accept(String.format(Locale.ROOT, "  %-11s %s after %.1f s%s; disclosure-service %s", format, state, seconds(t0),
                            f.hasNonNull("error") ? " (" + f.get("error").asText() + ")" : "", memory()));
                }
            }
            sleep(1000);
        }
        return files > 0 && done.size() == files && done.values().stream().allMatch("READY"::equals);
    }

    /** The disclosure-service's resident memory now and at its peak, from /proc (Linux). */
    String memory() {
        OptionalLong pid = suite.service(Suite.DISCLOSURE).pid();
        if (pid.isEmpty()) {
            return "memory unknown";
        }
        try {
            String rss = "?";
            String hwm = "?";
            for (String line : Files.readAllLines(Path.of("/proc/" + pid.getAsLong() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = mib(line);
                } else if (line.startsWith("VmHWM:")) {
                    hwm = mib(line);
                }
            }
            return "VmRSS " + rss + ", peak VmHWM " + hwm;
        } catch (IOException e) {
            return "memory unknown";
        }
    }

    private static String mib(String statusLine) {
        long kb = Long.parseLong(statusLine.replaceAll("[^0-9]", ""));
        return (kb / 1024) + " MiB";
    }
}
