package org.fiscaldisclosure.support.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which units a caller may act on. A token that lists units ({@link Roles#UNITS_CLAIM}) may act on those only: a
 * unit code ({@code 110102-SWD}), every unit of a region ({@code 110102-*}) or every unit ({@code *}). A token that
 * lists none may act on every unit if it holds a role that is not bound to units (reviewer, publisher, admin); a
 * preparer without units may act on none.
 */
public record UnitGrants(Optional<List<String>> units, Set<String> roles) {

    public boolean permits(String unitCode) {
        if (units.isPresent()) {
            return units.get().stream().anyMatch(grant -> matches(grant, unitCode));
        }
        return roles.stream().anyMatch(Roles.UNSCOPED::contains);
    }

    static boolean matches(String grant, String unitCode) {
        if (grant == null || unitCode == null) {
            return false;
        }
        String g = grant.trim();
        if (g.equals("*")) {
            return true;
        }
        if (g.matches("[0-9]{6}-\\*")) {
            return unitCode.startsWith(g.substring(0, 7));
        }
        return g.equals(unitCode);
    }
}
