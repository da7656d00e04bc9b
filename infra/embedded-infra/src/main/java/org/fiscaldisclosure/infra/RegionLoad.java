package org.fiscaldisclosure.infra;

import static org.fiscaldisclosure.infra.SuiteHttp.JSON;
import static org.fiscaldisclosure.infra.SuiteHttp.seconds;
import static org.fiscaldisclosure.infra.SuiteHttp.send;
import static org.fiscaldisclosure.infra.SuiteHttp.sleep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.fiscaldisclosure.infra.SuiteHttp.Conflict;
import org.fiscaldisclosure.testdata.UnitFactory;
import org.fiscaldisclosure.testdata.UnitIdentity;

/**
 * A region of generated units ({@link UnitFactory}, seed {@link #SEED}: the same region every time) loaded into a
 * running suite and published through the APIs as its people would, so that every page of the portal has a region to
 * show: several units of one district ({@link #DISTRICT}, 北京市朝阳区), each with its 2024 and 2023 disclosures. The
 * 2024 parts are PUT first and the 2023 parts after them (years that arrive in any order: the statements-service
 * derives each 2024 part again when its 2023 part arrives), each part recording the unit's 决算批复 date
 * ({@code unit.accountsApprovedOn}). Then each disclosure is awaited until complete, its WARNINGs explained by a
 * reviewer (a FATAL finding stops the load), its exact content approved and published by a publisher, except:
 *
 * <ul>
 * <li>the first unit's 2024 disclosure is changed after its publication (its performance part: the department's
 * 评价得分 one point higher and a sentence added to 存在的问题) and published again as version 2 with a correction
 * note, so the diff page has a change in words and figures;</li>
 * <li>the second unit's 2023 disclosure records a 决算批复 date 45 days before the load: published today, it is late
 * (逾期公开);</li>
 * <li>the last unit's 2024 disclosure is left a draft: past the region's publication day, it is overdue (逾期未公开).</li>
 * </ul>
 *
 * The other 决算批复 dates lie a few days before the load, so those publications are on time.
 */
public final class RegionLoad {

    /** The generator's seed (the bench's default). */
    public static final long SEED = 20240;
    /** 北京市朝阳区: a district of its own, apart from the sample's 西城区. */
    public static final String DISTRICT = "110105";
    public static final int YEAR = 2024;
    public static final int PREVIOUS_YEAR = 2023;
    /** The number of units by default. */
    public static final int DEFAULT_UNITS = 6;
    /** How many days before the load the late unit's 决算批复 is dated (the limit is 20 days). */
    static final int LATE_BY_DAYS = 45;

    static final String EXPLANATION = "经核实，该数据属实，差异原因已在决算说明中列明。";
    /** The start of the change said in version 2 of the republished unit and of its correction note. */
    public static final String CHANGE = "经复核，部门整体绩效评价得分更正为";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A unit of the region: its code, name and the index the generator knows it by. */
    public record Unit(int index, String code, String name) {
    }

    /**
     * What was loaded: the units in order, the versions published by unit and year ({@code 0}: left unpublished), the
     * unit published again ({@code republished}, version 2 of {@link #YEAR}), the late one ({@code late}, its
     * {@link #PREVIOUS_YEAR}) and the unpublished one ({@code unpublished}, its {@link #YEAR}).
     */
    public record Region(String district, List<Unit> units, Map<String, Map<Integer, Integer>> versions, Unit republished,
                         Unit late, Unit unpublished) {

        /** The units with a published version of {@code year}. */
        public List<Unit> published(int year) {
            return units.stream().filter(u -> versions.get(u.code()).getOrDefault(year, 0) > 0).toList();
        }
    }

    private final Suite suite;
    private final Path root;
    private final Consumer<String> say;

    public RegionLoad(Suite suite, Path root, Consumer<String> say) {
        this.suite = suite;
        this.root = root;
        this.say = say;
    }

