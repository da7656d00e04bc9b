package org.fiscaldisclosure.bench.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.fiscaldisclosure.bench.Http;
import org.fiscaldisclosure.bench.Tokens;
import org.fiscaldisclosure.testdata.UnitFactory;
import org.fiscaldisclosure.infra.Suite;

/**
 * Publishes disclosures through the API, as docs/disclosure.md describes: every blocking WARNING explained (by the
 * reviewer), the resulting content hash approved with both attestations (reviewer), then published (publisher).
 * A disclosure with a FATAL finding cannot be published and is skipped.
 */
public final class Publisher {

    /** A published version: its unit and number, and its JSON path. */
    public record Published(String unitCode, int version, String path) {
    }

    private final Suite suite;
    private final Http http;

    public Publisher(Suite suite, Http http) {
        this.suite = suite;
        this.http = http;
    }

    /** Publishes up to {@code count} disclosures among units {@code from}..{@code to}. */
    public List<Published> publish(int from, int to, int count, List<String> skipped) throws Exception {
        List<Published> out = new ArrayList<>();
        for (int i = from; i <= to && out.size() < count; i++) {
            String unit = UnitFactory.unit(i).unitCode();
            String d = "/api/v1/disclosures/" + unit + "/2024";
            String base = suite.baseUrl(Suite.DISCLOSURE) + d;
            JsonNode pub = json(http.get(base + "/publication", Tokens.Role.REVIEWER), "publication of " + unit);
            String hash = pub.get("contentHash").asText();
            boolean fatal = false;
            for (JsonNode f : pub.path("blockingFindings")) {
                if ("FATAL".equals(f.path("severity").asText())) {
                    fatal = true;
                    skipped.add(unit + ": " + f.path("ruleId").asText() + " " + f.path("message").asText());
                    break;
                }
            }
            if (fatal) {
                continue;
            }
            for (JsonNode f : pub.path("blockingFindings")) {
                ObjectNode e = UnitFactory.JSON.createObjectNode().put("ruleId", f.path("ruleId").asText())
                        .put("location", f.path("location").asText())
                        .put("text", "经核实，该差异属实，原因已在说明中列明。").put("author", "基准测试审核员");
                hash = json(http.post(base + "/explanations", e.toString(), Tokens.Role.REVIEWER), "explanation").get("contentHash").asText();
            }
            ObjectNode approval = UnitFactory.JSON.createObjectNode().put("contentHash", hash).put("approver", "王审核")
                    .put("confidentialityReviewed", true).put("confidentialityReviewer", "李保密")
                    .put("signedOff", true).put("signedOffBy", "张部长");
            json(http.post(base + "/approvals", approval.toString(), Tokens.Role.REVIEWER), "approval of " + unit);
            ObjectNode publish = UnitFactory.JSON.createObjectNode().put("contentHash", hash).put("publishedBy", "赵发布");
            JsonNode version = json(http.post(base + "/versions", publish.toString(), Tokens.Role.PUBLISHER), "publication of " + unit);
            int n = version.get("version").asInt();
            out.add(new Published(unit, n, d + "/versions/" + n));
        }
        return out;
    }

    private static JsonNode json(Http.Reply r, String what) throws Exception {
        if (!r.ok()) {
            throw new IllegalStateException(what + " answered " + r.status() + ": " + r.body());
        }
        return UnitFactory.JSON.readTree(r.body());
    }
}
