package org.fiscaldisclosure.platform.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every answer of the service, set when its headers are written (so also on answers no resource
 * made: a 401, a 404 of an unknown path):
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy: same-origin} on every answer;</li>
 *   <li>on an HTML page ({@code text/html}: the portal, a published version's page), {@link #CONTENT_SECURITY_POLICY}
 *       and {@code X-Frame-Options: DENY}. The pages are self-contained: one inline {@code <style>} element, inline
 *       SVG charts (sanitised, without scripts or style attributes), links, search forms sent to the portal itself;
 *       no script, no image file, no font file, no frame. So the policy allows inline styles, {@code data:} images and
 *       forms sent to the same origin and nothing else, and no site may frame a page ({@code frame-ancestors 'none'},
 *       and the older header for browsers without it).</li>
 *   <li>the one page that runs a script, the portal's verification page ({@code …/verify}), loads the suite's own
 *       script from the same origin, which reads the version's manifest from it: {@link #SCRIPTED_PAGE_POLICY} adds
 *       {@code script-src 'self'} and {@code connect-src 'self'}, still no inline script.</li>
 * </ul>
 * The OpenAPI UI under {@code /q/} runs its own scripts: its pages get only {@code frame-ancestors 'none'} and
 * {@code X-Frame-Options}.
 */
@ApplicationScoped
public class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The policy of the portal's verification page, whose own script (same origin) checks a file in the browser. */
    public static final String SCRIPTED_PAGE_POLICY = "default-src 'none'; script-src 'self'; connect-src 'self'; "
            + "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            HttpServerResponse response = rc.response();
            String path = rc.normalizedPath();
            boolean tool = path.startsWith("/q/");
            boolean scripted = path.startsWith("/portal/") && path.endsWith("/verify");
            // the routing context keeps every handler added this way (the response keeps only the last one set)
            rc.addHeadersEndHandler(v -> apply(response, tool, scripted));
            rc.next();
        }, 50);
    }

    static void apply(HttpServerResponse response, boolean tool, boolean scripted) {
        response.headers().set("X-Content-Type-Options", "nosniff");
        response.headers().set("Referrer-Policy", "same-origin");
        String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/html")) {
            response.headers().set("Content-Security-Policy",
                    tool ? "frame-ancestors 'none'" : scripted ? SCRIPTED_PAGE_POLICY : CONTENT_SECURITY_POLICY);
            response.headers().set("X-Frame-Options", "DENY");
        }
    }
}
