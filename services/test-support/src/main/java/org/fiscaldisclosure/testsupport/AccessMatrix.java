package org.fiscaldisclosure.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The role-by-endpoint matrix of a service (docs/security.md), checked request by request: for each endpoint, the
 * status each kind of caller gets. A 401 must be problem+json with {@code WWW-Authenticate: Bearer}, a 403
 * problem+json. Use it in an {@link ExplicitTokens} test class.
 */
public final class AccessMatrix {

    /** The callers of a row, in this order. */
    public enum Caller { ANONYMOUS, PREPARER, PREPARER_OF_OTHER_UNIT, REVIEWER, PUBLISHER, ADMIN }

    private final String unit;
    private final List<String> failures = new ArrayList<>();
    private int checked;

    /** @param unit the unit the preparer is scoped to (the other preparer is scoped to another unit of its region) */
    public AccessMatrix(String unit) {
        this.unit = unit;
    }

    public String token(Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> null;
            case PREPARER -> TestTokens.preparer(unit);
            case PREPARER_OF_OTHER_UNIT -> TestTokens.preparer(unit.substring(0, 7) + "OTHER");
            case REVIEWER -> TestTokens.reviewer();
            case PUBLISHER -> TestTokens.publisher();
            case ADMIN -> TestTokens.admin();
        };
    }

    /**
     * Sends the request once per caller and compares the statuses.
     *
     * @param request  a fresh request (content type, body) for each caller; the token is added here
     * @param expected one status per {@link Caller}, in order
     */
    public AccessMatrix row(String method, String path, Supplier<RequestSpecification> request, int... expected) {
        Caller[] callers = Caller.values();
        if (expected.length != callers.length) {
            throw new IllegalArgumentException("one status per caller: " + List.of(callers));
        }
        for (int i = 0; i < callers.length; i++) {
            String token = token(callers[i]);
            RequestSpecification spec = request.get();
            if (token != null) {
                spec.header("Authorization", "Bearer " + token);
            }
            Response r = spec.request(method, path);
            checked++;
            String what = method + " " + path + " as " + callers[i];
            if (r.statusCode() != expected[i]) {
                failures.add(what + ": " + r.statusCode() + " (expected " + expected[i] + ") " + r.asString());
                continue;
            }
            problemShape(what, r, failures);
        }
        return this;
    }

    public AccessMatrix row(String method, String path, int... expected) {
        return row(method, path, () -> given(), expected);
    }

    /** Fails with every mismatch at once. */
    public void verify() {
        assertEquals(List.of(), failures, checked + " requests checked");
        assertTrue(checked > 0);
    }

    /** A 401 or 403 must be problem+json; a 401 must challenge for a bearer token. */
    public static void problemShape(String what, Response r, List<String> failures) {
        if (r.statusCode() != 401 && r.statusCode() != 403) {
            return;
        }
        if (!String.valueOf(r.contentType()).startsWith("application/problem+json")) {
            failures.add(what + ": " + r.statusCode() + " not problem+json but " + r.contentType());
        } else if (r.jsonPath().getInt("status") != r.statusCode()) {
            failures.add(what + ": problem status " + r.jsonPath().getInt("status"));
        }
        if (r.statusCode() == 401 && !String.valueOf(r.header("WWW-Authenticate")).startsWith("Bearer")) {
            failures.add(what + ": 401 without WWW-Authenticate: Bearer but " + r.header("WWW-Authenticate"));
        }
    }
}
