package org.fiscaldisclosure.platform.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.fiscaldisclosure.platform.problem.Problem;

/** Documents the 401 and 403 of every operation that needs a token, as problem details like every other error. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SecurityResponsesFilter implements OASFilter {

    @Override
    public PathItem filterPathItem(PathItem item) {
        item.getOperations().forEach((method, op) -> {
            if (op.getSecurity() != null && !op.getSecurity().isEmpty()) {
                // one requirement per set of roles (an operation served by two methods, JSON and XLSX, lists both)
                java.util.Map<String, org.eclipse.microprofile.openapi.models.security.SecurityRequirement> distinct =
                        new java.util.LinkedHashMap<>();
                op.getSecurity().forEach(r -> distinct.putIfAbsent(String.valueOf(r.getSchemes()), r));
                op.setSecurity(new java.util.ArrayList<>(distinct.values()));
                problem(op, "401", "No token, or one whose signature, issuer or expiry is not valid (WWW-Authenticate: Bearer)");
                problem(op, "403", "The token's roles, or its units, do not allow this");
            }
        });
        return item;
    }

    private static void problem(Operation op, String code, String description) {
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        APIResponse response = OASFactory.createAPIResponse().description(description).content(problemContent());
        responses.addAPIResponse(code, response);
        op.setResponses(responses);
    }

    private static Content problemContent() {
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    }
}
