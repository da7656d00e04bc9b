package org.fiscaldisclosure.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fiscaldisclosure.infra.ForgedTokens;
import org.fiscaldisclosure.infra.RoleTokens;
import org.fiscaldisclosure.infra.SampleLoader;
import org.fiscaldisclosure.infra.Suite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The hostile-input corpus (docs/security.md) against the four packaged services with the sample loaded: every operation
 * of their OpenAPI documents gets the requests of {@link HostileCases}; each must be answered 4xx with problem details,
 * store nothing, send nothing, and leave the services healthy. Then hostile text that is legitimately text (SQL and
 * script fragments, characters outside the BMP) is accepted as data, stored exactly, and escaped on the published
 * page. The counts are printed and written to {@code e2e-tests/target/hostile-corpus-report.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileCorpusIT {

    static final String UNIT = HostileCases.UNIT;
    static RunningSuite running;
    static RoleTokens tokens;
    static HostileState state;
    static final HostileReport REPORT = new HostileReport();

    @BeforeAll
    static void start() throws Exception {
        running = RunningSuite.start("hostile-corpus-logs");
        tokens = running.suite().tokens();
        SampleLoader.load(running.suite(), running.root().resolve("sample"), UNIT, 2024);
        SampleLoader.awaitComplete(running.suite(), UNIT, 2024, Duration.ofSeconds(60));
        state = new HostileState(running.infra());
        // the relay has sent the sample's events before the corpus starts counting offsets
        awaitOutboxSent();
    }

    @AfterAll
    static void stop() throws Exception {
        String report = REPORT.markdown();
        System.out.println(report);
        if (running != null) {
            REPORT.write(running.root().resolve("e2e-tests/target/hostile-corpus-report.md"));
        }
        if (state != null) {
            state.close();
        }
        if (running != null) {
            running.close();
        }
    }

    static String base(Suite.Service s) {
        return running.suite().baseUrl(s);
    }

    static String disclosure() {
        return base(Suite.DISCLOSURE) + "/api/v1/disclosures/" + UNIT + "/2024";
    }

    static JsonNode get(String url, String token) throws Exception {
        HostileRequest.Reply r = HostileRequest.of("GET", url).bearer(token).send();
        assertEquals(200, r.status(), url + ": " + r.body());
        return Http.JSON.readTree(r.body());
    }

    static void awaitOutboxSent() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Map<String, Long> offsets = state.offsets();
        while (System.nanoTime() < deadline) {
            Thread.sleep(2_000);
            Map<String, Long> now = state.offsets();
            if (now.equals(offsets)) {
                return;
            }
            offsets = now;
        }
    }

    /** The valid body of each operation that takes one, built from the sample and the disclosure's current state. */
    static byte[] validBody(HostileEndpoint e) {
        try {
            Path sample = running.root().resolve("sample").resolve(UNIT).resolve("2024");
            String t = e.template();
            if (t.endsWith("/projects/{projectCode}")) {
                JsonNode part = Http.JSON.readTree(sample.resolve("performance.json").toFile());
                return part.at("/projects/0").toString().getBytes(StandardCharsets.UTF_8);
            }
            if (t.startsWith("/api/v1/final-accounts/") || t.startsWith("/api/v1/procurement/") || t.startsWith("/api/v1/performance/")) {
                String part = t.split("/")[3];
                return Files.readAllBytes(sample.resolve(part + ".json"));
            }
            JsonNode publication = get(disclosure() + "/publication", tokens.reviewer());
            String hash = publication.get("contentHash").asText();
            ObjectNode body = Http.JSON.createObjectNode();
            if (t.endsWith("/explanations")) {
                JsonNode warning = publication.at("/blockingFindings/0");
                body.put("ruleId", warning.get("ruleId").asText()).put("location", warning.get("location").asText())
                        .put("text", "已核实：该科目本年未发生需解释的名词").put("author", "钱财务");
            } else if (t.endsWith("/approvals")) {
                body.put("contentHash", hash).put("approver", "王审核").put("confidentialityReviewed", true)
                        .put("confidentialityReviewer", "李保密").put("signedOff", true).put("signedOffBy", "张部长");
            } else {
                body.put("contentHash", hash).put("publishedBy", "赵发布");
            }
            return body.toString().getBytes(StandardCharsets.UTF_8);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Test
    @Order(1)
    void everyOperationRefusesHostileInputWithAProblemAndNothingIsStoredOrSent() throws Exception {
        List<HostileEndpoint> endpoints = HostileEndpoint.all(running.root());
        Map<String, Set<String>> methodsOfPath = new LinkedHashMap<>();
        endpoints.forEach(e -> methodsOfPath.computeIfAbsent(e.service().name() + e.template(), k -> new LinkedHashSet<>())
                .add(e.method()));
        Map<Suite.Service, String> urls = new LinkedHashMap<>();
        HostileEndpoint.SERVICES.forEach(s -> urls.put(s, base(s)));
        Map<String, String> forged = ForgedTokens.against(tokens.issuer());
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        HostileCases generator = new HostileCases(urls, tokens, forged,
                e -> bodies.computeIfAbsent(e.key(), k -> validBody(e)));

        Map<String, Long> offsetsBefore = state.offsets();
        List<String> unhealthy = new ArrayList<>();
        for (HostileEndpoint e : endpoints) {
            List<HostileCases.Case> cases = generator.of(e, methodsOfPath.get(e.service().name() + e.template()));
            assertFalse(cases.isEmpty(), "no hostile case for " + e.key());
            for (HostileCases.Case c : cases) {
                Map<String, Long> before = state.rows();
                HostileRequest.Reply reply;
                try {
                    reply = c.request().send();
                } catch (Exception ex) {
                    REPORT.fail(c, "no answer: " + ex);
                    continue;
                }
                REPORT.count(c, reply.status());
                check(c, reply);
                List<String> stored = HostileState.differences(before, state.rows());
                if (!stored.isEmpty()) {
                    REPORT.fail(c, "stored: " + stored);
                }
            }
            healthy(unhealthy, e.key());
        }
        Thread.sleep(3_000); // a relay sweep at least: anything stored would have been sent by now
        List<String> sent = HostileState.differences(offsetsBefore, state.offsets());
        if (!sent.isEmpty()) {
            REPORT.fail("events were sent: " + sent);
        }
        unhealthy.forEach(REPORT::fail);
        System.out.println("[hostile] " + REPORT.cases() + " cases on " + REPORT.endpoints() + " endpoints, "
                + REPORT.failures().size() + " failures");
        assertEquals(List.of(), REPORT.failures(), String.join("\n", REPORT.failures()));
        assertEquals(endpoints.size(), REPORT.endpoints());
    }

    static void check(HostileCases.Case c, HostileRequest.Reply reply) {
        int status = reply.status();
        if (status < 400 || status > 499) {
            REPORT.fail(c, "answered " + status + " " + abbreviated(reply.body()));
            return;
        }
        if (!reply.contentType().startsWith("application/problem+json")) {
            REPORT.fail(c, status + " not problem+json but '" + reply.contentType() + "' " + abbreviated(reply.body()));
            return;
        }
        try {
            JsonNode problem = Http.JSON.readTree(reply.body());
            if (problem.path("status").asInt() != status || !problem.hasNonNull("title")) {
                REPORT.fail(c, "problem without matching status and title: " + abbreviated(reply.body()));
            }
        } catch (Exception ex) {
            REPORT.fail(c, "problem body is not JSON: " + abbreviated(reply.body()));
        }
        if (status == 401 && (reply.wwwAuthenticate() == null || !reply.wwwAuthenticate().startsWith("Bearer"))) {
            REPORT.fail(c, "401 without WWW-Authenticate: Bearer");
        }
    }

    static void healthy(List<String> unhealthy, String after) {
        for (Suite.Service s : HostileEndpoint.SERVICES) {
            try {
                HostileRequest.Reply r = HostileRequest.of("GET", base(s) + "/q/health").send();
                if (r.status() != 200 || !r.body().contains("\"UP\"")) {
                    unhealthy.add(s.name() + " not healthy after " + after + ": " + r.status() + " " + abbreviated(r.body()));
                }
            } catch (Exception ex) {
                unhealthy.add(s.name() + " not answering after " + after + ": " + ex);
            }
        }
    }

    static String abbreviated(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    @Test
    @Order(2)
    void hostileTextIsStoredAsSentAndEscapedOnThePublishedPage() throws Exception {
        String hostileName = "中共北京市西城区委社会工作部<script>alert('name')</script>'; DROP TABLE part_revision; --𠮷";
        String hostileText = "说明<img src=x onerror=alert(1)>' OR '1'='1; DELETE FROM explanation; --";
        String hostileApprover = "王审核</td><script>alert(3)</script>";
        String hostilePublisher = "赵发布\"><svg onload=alert(4)>";
        Map<String, Long> before = state.rows();

        // the sample as corrected for publication (sample/…/corrections/README.md: the seed's FATAL findings mended)
        Path corrections = running.root().resolve("sample").resolve(UNIT).resolve("2024").resolve("corrections");
        ObjectNode statements = (ObjectNode) Http.JSON.readTree(corrections.resolve("final-accounts.json").toFile());
        ((ObjectNode) statements.get("unit")).put("name", hostileName);
        String part = base(Suite.STATEMENTS) + "/api/v1/final-accounts/" + UNIT + "/2024";
        HostileRequest.Reply put = HostileRequest.of("PUT", part).bearer(tokens.preparer(UNIT)).json(statements.toString()).send();
        assertEquals(200, put.status(), put.body());
        // the sample's performance part carries FATAL findings of the seed (PF-EXE-001, PF-TOT-001/002): its corrected
        // form, so that the disclosure can be published
        String clean = Files.readString(corrections.resolve("performance.json"));
        HostileRequest.Reply performance = HostileRequest.of("PUT", base(Suite.PERFORMANCE) + "/api/v1/performance/" + UNIT + "/2024")
                .bearer(tokens.preparer(UNIT)).json(clean).send();
        assertEquals(200, performance.status(), performance.body());
        assertEquals(hostileName, get(part, tokens.reviewer()).at("/part/unit/name").asText());
        REPORT.accepted("unit name with a script element, an SQL fragment and 𠮷 (U+20BB7): stored and read back exactly");

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode publication = null;
        while (System.nanoTime() < deadline) {
            JsonNode d = get(disclosure(), tokens.reviewer());
            if (d.at("/revisions/statements").asInt() == 2 && d.at("/revisions/performance").asInt() == 2) {
                publication = get(disclosure() + "/publication", tokens.reviewer());
                break;
            }
            Thread.sleep(200);
        }
        assertTrue(publication != null, "the changed part never reached the disclosure");
        for (JsonNode blocking : publication.get("blockingFindings")) {
            assertEquals("WARNING", blocking.get("severity").asText(), "no FATAL finding is left: " + blocking);
            HostileRequest.Reply explained = HostileRequest.of("POST", disclosure() + "/explanations").bearer(tokens.reviewer())
                    .json(Http.JSON.createObjectNode().put("ruleId", blocking.get("ruleId").asText())
                            .put("location", blocking.get("location").asText()).put("text", hostileText)
                            .put("author", "钱财务<b>").toString()).send();
            assertEquals(201, explained.status(), explained.body());
        }
        String hash = get(disclosure() + "/publication", tokens.reviewer()).get("contentHash").asText();
        HostileRequest.Reply approved = HostileRequest.of("POST", disclosure() + "/approvals").bearer(tokens.reviewer())
                .json(Http.JSON.createObjectNode().put("contentHash", hash).put("approver", hostileApprover)
                        .put("confidentialityReviewed", true).put("confidentialityReviewer", "李保密")
                        .put("signedOff", true).put("signedOffBy", "张部长").toString()).send();
        assertEquals(201, approved.status(), approved.body());
        HostileRequest.Reply published = HostileRequest.of("POST", disclosure() + "/versions").bearer(tokens.publisher())
                .json(Http.JSON.createObjectNode().put("contentHash", hash).put("publishedBy", hostilePublisher).toString()).send();
        assertEquals(201, published.status(), published.body());

        HostileRequest.Reply page = HostileRequest.of("GET", disclosure() + "/versions/1?format=html").send();
        assertEquals(200, page.status());
        String html = page.body();
        for (String raw : List.of("<script>alert(", "<img src=x", "<svg onload", "</td><script>")) {
            assertFalse(html.contains(raw), "unescaped " + raw + " on the page");
        }
        assertTrue(html.contains("&lt;script&gt;alert("), "the unit name is shown escaped");
        // the published document carries no findings; their explanations are shown, escaped, on the data-quality view
        HostileRequest.Reply quality = HostileRequest.of("GET", base(Suite.DISCLOSURE) + "/portal/disclosures/" + UNIT
                + "/2024/data-quality").send();
        assertEquals(200, quality.status());
        assertFalse(quality.body().contains("<img src=x"), "unescaped explanation on the data-quality view");
        assertTrue(quality.body().contains("&lt;img src=x onerror=alert(1)&gt;"), "the explanation is shown escaped");
        assertTrue(html.contains("𠮷"), "a character outside the BMP is shown as it is");
        REPORT.accepted("explanation text with an `<img onerror>` element and SQL, approver with `</td><script>`, publisher "
                + "with `\"><svg onload>`: accepted (201), published as version 1; the public HTML page shows them escaped "
                + "(`&lt;script&gt;`, `&lt;img …&gt;`) and no raw element");

        JsonNode document = get(disclosure() + "/versions/1?format=json", null);
        assertEquals(hostilePublisher, document.get("publishedBy").asText());
        assertEquals(hostileApprover, document.at("/approval/approver").asText());
        Map<String, Long> after = state.rows();
        assertEquals(before.get("statements.part_revision") + 1, after.get("statements.part_revision"));
        assertEquals(before.get("performance.part_revision") + 1, after.get("performance.part_revision"));
        assertEquals(before.get("statements.audit_entry") + 1, after.get("statements.audit_entry"));
        assertTrue(after.get("disclosure.explanation") > before.get("disclosure.explanation"));
        assertEquals(before.get("disclosure.disclosure_version") + 1, after.get("disclosure.disclosure_version"));
        JsonNode audit = get(disclosure() + "/audit", tokens.admin());
        assertEquals(hostilePublisher, audit.get(audit.size() - 1).get("statedBy").asText());
        REPORT.accepted("the SQL fragments were stored as text: every table is still there and counted one more revision, "
                + "explanation(s), approval and version");
    }
}
