package org.fiscaldisclosure.statements.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.statements.classification.Classification;
import org.fiscaldisclosure.statements.service.FinalAccountsDefinition;
import org.fiscaldisclosure.support.problem.FieldError;
import org.fiscaldisclosure.support.problem.ProblemException;

@Path("/api/v1/classifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "classifications", description = "政府收支分类科目目录（按年度）")
@PermitAll
public class ClassificationResource {

    private static final List<String> SCHEMES = List.of("func", "econ_dept", "econ_gov");

    @Inject
    FinalAccountsDefinition definition;

    @GET
    @Operation(operationId = "listClassifications", summary = "The year's classification catalogue: func 支出功能分类, econ_dept 部门预算支出经济分类, "
            + "econ_gov 政府预算支出经济分类; verified=false marks codes not yet confirmed")
    public List<Classification> list(@QueryParam("year") String year, @QueryParam("scheme") String scheme) {
        return definition.catalogue().list(year(year), scheme(scheme));
    }

    @GET
    @Path("/{scheme}/{code}")
    @Operation(operationId = "getClassification", summary = "One classification code")
    public Classification one(@PathParam("scheme") String scheme, @PathParam("code") String code,
                              @QueryParam("year") String year) {
        return definition.catalogue().find(year(year), scheme(scheme), code)
                .orElseThrow(() -> ProblemException.notFound(scheme + " " + code + " 不在目录中"));
    }

    private static int year(String year) {
        if (year == null || year.isBlank()) {
            return 2024;
        }
        try {
            return FiscalYear.parse(year).value();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("查询参数不符合要求", List.of(new FieldError("year", e.getMessage())));
        }
    }

    private static String scheme(String scheme) {
        if (scheme == null || scheme.isBlank()) {
            return null;
        }
        if (!SCHEMES.contains(scheme)) {
            throw ProblemException.badRequest("查询参数不符合要求", List.of(new FieldError("scheme", "应为 " + SCHEMES)));
        }
        return scheme;
    }
}
