package org.fiscaldisclosure.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocalSuiteOptionsTest {

    @Test
    void theRegionOptionLoadsSixUnitsByDefaultOrTheNumberGivenAndNoneWithoutIt() {
        assertEquals(0, LocalSuite.region(new String[] {"/repo"}));
        assertEquals(RegionLoad.DEFAULT_UNITS, LocalSuite.region(new String[] {"/repo", "--region"}));
        assertEquals(3, LocalSuite.region(new String[] {"/repo", "--large-department=60", "--region=3"}));
        assertEquals(60, LocalSuite.largeDepartment(new String[] {"/repo", "--large-department=60", "--region=3"}));
    }

    @Test
    void aRegionOfFewerThanThreeUnitsOrNotANumberIsRefusedWithTheReason() {
        for (String bad : List.of("--region=2", "--region=0", "--region=-4", "--region=six", "--region=")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LocalSuite.region(new String[] {bad}), bad);
            assertTrue(e.getMessage().contains("at least 3"), e.getMessage());
        }
    }

    @Test
    void theRegionsUnitsAreOfOneDistrictEachWithItsOwnCodeAndName() {
        List<RegionLoad.Unit> units = RegionLoad.units(6);
        assertEquals(List.of("110105-B00002", "110105-B00018", "110105-B00034", "110105-B00050", "110105-B00066", "110105-B00082"),
                units.stream().map(RegionLoad.Unit::code).toList());
        assertEquals("北京市朝阳区委社会工作部", units.get(0).name());
        assertEquals("北京市朝阳区财政局", units.get(1).name());
        assertEquals(6, units.stream().map(RegionLoad.Unit::name).distinct().count());
        assertThrows(IllegalArgumentException.class, () -> RegionLoad.units(2));
    }
}
