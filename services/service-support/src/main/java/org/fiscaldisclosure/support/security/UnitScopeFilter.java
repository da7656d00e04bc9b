package org.fiscaldisclosure.support.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.fiscaldisclosure.support.problem.FieldError;
import org.fiscaldisclosure.support.problem.Problem;
import org.fiscaldisclosure.support.problem.ProblemMappers;
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
        Optional<List<String>> units = Optional.empty();
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.containsClaim(Roles.UNITS_CLAIM)) {
            units = Optional.of(strings(jwt.getClaim(Roles.UNITS_CLAIM)));
        }
        return new UnitGrants(units, identity.getRoles());
    }

    private static List<String> strings(Object claim) {
        List<String> out = new ArrayList<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonString s) {
                    out.add(s.getString());
                }
            }
        } else if (claim instanceof Collection<?> c) {
            c.forEach(v -> out.add(v instanceof JsonString s ? s.getString() : String.valueOf(v)));
        } else if (claim instanceof JsonString s) {
            out.add(s.getString());
        } else if (claim instanceof String s) {
            out.add(s);
        }
        return out;
    }
}
