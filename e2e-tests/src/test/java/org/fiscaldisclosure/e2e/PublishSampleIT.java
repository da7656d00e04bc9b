package org.fiscaldisclosure.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.fiscaldisclosure.infra.RoleTokens;
import org.fiscaldisclosure.infra.SampleLoader;
import org.fiscaldisclosure.infra.Suite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The publish walk-through of docs/disclosure.md, exactly as documented: {@code scripts/publish-sample.sh} run with
 * bash against the packaged suite with the sample loaded as {@code ./run.sh} loads it. The script itself checks each
 * step (refused while FATAL findings stand, corrections, explanations, approval, version 1, 409 without a new
 * approval, 422 without a correction note, version 2); this test then reads the outcome back through the API, runs
 * the script a second time (it lists what is published and exits 0) and reads the same outcome again.
 */
class PublishSampleIT {

    static final String UNIT = "110102-SWD";
    static RunningSuite running;

    @BeforeAll
    static void start() {
        running = RunningSuite.start("service-logs-publish");
        SampleLoader.load(running.suite(), running.root().resolve("sample"), UNIT, 2024);
        SampleLoader.awaitComplete(running.suite(), UNIT, 2024, Duration.ofSeconds(60));
        Http.bearer = running.suite().tokens().allRoles();
    }

    @AfterAll
    static void stop() {
        Http.bearer = null;
        if (running != null) {
            running.close();
        }
    }

    static String url(Suite.Service s) {
        return running.suite().baseUrl(s);
    }

    @Test
    void theScriptPublishesTheCorrectedSampleAsVersion1AndTheChangeAsVersion2AndARerunSaysSo() throws Exception {
        String output = runScript("publish-sample.out");

        // what the script printed: the refusal with the seed's FATAL findings, then the two refusals of step 4
        assertTrue(output.contains("POST …/versions -> 409"), output);
        assertTrue(output.contains("PF-TOT-001,FATAL,performance,/projects/7,总分,得分,990,99,891"), output);
        assertTrue(output.contains("PF-EXE-001,FATAL,performance"), output);
        assertTrue(output.contains("without a new approval: 409"), output);
        assertTrue(output.contains("without a correction note: 422"), output);

        assertPublishedAsDocumented();
        // each version's files verify against its signed manifest and state the same figures (docs/verification.md)
        for (int version = 1; version <= 2; version++) {
            VerifiedDownloads.assertVerifiable(running.root(), url(Suite.DISCLOSURE), UNIT, 2024, version);
        }

        // a second run lists what is published, exits 0 and changes nothing
        String again = runScript("publish-sample-again.out");
        assertTrue(again.contains("110102-SWD/2024 is already published"), again);
        assertTrue(again.contains("version 1, published "), again);
        assertTrue(again.contains("version 2, published "), again);
        assertTrue(again.contains("status now: PUBLISHED"), again);
        assertTrue(again.contains("/portal/disclosures/110102-SWD/2024"), again);
        assertPublishedAsDocumented();
    }

    /** Runs the script as documented, with the tokens file ./run.sh writes; asserts it exits 0 and answers its output. */
    static String runScript(String outputName) throws Exception {
        Path out = running.root().resolve("e2e-tests/target/" + outputName);
        ProcessBuilder bash = new ProcessBuilder("bash", running.root().resolve("scripts/publish-sample.sh").toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).directory(running.root().toFile());
        bash.environment().put("DISCLOSURE_URL", url(Suite.DISCLOSURE));
        bash.environment().put("STATEMENTS_URL", url(Suite.STATEMENTS));
        bash.environment().put("PERFORMANCE_URL", url(Suite.PERFORMANCE));
        // the tokens as ./run.sh leaves them: a file of the run, the preparer scoped to the sample's unit
        Path tokens = running.root().resolve("e2e-tests/target/publish-sample-tokens.env");
        RoleTokens.writeEnv(running.suite().tokens().forUnit(UNIT), tokens);
        bash.environment().keySet().removeIf(name -> name.endsWith("_TOKEN"));
        bash.environment().put("TOKENS_FILE", tokens.toString());
        Process script = bash.start();
        boolean ended = script.waitFor(10, TimeUnit.MINUTES);
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(ended, "the script did not end in 10 minutes: " + output);
        assertEquals(0, script.exitValue(), output);
        return output;
    }

    /** Versions 1 and 2 with their notes, the diff, who acted, the state, the portal and the region's sums. */
    static void assertPublishedAsDocumented() throws Exception {
        String d = url(Suite.DISCLOSURE) + "/api/v1/disclosures/" + UNIT + "/2024";
        JsonNode versions = Http.get(d + "/versions").body();
        assertEquals(2, versions.size(), versions.toString());
        assertEquals(1, versions.get(0).get("version").asInt());
        assertTrue(versions.get(0).get("correctionNote").isNull());
        assertTrue(versions.get(1).get("correctionNote").asText().contains("社区工作者岗位教育经费"));

        JsonNode diff = Http.get(d + "/versions/1/diff/2").body();
        assertEquals("performance", diff.at("/parts/0/part").asText(), diff.toString());
        assertEquals(2, diff.at("/parts/0/fromRevision").asInt());
        assertEquals(3, diff.at("/parts/0/toRevision").asInt());
        assertEquals("PF-RPT-001", diff.at("/explanations/0/ruleId").asText(), diff.toString());
        assertNull(diff.at("/explanations/0/to").textValue());

        // each step acted with its role: the audit trail names the reviewer and the publisher tokens, not a super-user
        JsonNode audit = Http.get(d + "/audit").body();
        int approvals = 0;
        int publications = 0;
        for (JsonNode entry : audit) {
            String action = entry.get("action").asText();
            if (action.equals("APPROVED") || action.equals("EXPLAINED")) {
                approvals++;
                assertEquals("local-reviewer", entry.at("/actor/subject").asText(), entry.toString());
            }
            if (action.equals("PUBLISHED")) {
                publications++;
                assertEquals("local-publisher", entry.at("/actor/subject").asText(), entry.toString());
            }
        }
        assertEquals(2, publications, audit.toString());
        assertTrue(approvals > 3, audit.toString());

        JsonNode state = Http.get(d + "/publication").body();
        assertEquals("PUBLISHED", state.get("status").asText());
        assertEquals(0, state.get("blockingFindings").size());
        JsonNode findings = Http.get(d + "/findings").body();
        assertEquals(0, findings.get("fatal").asInt());
        assertEquals(0, findings.get("unexplainedWarnings").asInt());

        String page = Http.text(url(Suite.DISCLOSURE) + "/portal/disclosures/" + UNIT + "/2024");
        assertTrue(page.contains("/api/v1/disclosures/" + UNIT + "/2024/versions/2?format=pdf"), page);
        assertTrue(page.contains("已公开"), page);
        JsonNode region = Http.get(url(Suite.DISCLOSURE) + "/api/v1/regions/110102/summary?year=2024").body();
        assertEquals(1, region.at("/byStatus/PUBLISHED").asInt());
        assertEquals(0, region.at("/published/grandTotal").decimalValue().compareTo(new BigDecimal("3586400.00")));
    }
}
