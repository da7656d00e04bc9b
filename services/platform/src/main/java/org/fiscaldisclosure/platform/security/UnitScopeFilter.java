package org.fiscaldisclosure.platform.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.List;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.problem.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Per-unit authorisation: every endpoint addressed by a unit ({@code {unitCode}} in its path) that needs a role is
 * also restricted to the units the caller's token grants ({@link UnitGrants}); outside them it answers 403. Public
 * endpoints ({@code @PermitAll}) are not restricted. An anonymous caller passes through to the role check (401).
 */
public class UnitScopeFilter {

    public static final String UNIT_PARAMETER = "unitCode";

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Response> restrictToGrantedUnits(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        String unit = request.getUriInfo().getPathParameters().getFirst(UNIT_PARAMETER);
        if (method == null || unit == null || isPublic(method, resource.getResourceClass())) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous() || grants(identity).permits(unit)) {
                return null;
            }
            return ProblemMappers.respond(Problem.of(403, "forbidden", "无权操作该单位",
                    "令牌未授权单位 " + unit + "：只能操作令牌 units 所列单位",
                    List.of(new FieldError(UNIT_PARAMETER, "不在令牌授权的单位范围内"))).at(request.getUriInfo().getPath()));
        });
    }

    static boolean isPublic(Method method, Class<?> resourceClass) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        if (method.isAnnotationPresent(RolesAllowed.class)) {
            return false;
        }
        return resourceClass != null && resourceClass.isAnnotationPresent(PermitAll.class);
    }

    static UnitGrants grants(SecurityIdentity identity) {
        return UnitGrants.of(identity);
    }
}
