package org.fiscaldisclosure.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitGrantsTest {

    static UnitGrants units(String... units) {
        return new UnitGrants(Optional.of(List.of(units)), Set.of(Roles.PREPARER));
    }

    @Test
    void aUnitCodeARegionWildcardAndTheStarGrantWhatTheySay() {
        assertTrue(units("110102-SWD").permits("110102-SWD"));
        assertFalse(units("110102-SWD").permits("110102-SWDX"));
        assertTrue(units("110102-*").permits("110102-ANY"));
        assertFalse(units("110102-*").permits("110103-ANY"));
        assertTrue(units("*").permits("310101-X"));
        assertTrue(units("310101-A", "110102-SWD").permits("110102-SWD"));
    }

    @Test
    void nothingElseGrantsAUnit() {
        assertFalse(units().permits("110102-SWD"));
        assertFalse(units("110102").permits("110102-SWD"));
        assertFalse(units("110102*").permits("110102-SWD"));
        assertFalse(units("1101*").permits("110102-SWD"));
        assertFalse(units("").permits("110102-SWD"));
        assertFalse(units("110102-SW*").permits("110102-SWD"));
    }

    @Test
    void withoutUnitsOnlyTheRolesNotBoundToUnitsActOnEveryUnit() {
        assertFalse(new UnitGrants(Optional.empty(), Set.of(Roles.PREPARER)).permits("110102-SWD"));
        assertFalse(new UnitGrants(Optional.empty(), Set.of()).permits("110102-SWD"));
        for (String role : List.of(Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN)) {
            assertTrue(new UnitGrants(Optional.empty(), Set.of(role)).permits("110102-SWD"), role);
        }
        assertFalse(new UnitGrants(Optional.of(List.of("310101-*")), Set.of(Roles.REVIEWER)).permits("110102-SWD"));
    }

    @Test
    void grantsAreMatchedExactlyAsWrittenWithoutTrimming() {
        assertFalse(units("\t*\n").permits("110102-SWD"));
        assertFalse(units(" *").permits("110102-SWD"));
        assertFalse(units("110102-SWD ").permits("110102-SWD"));
        assertFalse(units(" 110102-*").permits("110102-SWD"));
        assertFalse(units("110102-swd").permits("110102-SWD"));
    }

    @Test
    void aListingIsNarrowedToTheGrantedUnitsAndRegionsForEveryRole() {
        UnitGrants reviewer = new UnitGrants(Optional.of(List.of("110108-*", "110102-SWD", " *")), Set.of(Roles.REVIEWER));
        UnitGrants.Scope scope = reviewer.scope().orElseThrow();
        assertEquals(Set.of("110108"), scope.regionCodes());
        assertEquals(Set.of("110102-SWD", " *"), scope.unitCodes());
        assertTrue(scope.contains("110108-ANY", "110108"));
        assertFalse(scope.contains("110114-DRAFT", "110114"));
        assertTrue(new UnitGrants(Optional.of(List.of("*")), Set.of(Roles.REVIEWER)).scope().isEmpty(), "every unit");
        assertTrue(new UnitGrants(Optional.empty(), Set.of(Roles.ADMIN)).scope().isEmpty(), "every unit");
        assertTrue(new UnitGrants(Optional.empty(), Set.of(Roles.PREPARER)).scope().orElseThrow().isEmpty(), "no unit");
        assertTrue(new UnitGrants(Optional.of(List.of()), Set.of(Roles.PUBLISHER)).scope().orElseThrow().isEmpty(), "no unit");
    }
}
