package org.fiscaldisclosure.testsupport;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.ArrayList;
import java.util.List;

/**
 * Before each {@code @QuarkusTest} method (found by ServiceLoader, no test needs to register it): a RestAssured
 * request without an {@code Authorization} header gets an all-roles token ({@link TestTokens#superUser()}), so that
 * the tests that are not about access keep working as they were. In a class annotated {@link ExplicitTokens}
 * requests carry only what they set.
 */
public class DefaultToken implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        Object test = context.getTestInstance();
        boolean explicit = test != null && test.getClass().isAnnotationPresent(ExplicitTokens.class);
        List<Filter> filters = new ArrayList<>(RestAssured.filters());
        filters.removeIf(f -> f instanceof AddToken);
        if (!explicit) {
            filters.add(new AddToken());
        }
        RestAssured.replaceFiltersWith(filters);
    }

    /** Adds the default token to a request that has none. */
    static final class AddToken implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                               FilterContext ctx) {
            if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", "Bearer " + TestTokens.superUser());
            }
            return ctx.next(request, response);
        }
    }
}