    /** The units of a region of {@code count} units (at least 3: one republished, one late, one unpublished). */
    public static List<Unit> units(int count) {
        if (count < 3) {
            throw new IllegalArgumentException("a region needs at least 3 units (one republished, one late, one unpublished): " + count);
        }
        List<Unit> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            UnitIdentity id = UnitFactory.unit(UnitFactory.indexInDistrict(DISTRICT, k));
            out.add(new Unit(id.index(), id.unitCode(), id.name()));
        }
        return out;
    }

    /** Loads and publishes the region of {@code count} units as the class describes. */
    public Region load(int count) {
        long t0 = System.nanoTime();
        List<Unit> units = units(count);
        Unit republished = units.get(0);
        Unit late = units.get(1);
        Unit unpublished = units.get(count - 1);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        UnitFactory factory = new UnitFactory(root, SEED);
        String preparer = suite.tokens().preparer(DISTRICT + "-*");

        // 2024 first, 2023 after it: the later year arrives before the earlier one
        for (int year : List.of(YEAR, PREVIOUS_YEAR)) {
            for (int k = 0; k < units.size(); k++) {
                Unit u = units.get(k);
                LocalDate approvedOn = today.minusDays(u == late && year == PREVIOUS_YEAR ? LATE_BY_DAYS : 1 + (k % 10) + (YEAR - year));
                Map<String, String> parts = factory.all(u.index(), year, approvedOn);
                for (String part : UnitFactory.PARTS) {
                    send("PUT", partUrl(part, u.code(), year), parts.get(part), preparer, null);
                }
            }
            say.accept(String.format(Locale.ROOT, "  PUT the %d units' %d parts after %.1f s", units.size(), year, seconds(t0)));
        }
        for (Unit u : units) {
            for (int year : List.of(PREVIOUS_YEAR, YEAR)) {
                SampleLoader.awaitComplete(suite, u.code(), year, Duration.ofMinutes(2));
            }
            awaitDerived(u.code(), YEAR, Duration.ofMinutes(2));
        }
        say.accept(String.format(Locale.ROOT, "  all %d disclosures assembled after %.1f s", 2 * units.size(), seconds(t0)));

        Map<String, Map<Integer, Integer>> versions = new LinkedHashMap<>();
        Map<String, Integer> explained = new TreeMap<>();
        for (Unit u : units) {
            Map<Integer, Integer> byYear = new TreeMap<>();
            for (int year : List.of(PREVIOUS_YEAR, YEAR)) {
                byYear.put(year, u == unpublished && year == YEAR ? 0 : publish(u.code(), year, null, explained));
            }
            versions.put(u.code(), byYear);
        }
        say.accept(String.format(Locale.ROOT, "  published %d versions after %.1f s; WARNINGs explained: %s",
                versions.values().stream().mapToLong(m -> m.values().stream().filter(v -> v > 0).count()).sum(), seconds(t0),
                explained.isEmpty() ? "none" : explained));

        // the change: the department's score one point higher, said in its 存在的问题, published as version 2
        String performance = partUrl("performance", republished.code(), YEAR);
        String etag = etag(performance, preparer);
        ObjectNode part = (ObjectNode) read(factory.part(republished.index(), YEAR, "performance", 2, null));
        ObjectNode department = part.with("department");
        int score = department.path("score").asInt() + 1;
        department.put("score", score);
        department.put("problems", department.path("problems").asText() + CHANGE + score + "分。");
        send("PUT", performance, part.toString(), preparer, etag);
        awaitRevision(republished.code(), YEAR, "performance", 2, Duration.ofMinutes(2));
        int v2 = publish(republished.code(), YEAR, CHANGE + score + "分，存在的问题中相应说明。", explained);
        versions.get(republished.code()).put(YEAR, v2);
        say.accept(String.format(Locale.ROOT, "  %s/%d changed and published as version %d after %.1f s", republished.code(), YEAR, v2,
                seconds(t0)));
        return new Region(DISTRICT, units, versions, republished, late, unpublished);
    }

    /** The addresses a user opens to look at the region, by what they show. */
    public Map<String, String> urls(Region region) {
        String base = suite.baseUrl(Suite.DISCLOSURE);
        String d = region.district();
        String first = region.republished().code();
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("region's disclosures", base + "/portal/" + d + "/" + YEAR);
        urls.put("region summary", base + "/portal/regions/" + d + "/" + YEAR);
        urls.put("search", base + "/portal/search?q=" + URLEncoder.encode("朝阳区", StandardCharsets.UTF_8));
        urls.put("units compared", base + "/portal/regions/" + d + "/" + YEAR + "/units");
        urls.put("a unit's years", base + "/portal/units/" + first);
        urls.put("region-year bundle", base + "/api/v1/regions/" + d + "/bundle?year=" + YEAR);
        urls.put("diff of versions", base + "/portal/disclosures/" + first + "/" + YEAR + "/versions/1/diff/2");
        urls.put("quality view", base + "/portal/quality/regions/" + d + "/" + YEAR);
        urls.put("quality (JSON)", base + "/api/v1/quality/regions/" + d + "/" + YEAR);
        urls.put("feed", base + "/api/v1/feed?regionCode=" + d);
        return urls;
    }

    /**
     * Explains every WARNING, approves the exact content and publishes it (with {@code correctionNote} after the
     * first version): the version's number. A content that changes meanwhile (a part derived again) is approved again.
     */
    int publish(String unit, int year, String correctionNote, Map<String, Integer> explained) {
        String disclosure = suite.baseUrl(Suite.DISCLOSURE) + "/api/v1/disclosures/" + unit + "/" + year;
        String reviewer = suite.tokens().reviewer();
        for (int attempt = 1; ; attempt++) {
            JsonNode publication = send("GET", disclosure + "/publication", null, reviewer, null);
            String hash = publication.path("contentHash").asText();
            for (JsonNode f : publication.path("blockingFindings")) {
                if (!"WARNING".equals(f.path("severity").asText())) {
                    throw new IllegalStateException(unit + "/" + year + " has a " + f.path("severity").asText() + " finding: " + f);
                }
                ObjectNode e = JSON.createObjectNode().put("ruleId", f.path("ruleId").asText()).put("location", f.path("location").asText())
                        .put("text", EXPLANATION).put("author", "王审核");
                hash = send("POST", disclosure + "/explanations", e.toString(), reviewer, null).path("contentHash").asText();
                explained.merge(f.path("ruleId").asText(), 1, Integer::sum);
            }
            ObjectNode approval = JSON.createObjectNode().put("contentHash", hash).put("approver", "王审核")
                    .put("confidentialityReviewed", true).put("confidentialityReviewer", "李保密").put("signedOff", true)
                    .put("signedOffBy", "张主任");
            ObjectNode publish = JSON.createObjectNode().put("contentHash", hash).put("publishedBy", "赵发布");
            if (correctionNote != null) {
                publish.put("correctionNote", correctionNote);
            }
            try {
                send("POST", disclosure + "/approvals", approval.toString(), reviewer, null);
                return send("POST", disclosure + "/versions", publish.toString(), suite.tokens().publisher(), null).path("version").asInt();
            } catch (Conflict e) {
                if (attempt == 3) {
                    throw e;
                }
                say.accept("  " + unit + "/" + year + " changed while it was approved (" + e.getMessage().lines().findFirst().orElse("")
                        + "); approving it again");
            }
        }
    }

    /**
     * Waits until the disclosure holds the statements part as the statements-service derived it last (a part of
     * {@code year} is derived again when the previous year's arrives).
     */
    private void awaitDerived(String unit, int year, Duration timeout) {
        JsonNode produced = send("GET", partUrl("final-accounts", unit, year), null, suite.tokens().reviewer(), null);
        long revision = produced.path("revision").asLong();
        long derivation = produced.path("derivation").asLong(0);
        String url = suite.baseUrl(Suite.DISCLOSURE) + "/api/v1/disclosures/" + unit + "/" + year;
        awaitDisclosure(url, d -> d.at("/revisions/statements").asLong() == revision
                && d.at("/parts/statements/derivation").asLong(0) >= derivation, timeout, "statements revision " + revision
                + " derivation " + derivation);
    }

    private void awaitRevision(String unit, int year, String part, long revision, Duration timeout) {
        String url = suite.baseUrl(Suite.DISCLOSURE) + "/api/v1/disclosures/" + unit + "/" + year;
        awaitDisclosure(url, d -> d.at("/revisions/" + part).asLong() >= revision, timeout, part + " revision " + revision);
    }

    private void awaitDisclosure(String url, java.util.function.Predicate<JsonNode> done, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String reviewer = suite.tokens().reviewer();
        while (System.nanoTime() < deadline) {
            if (done.test(send("GET", url, null, reviewer, null))) {
                return;
            }
            sleep(200);
        }
        throw new IllegalStateException(url + " does not hold " + what + " after " + timeout);
    }

    private String partUrl(String part, String unit, int year) {
        return suite.baseUrl(SampleLoader.owners().get(part)) + "/api/v1/" + part + "/" + unit + "/" + year;
    }

    private String etag(String url, String token) {
        try {
            HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException("GET " + url + " answered no ETag"));
        } catch (IOException e) {
            throw new IllegalStateException("GET " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
