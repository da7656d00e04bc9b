package org.fiscaldisclosure.platform.security;

import java.util.Set;

/**
 * The suite's roles, carried in a token's {@code groups} claim (docs/security.md). Use them in
 * {@code @RolesAllowed}; {@code @PermitAll} marks what the public may read. Endpoints carry one or the other: the
 * services deny an endpoint that has neither ({@code quarkus.security.jaxrs.deny-unannotated-endpoints}).
 */
public final class Roles {

    /** Writes the parts of the units its token lists ({@link #UNITS_CLAIM}). */
    public static final String PREPARER = "preparer";
    /** Approves a disclosure's content and explains its warnings. */
    public static final String REVIEWER = "reviewer";
    /** Publishes approved content as a version. */
    public static final String PUBLISHER = "publisher";
    /** Operates the suite: parked events, rebuilding the read model. */
    public static final String ADMIN = "admin";

    /** The claim listing the units a token may act on: unit codes, {@code 110102-*} for a region, {@code *}. */
    public static final String UNITS_CLAIM = "units";

    /** The OpenAPI security scheme of the bearer token ({@code quarkus.smallrye-openapi.security-scheme-name}). */
    public static final String SCHEME = "bearer";

    /** Roles that are not bound to units unless their token lists some. */
    public static final Set<String> UNSCOPED = Set.of(REVIEWER, PUBLISHER, ADMIN);

    private Roles() {
    }
}
