package org.fiscaldisclosure.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as problem+json like every other error: 401 (with {@code WWW-Authenticate: Bearer}, RFC 6750) when the
 * request has no token or one that is not valid (signature, issuer, expiry), 403 when the token's roles do not allow
 * the endpoint. Needs lazy authentication ({@code quarkus.http.auth.proactive=false}), so that a bad token reaches
 * these mappers instead of being refused before the REST layer.
 */
public class SecurityProblems {

    static final String REALM = "Bearer realm=\"fiscal-disclosure\"";

    @ServerExceptionMapper
    public Response missingToken(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri, REALM, "需要 Authorization: Bearer 令牌");
    }

    @ServerExceptionMapper
    public Response invalidToken(AuthenticationFailedException e, UriInfo uri) {
        String why = e.getMessage() != null && e.getMessage().startsWith(TokenRules.REFUSED)
                ? "令牌无效：" + e.getMessage().substring(TokenRules.REFUSED.length())
                : "令牌无效：签名、签发方或有效期不符";
        return unauthorized(uri, REALM + ", error=\"invalid_token\"", why);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Response.status(403).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(403, "forbidden", "无权访问", "令牌的角色不允许此操作",
                        List.of(new FieldError("Authorization", "角色不允许此操作"))).at(uri.getPath()))
                .build();
    }

    private static Response unauthorized(UriInfo uri, String challenge, String why) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .entity(Problem.of(401, "unauthorized", "未认证", why, List.of(new FieldError("Authorization", why)))
                        .at(uri.getPath()))
                .build();
    }
}
