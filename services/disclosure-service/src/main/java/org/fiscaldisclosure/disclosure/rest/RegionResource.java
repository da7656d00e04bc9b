package org.fiscaldisclosure.disclosure.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.disclosure.service.DisclosureQueries;
import org.fiscaldisclosure.disclosure.service.overview.RegionSummaries;
import org.fiscaldisclosure.disclosure.service.overview.RegionSummary;
import org.fiscaldisclosure.support.problem.FieldError;
import org.fiscaldisclosure.support.problem.ProblemException;

/** Regions for dashboards: which regions and years have disclosures, and a region's summary for a year. */
@Path("/api/v1/regions")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "regions", description = "地区汇总（看板）")
public class RegionResource {

    @Inject
    DisclosureQueries queries;

    @Inject
    RegionSummaries summaries;

    @GET
    @Operation(operationId = "listRegions", summary = "Every region and year with disclosures (region name as the statements part states it), newest year first")
    public List<DisclosureQueries.RegionYear> regions() {
        return queries.regionYears();
    }

    @GET
    @Path("/{regionCode}/summary")
    @Operation(operationId = "getRegionSummary", summary = "A region's disclosures of a year: by publication status and completeness, on-time publication against the deadline, and the sums of 收支总计, 三公 and 政府采购 over the newest published version of each (exact 元)")
    public RegionSummary summary(@PathParam("regionCode") String regionCode,
                                 @Parameter(description = "决算年度（必填）", required = true) @QueryParam("year") String year,
                                 @Parameter(description = "按此日期（yyyy-MM-dd，含当日）判断是否按时公开；省略则用配置的期限")
                                 @QueryParam("deadline") String deadline) {
        List<FieldError> errors = new ArrayList<>();
        if (!regionCode.matches("[0-9]{6}")) {
            errors.add(new FieldError("regionCode", "地区应为6位行政区划代码，如 110102"));
        }
        Integer fiscalYear = null;
        if (year == null || year.isBlank()) {
            errors.add(new FieldError("year", "请给出决算年度，如 year=2024"));
        } else {
            try {
                fiscalYear = FiscalYear.parse(year).value();
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("year", e.getMessage()));
            }
        }
        LocalDate due = null;
        if (deadline != null && !deadline.isBlank()) {
            try {
                due = LocalDate.parse(deadline.trim());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("deadline", "日期应为 yyyy-MM-dd，如 2025-09-30"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("请求参数不符合要求", errors);
        }
        return summaries.of(regionCode, fiscalYear, due);
    }
}
