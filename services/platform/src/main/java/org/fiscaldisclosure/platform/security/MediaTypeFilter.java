package org.fiscaldisclosure.platform.security;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.problem.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Media types held to what an endpoint declares, where the REST layer is lenient: a body without a Content-Type, or
 * with a wildcard one ({@code *}{@code /*}, {@code application/*}), sent to an endpoint that consumes a declared type is
 * a 415 (not read as JSON), and an Accept header that admits none of
 * the types the endpoint produces is a 406 (not answered in some other type).
 */
public class MediaTypeFilter {

    /** The media types a resource method declares: read from its annotations once, not on every request. */
    private record Declared(String[] consumes, String[] produces) {
    }

    private static final Map<Method, Declared> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Optional<Response> declaredMediaTypes(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return Optional.empty();
        }
        Declared declared = DECLARED.computeIfAbsent(method, m -> new Declared(declared(m, resource.getResourceClass(), Consumes.class),
                declared(m, resource.getResourceClass(), Produces.class)));
        String[] consumes = declared.consumes();
        if (consumes != null && hasBody(request) && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            return Optional.of(problem(request, 415, "unsupported-media-type", "请求体缺少 Content-Type",
                    "Content-Type", "应为 " + String.join(" 或 ", consumes)));
        }
        if (consumes != null && hasBody(request) && wildcard(request.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
            return Optional.of(problem(request, 415, "unsupported-media-type", "Content-Type 应为确切的媒体类型",
                    "Content-Type", "应为 " + String.join(" 或 ", consumes) + "，不能是通配的 " + request.getHeaderString(HttpHeaders.CONTENT_TYPE)));
        }
        String[] produces = declared.produces();
        if (produces != null && !acceptsAny(request, produces)) {
            return Optional.of(problem(request, 406, "not-acceptable", "无法提供 Accept 所要求的格式",
                    "Accept", "可提供 " + String.join("、", produces)));
        }
        return Optional.empty();
    }

    /** A Content-Type such as {@code *}{@code /*} or {@code application/*} names no type: the body is not read as one. */
    private static boolean wildcard(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.valueOf(contentType.trim());
            return type.isWildcardType() || type.isWildcardSubtype();
        } catch (RuntimeException malformed) {
            return false; // left to the REST layer
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                return Long.parseLong(length.trim()) > 0;
            } catch (NumberFormatException e) {
                return true;
            }
        }
        return request.getHeaderString("Transfer-Encoding") != null;
    }

    private static boolean acceptsAny(ContainerRequestContext request, String[] produces) {
        List<MediaType> acceptable;
        try {
            acceptable = request.getAcceptableMediaTypes();
        } catch (RuntimeException malformed) {
            return true; // left to the REST layer
        }
        if (acceptable.isEmpty()) {
            return true;
        }
        for (MediaType wanted : acceptable) {
            if (wanted.isWildcardType()) {
                return true;
            }
            for (String p : produces) {
                for (String type : p.split(",")) {
                    MediaType offered = MediaType.valueOf(type.trim());
                    if (offered.isCompatible(wanted)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The method's own annotation, else its class's, else the resource class's; null when none declares one. */
    private static String[] declared(Method method, Class<?> resourceClass, Class<? extends java.lang.annotation.Annotation> type) {
        java.lang.annotation.Annotation a = method.getAnnotation(type);
        if (a == null) {
            a = method.getDeclaringClass().getAnnotation(type);
        }
        if (a == null && resourceClass != null) {
            a = resourceClass.getAnnotation(type);
        }
        if (a instanceof Consumes c) {
            return c.value();
        }
        if (a instanceof Produces p) {
            return p.value();
        }
        return null;
    }

    private static Response problem(ContainerRequestContext request, int status, String slug, String title, String field,
                                    String message) {
        return ProblemMappers.respond(Problem.of(status, slug, title, message, List.of(new FieldError(field, message)))
                .at(request.getUriInfo().getPath()));
    }
}
