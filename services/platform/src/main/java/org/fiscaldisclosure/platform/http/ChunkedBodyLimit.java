package org.fiscaldisclosure.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.problem.ProblemException;

/**
 * The body limit for a body sent without a Content-Length (chunked): read up to the limit before the REST layer, and
 * refused with problem details once it is passed, like a declared one ({@link BodyLimitFilter}); without
 * this the REST layer would answer a body over {@code quarkus.http.limits.max-body-size} with a bare 413.
 */
@ApplicationScoped
public class ChunkedBodyLimit {

    @Inject
    ObjectMapper mapper;

    @Inject
    HttpLimits limits;

    void install(@Observes Router router) {
        BodyHandler body = BodyHandler.create(false).setBodyLimit(limits.maxBodyBytes());
        router.route().order(-999).handler(ctx -> {
            if (ctx.request().getHeader("Content-Length") == null && ctx.request().getHeader("Transfer-Encoding") != null) {
                body.handle(ctx);
            } else {
                ctx.next();
            }
        });
        router.route().order(-999).failureHandler(ctx -> {
            if (ctx.statusCode() != 413 || ctx.response().ended()) {
                ctx.next();
                return;
            }
            Problem p = ProblemException.tooLarge(limits.maxBodyBytes()).problem().at(ctx.request().path());
            ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close").end(json(p));
        });
    }

    private String json(Problem p) {
        try {
            return mapper.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            return "{\"status\":413,\"title\":\"请求体过大\"}";
        }
    }
}
