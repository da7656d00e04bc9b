package org.fiscaldisclosure.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Which units a caller may act on. A token that lists units ({@link Roles#UNITS_CLAIM}) may act on those only: a
 * unit code ({@code 110102-SWD}), every unit of a region ({@code 110102-*}) or every unit ({@code *}), each matched
 * exactly as written (no trimming: {@code " *"} grants nothing). A token that lists none may act on every unit if it
 * holds a role that is not bound to units (reviewer, publisher, admin); a preparer without units may act on none. The
 * claim must be an array of strings ({@link TokenRules} refuses a token whose claim is anything else).
 */
public record UnitGrants(Optional<List<String>> units, Set<String> roles) {

    /** The region grant pattern: six digits, a hyphen, a star. */
    private static final String REGION_GRANT = "[0-9]{6}-\\*";

    /** The grants of the caller: its token's {@code units} claim and roles. */
    public static UnitGrants of(SecurityIdentity identity) {
        Optional<List<String>> units = Optional.empty();
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.containsClaim(Roles.UNITS_CLAIM)) {
            units = Optional.of(strings(jwt.getClaim(Roles.UNITS_CLAIM)));
        }
        return new UnitGrants(units, identity.getRoles());
    }

    public boolean permits(String unitCode) {
        if (units.isPresent()) {
            return units.get().stream().anyMatch(grant -> matches(grant, unitCode));
        }
        return roles.stream().anyMatch(Roles.UNSCOPED::contains);
    }

    /**
     * What a listing may show the caller: empty when every unit, else the unit codes and the regions (6-digit codes)
     * its grants name (both empty: nothing).
     */
    public Optional<Scope> scope() {
        if (units.isEmpty()) {
            return roles.stream().anyMatch(Roles.UNSCOPED::contains) ? Optional.empty() : Optional.of(new Scope(Set.of(), Set.of()));
        }
        Set<String> codes = new TreeSet<>();
        Set<String> regions = new TreeSet<>();
        for (String grant : units.get()) {
            if ("*".equals(grant)) {
                return Optional.empty();
            }
            if (grant != null && grant.matches(REGION_GRANT)) {
                regions.add(grant.substring(0, 6));
            } else if (grant != null) {
                codes.add(grant);
            }
        }
        return Optional.of(new Scope(codes, regions));
    }

    /** The units a listing is narrowed to: these unit codes and every unit of these regions. */
    public record Scope(Set<String> unitCodes, Set<String> regionCodes) {

        public boolean isEmpty() {
            return unitCodes.isEmpty() && regionCodes.isEmpty();
        }

        public boolean contains(String unitCode, String regionCode) {
            return unitCodes.contains(unitCode) || regionCodes.contains(regionCode);
        }
    }

    static boolean matches(String grant, String unitCode) {
        if (grant == null || unitCode == null) {
            return false;
        }
        if (grant.equals("*")) {
            return true;
        }
        if (grant.matches(REGION_GRANT)) {
            return unitCode.startsWith(grant.substring(0, 7));
        }
        return grant.equals(unitCode);
    }

    /** The strings of an array claim; {@link TokenRules} has refused any other shape before this is asked. */
    private static List<String> strings(Object claim) {
        List<String> out = new ArrayList<>();
        if (claim instanceof Collection<?> array) {
            for (Object v : array) {
                if (v instanceof JsonString s) {
                    out.add(s.getString());
                } else if (v instanceof String s) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
