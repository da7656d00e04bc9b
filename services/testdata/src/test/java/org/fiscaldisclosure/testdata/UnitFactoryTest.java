package org.fiscaldisclosure.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.fiscaldisclosure.contracts.part.performance.Performance;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.contracts.part.procurement.Procurement;
import org.fiscaldisclosure.contracts.part.procurement.ProcurementContract;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.junit.jupiter.api.Test;

class UnitFactoryTest {

    static final Path ROOT = Path.of(System.getProperty("project.root", "../..")).toAbsolutePath().normalize();
    static final UnitFactory FACTORY = new UnitFactory(ROOT, 20240);

    /**
     * SHA-256 over units 1, 2, 7 and 18 of seed 20240 (each part at revisions 1 and 2, then {@code all}, each JSON
     * with its keys sorted), as the generator wrote them before it knew other years: the bench's units must stay what
     * they were. These change only when the sample ({@code sample/110102-SWD/2024}) or the shipped catalogue changes.
     */
    static final Map<Integer, String> UNITS_OF_2024 = Map.of(
            1, "fdedf9a966a71e9b1bd986174bff1e13854f6f7da9e8047e70978057e7ac5654",
            2, "2a2cd325b73c117eda8c03fdd017a99fc41477ccc83ad20c51192b6a53fc5c54",
            7, "91aabea04a06bc669be2048f3c43295f8b3a922359bed254a130e68eb73c3a92",
            18, "9ec6e9036469a5412a962ae000e7eaddb0d894d6779d1158ae2c5e3502cc239a");

    /**
     * The JSON with every object's keys sorted: the generator fills some rows from {@code Map.of}, whose order of
     * keys differs from one JVM to the next, so only the content is compared.
     */
    static final ObjectMapper CANONICAL = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    static byte[] canonical(String json) throws Exception {
        return CANONICAL.writeValueAsBytes(CANONICAL.readValue(json, Object.class));
    }

    @Test
    void the2024UnitsOfASeedAreWhatTheyWereBeforeOtherYears() throws Exception {
        for (Map.Entry<Integer, String> unit : UNITS_OF_2024.entrySet()) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : UnitFactory.PARTS) {
                for (int revision = 1; revision <= 2; revision++) {
                    md.update(canonical(FACTORY.part(unit.getKey(), part, revision)));
                }
                md.update(canonical(FACTORY.all(unit.getKey()).get(part)));
            }
            assertEquals(unit.getValue(), HexFormat.of().formatHex(md.digest()), "unit " + unit.getKey());
            assertEquals(FACTORY.all(unit.getKey()), FACTORY.all(unit.getKey(), 2024, null), "2024 without a date is the default");
        }
    }

    @Test
    void anotherYearNamesItsProjectsAndContractsForThatYearWithOtherFigures() throws Exception {
        int unit = 18;
        Map<String, String> y2023 = FACTORY.all(unit, 2023, null);
        Map<String, String> y2024 = FACTORY.all(unit, 2024, null);
        assertEquals(y2023, new UnitFactory(ROOT, 20240).all(unit, 2023, null), "the same seed, the same unit and year");

        Performance p = UnitFactory.JSON.readValue(y2023.get("performance"), Performance.class);
        for (ProjectEvaluation e : p.projects()) {
            assertTrue(e.name().startsWith("2023年"), e.name());
        }
        assertFalse(y2023.get("performance").contains("2024年"), "the sample's texts read as 2023");
        Procurement pr = UnitFactory.JSON.readValue(y2023.get("procurement"), Procurement.class);
        for (ProcurementContract c : pr.procurement().contracts()) {
            assertEquals(2023, c.signedOn().getYear(), c.name());
            assertTrue(c.name().startsWith("2023年"), c.name());
        }
        FinalAccounts st23 = UnitFactory.JSON.readValue(y2023.get("final-accounts"), FinalAccounts.class);
        FinalAccounts st24 = UnitFactory.JSON.readValue(y2024.get("final-accounts"), FinalAccounts.class);
        assertEquals(st24.unit().name(), st23.unit().name(), "the same unit");
        assertNotEquals(st24.tables().get("summary"), st23.tables().get("summary"), "other figures in another year");
    }

    @Test
    void theStatementsPartRecordsTheAccountsApprovalDateWhenGivenOne() throws Exception {
        LocalDate approved = LocalDate.of(2025, 8, 28);
        FinalAccounts with = UnitFactory.JSON.readValue(FACTORY.part(7, 2024, "final-accounts", 1, approved), FinalAccounts.class);
        FinalAccounts without = UnitFactory.JSON.readValue(FACTORY.part(7, "final-accounts", 1), FinalAccounts.class);
        assertEquals(approved, with.unit().accountsApprovedOn());
        assertNull(without.unit().accountsApprovedOn());
        assertEquals(without.tables(), with.tables(), "the date changes nothing else");
        assertTrue(FACTORY.part(7, 2024, "final-accounts", 1, approved).contains("\"accountsApprovedOn\":\"2025-08-28\""));
    }

    @Test
    void aDistrictsUnitsAreEverySixteenthIndexEachWithItsOwnName() {
        Set<String> names = new HashSet<>();
        for (int k = 0; k < 20; k++) {
            UnitIdentity u = UnitFactory.unit(UnitFactory.indexInDistrict("110105", k));
            assertTrue(u.unitCode().startsWith("110105-B"), u.unitCode());
            assertEquals("北京市朝阳区", u.regionName());
            names.add(u.name());
        }
        assertEquals(20, names.size(), names.toString());
        assertEquals(2, UnitFactory.indexInDistrict("110105", 0));
        assertEquals(16, UnitFactory.indexInDistrict("110101", 0), "the first 东城区 unit (index 0 is not a unit)");
        assertEquals("110101-B00016", UnitFactory.unit(16).unitCode());
        assertThrows(IllegalArgumentException.class, () -> UnitFactory.indexInDistrict("120101", 0));
    }
}
