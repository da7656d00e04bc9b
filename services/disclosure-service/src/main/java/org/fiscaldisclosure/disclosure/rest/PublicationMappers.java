package org.fiscaldisclosure.disclosure.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.fiscaldisclosure.contracts.validation.Severity;
import org.fiscaldisclosure.disclosure.findings.LocatedFinding;
import org.fiscaldisclosure.disclosure.publication.PublicationBlockedException;
import org.fiscaldisclosure.disclosure.rendering.FileNotReadyException;
import org.fiscaldisclosure.disclosure.repository.RenderingTaskEntity;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A refused publication as problem+json, one error per blocking finding and one for a missing approval; a file not
 * rendered yet as 503.
 */
public class PublicationMappers {

    static final String TYPE = "https://fiscal-disclosure.org/problems/publication-blocked";

    /** Seconds a client is asked to wait before asking again for a file being rendered. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** A file of a published version not rendered yet (503 with Retry-After), or whose rendering failed (503). */
    @ServerExceptionMapper
    public Response notReady(FileNotReadyException e, UriInfo uri) {
        boolean pending = e.state() == RenderingTaskEntity.State.PENDING;
        Problem p = pending
                ? Problem.of(503, "rendering-pending", "文件正在生成", e.format() + " 文件正在生成，请 " + RETRY_AFTER_SECONDS + " 秒后再试", List.of())
                : Problem.of(503, "rendering-failed", "文件生成失败", e.format() + " 文件生成失败：" + e.reason(), List.of());
        Response.ResponseBuilder r = Response.status(503).type(Problem.MEDIA_TYPE).entity(p.at(uri.getPath()));
        return (pending ? r.header("Retry-After", RETRY_AFTER_SECONDS) : r).build();
    }

    @ServerExceptionMapper
    public Response blocked(PublicationBlockedException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        for (LocatedFinding f : e.blockingFindings()) {
            errors.add(new FieldError("findings", f.severity() + " " + f.ruleId() + " @ " + f.location() + "："
                    + (f.severity() == Severity.WARNING ? "尚无书面说明；" : "")
                    + f.message()));
        }
        if (!e.approved()) {
            errors.add(new FieldError("approval", "当前内容（哈希 " + e.contentHash() + "）尚未审批"));
        }
        List<String> reasons = new ArrayList<>();
        if (!e.blockingFindings().isEmpty()) {
            reasons.add(e.blockingFindings().size() + " 个问题须先更正或说明");
        }
        if (!e.approved()) {
            reasons.add("当前内容尚未审批");
        }
        String detail = "不能公开：" + String.join("；", reasons);
        PublicationBlockedProblem body = new PublicationBlockedProblem(TYPE, "公开条件不满足", 409, detail, uri.getPath(),
                errors, e.contentHash(), e.approved(), e.blockingFindings());
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
