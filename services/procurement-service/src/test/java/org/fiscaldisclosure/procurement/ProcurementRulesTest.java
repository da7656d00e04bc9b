package org.fiscaldisclosure.procurement;

import static org.fiscaldisclosure.procurement.Parts.clean;
import static org.fiscaldisclosure.procurement.Parts.contracts;
import static org.fiscaldisclosure.procurement.Parts.findings;
import static org.fiscaldisclosure.procurement.Parts.items;
import static org.fiscaldisclosure.procurement.Parts.procurement;
import static org.fiscaldisclosure.procurement.Parts.purchased;
import static org.fiscaldisclosure.procurement.Parts.ruleIds;
import static org.fiscaldisclosure.procurement.Parts.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/** Every rule: one part that makes it fire (with the finding's numbers), one close to it that keeps it quiet. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class ProcurementRulesTest {

    static void assertFinding(Map<String, Object> f, String table, String row, String column, String provided,
                              String expected) {
        assertEquals(table, f.get("table"));
        assertEquals(row, f.get("row"));
        assertEquals(column, f.get("column"));
        assertEquals(0, new BigDecimal(provided).compareTo(new BigDecimal(f.get("provided").toString())), f.toString());
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(f.get("expected").toString())), f.toString());
    }

    /** Leaves table 11 figures out, to be derived from the contracts. */
    static void leaveOut(ObjectNode part, String... figures) {
        for (String f : figures) {
            procurement(part).remove(f);
        }
    }

    @Test
    void aPartWhoseFiguresAllAgreeWithTheirContractsAndItemsHasNoFinding() throws Exception {
        assertEquals(List.of(), ruleIds(clean()));
    }

    interface Change {
        void apply(ObjectNode part) throws Exception;
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> unusualUnits() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("没有政府采购、没有政府购买服务（0 的表述）", (Change) p -> {
                    p.putObject("procurement").put("goods", 0).put("works", 0).put("services", 0)
                            .put("smeAwards", 0).put("smallMicroAwards", 0);
                    p.putObject("purchasedServices").put("total", 0).putArray("items");
                }),
                org.junit.jupiter.params.provider.Arguments.of("没有政府采购、没有政府购买服务（本单位不涉及）", (Change) p -> {
                    p.putObject("profile").put("emptyTableWording", "NOT_APPLICABLE");
                    p.putObject("procurement").put("goods", 0).put("works", 0).put("services", 0).put("statedTotal", 0)
                            .put("smeAwards", 0).put("smallMicroAwards", 0);
                    p.putObject("purchasedServices").put("total", 0).putArray("items");
                }),
                org.junit.jupiter.params.provider.Arguments.of("有政府采购，但全部授予大型企业（中小企业份额为0）", (Change) p -> {
                    procurement(p).put("smeAwards", 0).put("smallMicroAwards", 0).put("statedSmeShare", 0)
                            .put("statedSmallMicroShare", 0);
                    for (var c : contracts(p)) {
                        ((ObjectNode) c).put("supplierSize", "LARGE");
                    }
                }),
                org.junit.jupiter.params.provider.Arguments.of("只有政府购买服务、没有政府采购合同明细", (Change) p -> {
                    procurement(p).remove("contracts");
                }));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("unusualUnits")
    void everyRuleStaysQuietOnALegitimatelyEmptyOrUnusualUnit(String unit, Change change) throws Exception {
        ObjectNode part = clean();
        change.apply(part);
        assertEquals(List.of(), ruleIds(part), unit);
    }

    @Test
    void pr_t11_001_aStatedTotalThatIsNotGoodsPlusWorksPlusServicesFires() throws Exception {
        ObjectNode part = sample();
        procurement(part).put("statedTotal", new BigDecimal("195000.00"));
        List<Map<String, Object>> f = findings(part, "PR-T11-001");
        assertEquals(1, f.size());
        assertFinding(f.get(0), "T11", "政府采购支出总额", "金额", "195000.00", "195300.00");
        assertEquals(-300.0, ((Number) f.get(0).get("difference")).doubleValue());
    }

    @Test
    void pr_t11_001_aTotalLeftOutOrEqualToTheSumIsQuiet() throws Exception {
        ObjectNode part = sample();
        procurement(part).remove("statedTotal");
        assertFalse(ruleIds(part).contains("PR-T11-001"));
        assertFalse(ruleIds(sample()).contains("PR-T11-001"));
    }

    @Test
    void pr_t11_002_smeAwardsAboveTheTotalFire() throws Exception {
        ObjectNode part = sample();
        procurement(part).put("smeAwards", new BigDecimal("200000.00"));
        List<Map<String, Object>> f = findings(part, "PR-T11-002");
        assertEquals(1, f.size());
        assertFinding(f.get(0), "T11", "授予中小企业合同金额", "金额", "200000.00", "195300.00");
    }

    @Test
    void pr_t11_002_smeAwardsEqualToTheTotalAreQuiet() throws Exception {
        assertFalse(ruleIds(sample()).contains("PR-T11-002"));
    }

    @Test
    void pr_t11_003_smallAndMicroAwardsAboveSmeAwardsFire() throws Exception {
        ObjectNode part = sample();
        procurement(part).put("smeAwards", new BigDecimal("100000.00"));
        List<Map<String, Object>> f = findings(part, "PR-T11-003");
        assertEquals(1, f.size());
        assertFinding(f.get(0), "T11", "授予小微企业合同金额", "金额", "195300.00", "100000.00");
    }

    @Test
    void pr_t11_003_smallAndMicroAwardsWithinSmeAwardsAreQuiet() throws Exception {
        ObjectNode part = sample();
        procurement(part).put("smallMicroAwards", new BigDecimal("100000.00"));
        procurement(part).put("statedSmallMicroShare", new BigDecimal("51.20"));
        assertEquals(List.of("PR-T12-002", "PR-T12-002", "PR-T12-004"), ruleIds(part));
    }

    @Test
    void pr_t11_004_aStatedCategoryThatIsNotItsContractsFires() throws Exception {
        ObjectNode part = clean();
        procurement(part).put("goods", new BigDecimal("130000.00"));
        procurement(part).put("statedTotal", new BigDecimal("325312.50"));
        List<Map<String, Object>> f = findings(part, "PR-T11-004");
        assertEquals(1, f.size());
        assertFinding(f.get(0), "T11", "政府采购货物支出", "金额", "130000.00", "120000.00");
    }

    @Test
    void pr_t11_004_aCategoryLeftOutIsDerivedAndQuiet() throws Exception {
        ObjectNode part = clean();
        procurement(part).remove("goods");
        procurement(part).remove("services");
        assertEquals(List.of(), ruleIds(part));
    }

    @Test
    void pr_t11_005_statedAwardsThatAreNotTheirContractsFire() throws Exception {
        ObjectNode part = clean();
        procurement(part).put("smallMicroAwards", new BigDecimal("315312.50"));
        procurement(part).put("statedSmallMicroShare", new BigDecimal("100"));
        List<Map<String, Object>> f = findings(part, "PR-T11-005");
        assertEquals(1, f.size());
        assertFinding(f.get(0), "T11", "授予小微企业合同金额", "金额", "315312.50", "195312.50");
    }

    @Test
    void pr_t11_005_aMediumFirmCountsAsSmeButNotAsSmallOrMicro() throws Exception {
        ObjectNode part = clean();
        ((ObjectNode) contracts(part).get(1)).put("supplierSize", "MICRO");
        assertFalse(ruleIds(part).contains("PR-T11-005"));
        ((ObjectNode) contracts(part).get(0)).put("supplierSize", "LARGE");
        List<Map<String, Object>> f = findings(part, "PR-T11-005");
        assertEquals(1, f.size());
        assertFinding(f.get(0), "T11", "授予中小企业合同金额", "金额", "315312.50", "195312.50");
    }

    @Test
    void pr_t11_006_aStatedShareThatIsNotTheComputedOneFires() throws Exception {
        ObjectNode part = clean();
        procurement(part).put("statedSmallMicroShare", new BigDecimal("61.95"));
        List<Map<String, Object>> f = findings(part, "PR-T11-006");
        assertEquals(1, f.size());
        assertFinding(f.get(0), "T11", "授予小微企业合同金额占比", "占比（%）", "61.95", "61.94");
        assertEquals("WARNING", f.get(0).get("severity"));
    }

    @Test
    void pr_t11_006_aShareRoundedHalfUpOrLeftOutIsQuiet() throws Exception {
        ObjectNode part = clean();
        procurement(part).remove("statedSmeShare");
        assertFalse(ruleIds(part).contains("PR-T11-006"));
    }

    @Test
    void pr_t11_007_aContractListedTwiceFires() throws Exception {
        ObjectNode part = clean();
        contracts(part).add(contracts(part).get(0).deepCopy());
        leaveOut(part, "goods", "statedTotal", "smeAwards", "statedSmeShare", "statedSmallMicroShare");
        List<Map<String, Object>> f = findings(part, "PR-T11-007");
        assertEquals(1, f.size());
        assertEquals("办公设备采购", f.get(0).get("row"));
        assertEquals(true, f.get(0).get("message").toString().endsWith("第 3 行与第 1 行相同"));
    }

    @Test
    void pr_t11_007_aSimilarContractSignedOnAnotherDayIsQuiet() throws Exception {
        ObjectNode part = clean();
        ObjectNode again = contracts(part).get(0).deepCopy();
        again.put("signedOn", "2024-09-10");
        contracts(part).add(again);
        leaveOut(part, "goods", "statedTotal", "smeAwards", "statedSmeShare", "statedSmallMicroShare");
        assertEquals(List.of(), ruleIds(part));
    }

    @Test
    void pr_t12_001_aStatedTotalThatIsNotItsItemsFires() throws Exception {
        ObjectNode part = clean();
        purchased(part).put("total", new BigDecimal("160000.00"));
        List<Map<String, Object>> f = findings(part, "PR-T12-001");
        assertEquals(1, f.size());
        assertFinding(f.get(0), "T12", "政府购买服务决算", "金额", "160000.00", "150000.00");
    }

    @Test
    void pr_t12_001_aTotalLeftOutIsTheSumOfItsItemsAndQuiet() throws Exception {
        ObjectNode part = clean();
        purchased(part).remove("total");
        items(part).add(((ObjectNode) items(part).get(0).deepCopy()).put("project", "另一项目").put("amount", new BigDecimal("0.01")));
        assertEquals(List.of(), ruleIds(part));
    }

    @Test
    void pr_t12_002_anItemWithoutProviderOrProjectCodeFires() throws Exception {
        ObjectNode part = clean();
        ((ObjectNode) items(part).get(0)).remove("provider");
        ((ObjectNode) items(part).get(0)).put("projectCode", "");
        List<Map<String, Object>> f = findings(part, "PR-T12-002");
        assertEquals(List.of("承接主体", "项目编码"), f.stream().map(x -> x.get("column")).toList());
        assertEquals("社区服务评估", f.get(0).get("row"));
        assertEquals("INFO", f.get(0).get("severity"));
    }

    @Test
    void pr_t12_002_anItemWithBothIsQuiet() throws Exception {
        assertFalse(ruleIds(clean()).contains("PR-T12-002"));
    }

    @Test
    void pr_t12_003_anItemListedTwiceFires() throws Exception {
        ObjectNode part = clean();
        items(part).add(items(part).get(0).deepCopy());
        purchased(part).remove("total");
        List<Map<String, Object>> f = findings(part, "PR-T12-003");
        assertEquals(1, f.size());
        assertEquals("社区服务评估", f.get(0).get("row"));
    }

    @Test
    void pr_t12_003_theSameProjectWithAnotherAmountIsQuiet() throws Exception {
        ObjectNode part = clean();
        items(part).add(((ObjectNode) items(part).get(0).deepCopy()).put("amount", new BigDecimal("1000.00")));
        purchased(part).remove("total");
        assertEquals(List.of(), ruleIds(part));
    }

    @Test
    void pr_t12_004_purchasedServicesAboveProcuredServicesFire() throws Exception {
        List<Map<String, Object>> f = findings(sample(), "PR-T12-004");
        assertEquals(1, f.size());
        assertFinding(f.get(0), "T12", "政府购买服务决算", "金额", "216650.00", "195300.00");
    }

    @Test
    void pr_t12_004_purchasedServicesWithinProcuredServicesAreQuiet() throws Exception {
        ObjectNode part = clean();
        purchased(part).put("total", new BigDecimal("195312.50"));
        ((ObjectNode) items(part).get(0)).put("amount", new BigDecimal("195312.50"));
        assertEquals(List.of(), ruleIds(part));
    }

    @Test
    void pr_rnd_001_aStatedWanYuanFigureWithinRoundingOfItsContractsIsAWarningNotAMismatch() throws Exception {
        ObjectNode part = clean();
        procurement(part).put("services", new BigDecimal("195300.00")); // 19.53 万元, contract 195,312.50 元
        procurement(part).put("statedTotal", new BigDecimal("315300.00"));
        procurement(part).put("smeAwards", new BigDecimal("315300.00"));
        procurement(part).put("smallMicroAwards", new BigDecimal("195300.00"));
        List<Map<String, Object>> all = findings(part);
        assertEquals(List.of("PR-RND-001", "PR-RND-001", "PR-RND-001"), all.stream().map(f -> f.get("ruleId")).toList());
        assertFinding(all.get(0), "T11", "政府采购服务支出", "金额", "195300.00", "195312.50");
        assertEquals("WARNING", all.get(0).get("severity"));
    }

    @Test
    void pr_rnd_001_aDifferenceBeyondHalfATenThousandthIsAMismatchAndExactFiguresAreQuiet() throws Exception {
        ObjectNode part = clean();
        procurement(part).put("services", new BigDecimal("195400.00")); // 87.50 元 above its contract
        leaveOut(part, "statedTotal", "statedSmeShare", "statedSmallMicroShare", "smeAwards", "smallMicroAwards");
        assertEquals(List.of("PR-T11-004"), ruleIds(part));
        assertFalse(ruleIds(clean()).contains("PR-RND-001"));
    }
}
