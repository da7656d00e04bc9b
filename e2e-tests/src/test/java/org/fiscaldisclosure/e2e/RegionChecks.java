package org.fiscaldisclosure.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.fiscaldisclosure.infra.RegionLoad;
import org.fiscaldisclosure.testsupport.CsvRecords;

/**
 * What a user of the portal sees of a region of generated units loaded by {@link RegionLoad}: each check reads the
 * public pages and their JSON and compares them with what was loaded and published.
 */
final class RegionChecks {

    private static final int YEAR = RegionLoad.YEAR;
    private static final int PREVIOUS = RegionLoad.PREVIOUS_YEAR;

    private final String base;
    private final RegionLoad.Region region;

    RegionChecks(String base, RegionLoad.Region region) {
        this.base = base;
        this.region = region;
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private int version(RegionLoad.Unit u, int year) {
        return region.versions().get(u.code()).getOrDefault(year, 0);
    }

    /** The headline of a unit's published version, in exact 元. */
    private JsonNode headline(RegionLoad.Unit u, int year) throws Exception {
        JsonNode v = Http.get(base + "/api/v1/disclosures/" + u.code() + "/" + year + "/versions/" + version(u, year)).body();
        return v.get("headline");
    }

    /** 万元 as the pages print them: HALF_UP to two decimals, thousands separated ({@code 8,373.65}). */
    private static String wan(BigDecimal yuan) {
        return String.format(java.util.Locale.ROOT, "%,.2f", yuan.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP));
    }

    /** Search by a unit's full name and by its code: its two years, with their status and version. */
    void searchFindsEachUnitByNameAndByCode() throws Exception {
        for (RegionLoad.Unit u : region.units()) {
            for (String text : List.of(u.name(), u.code())) {
                JsonNode found = Http.get(base + "/api/v1/units?q=" + q(text)).body();
                Map<Integer, JsonNode> byYear = new HashMap<>();
                found.get("items").forEach(i -> byYear.put(i.get("fiscalYear").asInt(), i));
                assertEquals(Set.of(PREVIOUS, YEAR), byYear.keySet(), text + ": " + found);
                for (int year : List.of(PREVIOUS, YEAR)) {
                    JsonNode hit = byYear.get(year);
                    assertEquals(u.code(), hit.get("unitCode").asText());
                    assertEquals(u.name(), hit.get("unitName").asText());
                    assertEquals("朝阳区", hit.get("regionName").asText());
                    int v = version(u, year);
                    assertEquals(v > 0 ? "PUBLISHED" : "DRAFT", hit.get("status").asText(), text + " " + year);
                    assertEquals(v > 0 ? v : 0, hit.path("latestVersion").asInt(0), text + " " + year);
                }
            }
            String page = Http.text(base + "/portal/search?q=" + q(u.code()));
            assertTrue(page.contains("href=\"/portal/disclosures/" + u.code() + "/" + YEAR + "\">" + u.name() + "</a>"), page);
        }
    }

