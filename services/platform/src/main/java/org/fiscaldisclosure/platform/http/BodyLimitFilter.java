package org.fiscaldisclosure.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.problem.ProblemException;

/** Refuses a body declared larger than the limit before it is read, with problem details like every other error. */
@ApplicationScoped
public class BodyLimitFilter {

    @Inject
    ObjectMapper mapper;

    @Inject
    HttpLimits limits;

    void install(@Observes Router router) {
        router.route().order(-1000).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && isOver(length)) {
                Problem p = ProblemException.tooLarge(limits.maxBodyBytes()).problem().at(ctx.request().path());
                ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(json(p));
                return;
            }
            ctx.next();
        });
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > limits.maxBodyBytes();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String json(Problem p) {
        try {
            return mapper.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            return "{\"status\":413,\"title\":\"请求体过大\"}";
        }
    }
}
