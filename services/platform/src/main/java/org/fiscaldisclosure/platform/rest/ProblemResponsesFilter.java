package org.fiscaldisclosure.platform.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.fiscaldisclosure.platform.problem.Problem;

/**
 * Documents the problem-details answers every operation can give, so each resource does not repeat them: 412 only
 * where the operation reads If-Match; an answer the scanner added without a body (its generic 400) gets the
 * problem details the suite gives.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    // sorted: the generated document must be the same on every build
    private static final Map<String, String> WRITE = new TreeMap<>(Map.of(
            "400", "Malformed JSON, path or parameter",
            "412", "If-Match does not name the current revision",
            "413", "Body over the limit",
            "415", "Not application/json",
            "422", "Fields that are wrong, one error each"));
    private static final Map<String, String> READ = new TreeMap<>(Map.of(
            "400", "Malformed path or parameter",
            "404", "Nothing stored at this path"));

    @Override
    public PathItem filterPathItem(PathItem item) {
        // an operation without a body (the rebuild) reads no input that could be refused
        item.getOperations().forEach((method, op) -> addProblems(op,
                method == PathItem.HttpMethod.GET ? READ : op.getRequestBody() == null ? Map.of() : WRITE));
        return item;
    }

    private static void addProblems(Operation op, Map<String, String> codes) {
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        boolean ifMatch = op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
        codes.forEach((code, description) -> {
            if (code.equals("412") && !ifMatch) {
                return;
            }
            APIResponse existing = responses.getAPIResponse(code);
            if (existing == null) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                        .content(problemContent()));
            } else if (existing.getContent() == null || existing.getContent().getMediaTypes() == null
                    || existing.getContent().getMediaTypes().isEmpty()) {
                existing.description(description).content(problemContent());
            }
        });
        if (responses.getAPIResponses() != null) {
            // every operation's answers in the order of their codes, whatever order the scan found them in
            responses.setAPIResponses(new java.util.LinkedHashMap<>(new TreeMap<>(responses.getAPIResponses())));
        }
        op.setResponses(responses);
    }

    private static Content problemContent() {
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    }
}