    /** A unit published in both years: both years' figures and each change, exact, in the JSON and in sentences. */
    void aUnitsYearsAreComparedWithTheirChanges() throws Exception {
        RegionLoad.Unit u = region.republished();
        JsonNode years = Http.get(base + "/api/v1/units/" + u.code() + "/years").body();
        assertEquals(2, years.get("years").size(), years.toString());
        assertEquals(PREVIOUS, years.at("/years/0/fiscalYear").asInt());
        assertEquals(YEAR, years.at("/years/1/fiscalYear").asInt());
        assertEquals(version(u, YEAR), years.at("/years/1/version").asInt(), "the newest version of 2024 is compared");
        BigDecimal before = headline(u, PREVIOUS).get("grandIncomeTotal").decimalValue();
        BigDecimal now = headline(u, YEAR).get("grandIncomeTotal").decimalValue();
        assertEquals(0, before.compareTo(years.at("/years/0/figures/grandIncomeTotal").decimalValue()));
        assertEquals(0, now.compareTo(years.at("/years/1/figures/grandIncomeTotal").decimalValue()));
        JsonNode change = null;
        for (JsonNode c : years.get("changes")) {
            if (c.get("key").asText().equals("grandIncomeTotal")) {
                change = c;
            }
        }
        assertTrue(change != null, years.toString());
        assertEquals(PREVIOUS, change.get("fromYear").asInt());
        assertEquals(YEAR, change.get("toYear").asInt());
        assertEquals(0, now.subtract(before).compareTo(change.get("difference").decimalValue()), change.toString());
        assertEquals(now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before.abs(), 2, RoundingMode.HALF_UP),
                change.get("percent").decimalValue());
        String page = Http.text(base + "/portal/units/" + u.code());
        String sentence = YEAR + "年度收支总计 " + wan(now) + " 万元，比" + PREVIOUS + "年度（" + wan(before) + " 万元）"
                + (now.compareTo(before) > 0 ? "增加" : "减少");
        assertTrue(page.contains(sentence), sentence + " in " + page);
        assertFalse(page.contains("只有一个年度已公开"), "two years are published");
    }

    /** The region's comparison of 2024: every published unit, the unpublished one not among them, totals exact. */
    void theRegionComparisonListsEveryPublishedUnit() throws Exception {
        JsonNode units = Http.get(base + "/api/v1/regions/" + region.district() + "/units?year=" + YEAR).body();
        Set<String> listed = new TreeSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode u : units.get("units")) {
            listed.add(u.get("unitCode").asText());
            sum = sum.add(u.at("/figures/grandIncomeTotal").decimalValue());
        }
        Set<String> published = new TreeSet<>();
        BigDecimal expected = BigDecimal.ZERO;
        for (RegionLoad.Unit u : region.published(YEAR)) {
            published.add(u.code());
            expected = expected.add(headline(u, YEAR).get("grandIncomeTotal").decimalValue());
        }
        assertEquals(published, listed, units.toString());
        assertFalse(listed.contains(region.unpublished().code()));
        assertEquals(region.units().size(), units.get("disclosures").asInt(), "the unpublished one is counted, not compared");
        assertEquals(0, expected.compareTo(sum));
        assertEquals(0, expected.compareTo(units.at("/totals/grandIncomeTotal").decimalValue()), units.toString());
        String page = Http.text(base + "/portal/regions/" + region.district() + "/" + YEAR + "/units");
        assertTrue(page.contains("role=\"img\""), "the chart");
        for (RegionLoad.Unit u : region.published(YEAR)) {
            assertTrue(page.contains(u.name()), u.name());
        }
        assertFalse(page.contains(region.unpublished().name()), "a draft is not compared");
    }

    /** The region-year bundle: the newest version of every published disclosure, five files each, as served alone. */
    void theBundleHoldsEveryPublishedDisclosureOfTheRegionYear() throws Exception {
        Map<String, byte[]> bundle = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(
                Http.bytes(base + "/api/v1/regions/" + region.district() + "/bundle?year=" + YEAR)), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                bundle.put(e.getName(), zip.readAllBytes());
            }
        }
        Set<String> expected = new TreeSet<>();
        expected.add("index.csv");
        for (RegionLoad.Unit u : region.published(YEAR)) {
            String stem = u.code() + "/" + u.code() + "-" + YEAR + "-v" + version(u, YEAR);
            for (String ext : List.of("json", "html", "xlsx", "pdf")) {
                expected.add(stem + "." + ext);
            }
            expected.add(stem + "-datapackage.zip");
        }
        Set<String> names = new TreeSet<>(bundle.keySet());
        assertEquals(expected.size(), names.size(), names.toString());
        for (RegionLoad.Unit u : region.published(YEAR)) {
            int v = version(u, YEAR);
            assertEquals(5, names.stream().filter(n -> n.startsWith(u.code() + "/" + u.code() + "-" + YEAR + "-v" + v)).count(), names.toString());
            byte[] json = Http.bytes(base + "/api/v1/disclosures/" + u.code() + "/" + YEAR + "/versions/" + v + "?format=json");
            assertTrue(java.util.Arrays.equals(json, bundle.get(u.code() + "/" + u.code() + "-" + YEAR + "-v" + v + ".json")), u.code());
        }
        assertTrue(names.stream().noneMatch(n -> n.startsWith(region.unpublished().code() + "/")), names.toString());
        List<List<String>> index = CsvRecords.of(new String(bundle.get("index.csv"), StandardCharsets.UTF_8));
        Set<String> indexed = new TreeSet<>();
        index.subList(1, index.size()).forEach(row -> indexed.add(row.get(0)));
        Set<String> published = new TreeSet<>();
        region.published(YEAR).forEach(u -> published.add(u.code()));
        assertEquals(published, indexed, index.toString());
    }

    /** The republished unit's diff page: the part updated, the correction note, the score in words and figures. */
    void theDiffNamesTheChangeOfVersion2() throws Exception {
        RegionLoad.Unit u = region.republished();
        assertEquals(2, version(u, YEAR));
        String d = base + "/api/v1/disclosures/" + u.code() + "/" + YEAR;
        BigDecimal before = Http.get(d + "/versions/1").body().at("/headline/departmentScore").decimalValue();
        BigDecimal after = Http.get(d + "/versions/2").body().at("/headline/departmentScore").decimalValue();
        assertEquals(0, before.add(BigDecimal.ONE).compareTo(after), before + " → " + after);
        JsonNode diff = Http.get(d + "/versions/1/diff/2").body();
        assertEquals("performance", diff.at("/parts/0/part").asText(), diff.toString());
        String page = Http.text(base + "/portal/disclosures/" + u.code() + "/" + YEAR + "/versions/1/diff/2");
        assertTrue(page.contains("绩效评价：由第 1 次修订更新为第 2 次修订"), page);
        assertTrue(page.contains(RegionLoad.CHANGE + after.stripTrailingZeros().toPlainString() + "分"), "the correction note: " + page);
        assertTrue(page.contains("部门整体绩效评价得分"), "the changed figure named: " + page);
        assertTrue(page.contains(after.stripTrailingZeros().toPlainString()) && page.contains(before.stripTrailingZeros().toPlainString()), page);
    }

    /**
     * The quality view of each year and its JSON: every unit judged; the published ones on time by their recorded
     * 决算批复 date, the draft overdue (逾期未公开) in 2024, the late one late (逾期公开) in 2023.
     */
    void theQualityViewJudgesEveryUnitTheUnpublishedAndTheLateVisibly() throws Exception {
        Map<Integer, RegionLoad.Unit> notOnTime = Map.of(YEAR, region.unpublished(), PREVIOUS, region.late());
        Map<Integer, String> status = Map.of(YEAR, "OVERDUE", PREVIOUS, "LATE");
        Map<Integer, String> label = Map.of(YEAR, "逾期未公开", PREVIOUS, "逾期公开");
        for (int year : List.of(PREVIOUS, YEAR)) {
            JsonNode quality = Http.get(base + "/api/v1/quality/regions/" + region.district() + "/" + year).body();
            assertEquals(region.units().size(), quality.get("disclosures").asInt(), quality.toString());
            assertEquals(1, quality.get("late").asInt(), year + ": " + quality);
            Map<String, JsonNode> byUnit = new HashMap<>();
            quality.get("units").forEach(u -> byUnit.put(u.get("unitCode").asText(), u));
            assertEquals(region.units().size(), byUnit.size());
            for (RegionLoad.Unit u : region.units()) {
                JsonNode judged = byUnit.get(u.code());
                assertEquals(4, judged.get("criteria").size(), u.code());
                for (JsonNode criterion : judged.get("criteria")) {
                    for (JsonNode item : criterion.get("items")) {
                        // 表1 and 表4 print the 支出 by 类, as the form lays them out: never a failure of detail
                        assertFalse(item.get("outcome").asText().equals("FAIL") && item.get("item").asText().matches("T[14]/.*"),
                                u.code() + " " + year + ": " + item);
                    }
                }
                if (u == notOnTime.get(year)) {
                    assertEquals(status.get(year), judged.at("/timeliness/status").asText(), u.code() + " " + year + ": " + judged);
                    assertEquals(label.get(year), judged.at("/timeliness/statusLabel").asText());
                } else {
                    assertEquals("ON_TIME", judged.at("/timeliness/status").asText(), u.code() + " " + year + ": " + judged);
                    assertEquals("ACCOUNTS_APPROVAL", judged.at("/timeliness/basis").asText(), "judged by the recorded 决算批复 date");
                }
            }
            RegionLoad.Unit late = notOnTime.get(year);
            JsonNode unit = Http.get(base + "/api/v1/quality/disclosures/" + late.code() + "/" + year).body();
            assertEquals(status.get(year), unit.at("/timeliness/status").asText(), unit.toString());
            String page = Http.text(base + "/portal/quality/regions/" + region.district() + "/" + year);
            for (RegionLoad.Unit u : region.units()) {
                assertTrue(page.contains(u.name()), u.name() + " in the quality view of " + year);
            }
            String view = Http.text(base + "/portal/quality/disclosures/" + late.code() + "/" + year);
            assertTrue(view.contains(label.get(year)), label.get(year) + " in " + view);
        }
    }

    /** The feed of the region: one item per published disclosure (its newest version) and one per late unit. */
    void theFeedListsThePublicationsAndTheLateUnits() throws Exception {
        JsonNode feed = Http.get(base + "/api/v1/feed?regionCode=" + region.district()).body();
        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version").asText());
        List<String> ids = new ArrayList<>();
        feed.get("items").forEach(i -> ids.add(i.get("id").asText()));
        Set<String> expected = new TreeSet<>();
        for (RegionLoad.Unit u : region.units()) {
            for (int year : List.of(PREVIOUS, YEAR)) {
                if (version(u, year) > 0) {
                    expected.add("publication:" + u.code() + ":" + year + ":v" + version(u, year));
                }
            }
        }
        expected.add("late:" + region.unpublished().code() + ":" + YEAR);
        expected.add("late:" + region.late().code() + ":" + PREVIOUS);
        assertEquals(expected, new TreeSet<>(ids), feed.toString());
        assertEquals(expected.size(), ids.size(), "each once");
        assertFalse(ids.contains("publication:" + region.republished().code() + ":" + YEAR + ":v1"), "the newest version only");
    }
}
