package org.fiscaldisclosure.disclosure.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.disclosure.assembly.DisclosureQueries;
import org.fiscaldisclosure.disclosure.overview.RegionSummaries;
import org.fiscaldisclosure.disclosure.overview.RegionSummary;
import org.fiscaldisclosure.disclosure.portal.Comparisons;
import org.fiscaldisclosure.disclosure.portal.RegionBundle;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.problem.ProblemException;

/** Regions for dashboards: which regions and years have disclosures, and a region's summary for a year. */
@Path("/api/v1/regions")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "regions", description = "地区汇总、各单位比较与打包下载（看板）")
public class RegionResource {

    @Inject
    DisclosureQueries queries;

    @Inject
    RegionSummaries summaries;

    @Inject
    Comparisons comparisons;

    @Inject
    RegionBundle bundles;

    @GET
    @Operation(operationId = "listRegions", summary = "Every region and year with disclosures (region name as the statements part states it), newest year first")
    public List<DisclosureQueries.RegionYear> regions() {
        return queries.regionYears();
    }

    @GET
    @Path("/{regionCode}/units")
    @Operation(operationId = "compareRegionUnits", summary = "A region's published units of a year side by side: 收支总计, 基本支出, 项目支出, 三公, 政府采购, 政府购买服务 of each unit's newest version (元), sorted, with their totals")
    public Comparisons.RegionUnits units(@PathParam("regionCode") String regionCode,
                                         @Parameter(description = "决算年度（必填）", required = true) @QueryParam("year") String year,
                                         @Parameter(description = "FIGURE（按 figure，大的在前，默认）| NAME | CODE") @QueryParam("sort") String sort,
                                         @Parameter(description = "排序所用的数字，默认 grandIncomeTotal") @QueryParam("figure") String figure) {
        int fiscalYear = regionAndYear(regionCode, year);
        return comparisons.region(regionCode, fiscalYear, SearchParams.regionSort(sort), SearchParams.figure(figure).key())
                .orElseThrow(() -> ProblemException.notFound(regionCode + " 没有 " + fiscalYear + " 年度的部门决算公开"));
    }

    @GET
    @Path("/{regionCode}/bundle")
    @Produces({"application/zip", "application/problem+json"})
    @Operation(operationId = "downloadRegionBundle", summary = "One zip of the files of the newest published version of every disclosure of a region and year (<unit>/<file>), with index.csv (UTF-8 with BOM: unit, version, file, bytes, SHA-256); streamed; at most a configured number of disclosures")
    @APIResponse(responseCode = "200", description = "The zip", content = @Content(mediaType = "application/zip",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No published disclosure of the region and year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More published disclosures than one bundle holds (the limit in detail)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response bundle(@PathParam("regionCode") String regionCode,
                           @Parameter(description = "决算年度（必填）", required = true) @QueryParam("year") String year,
                           @Parameter(description = "逗号分隔的格式，默认全部：html、pdf、xlsx、json、datapackage") @QueryParam("formats") String formats) {
        int fiscalYear = regionAndYear(regionCode, year);
        List<String> wanted = formats(formats);
        RegionBundle.Plan plan = bundles.plan(regionCode, fiscalYear, wanted)
                .orElseThrow(() -> ProblemException.notFound(regionCode + " 没有 " + fiscalYear + " 年度已公开的部门决算"));
        StreamingOutput body = out -> bundles.write(plan, out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + plan.fileName() + "\"").build();
    }

    private List<String> formats(String formats) {
        if (formats == null || formats.isBlank()) {
            return bundles.formats();
        }
        List<String> wanted = new ArrayList<>();
        for (String f : formats.split(",")) {
            String format = f.strip().toLowerCase(java.util.Locale.ROOT);
            if (!bundles.formats().contains(format)) {
                throw ProblemException.badRequest("查询参数不符合要求", List.of(new FieldError("formats",
                        "格式应为 " + String.join("、", bundles.formats()) + " 之一，以逗号分隔")));
            }
            if (!wanted.contains(format)) {
                wanted.add(format);
            }
        }
        return wanted;
    }

    private static int regionAndYear(String regionCode, String year) {
        List<FieldError> errors = new ArrayList<>();
        Integer fiscalYear = regionAndYear(regionCode, year, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("请求参数不符合要求", errors);
        }
        return fiscalYear;
    }

    /** The year of a region's request, each of the two parameters' errors added to {@code errors} (then null). */
    private static Integer regionAndYear(String regionCode, String year, List<FieldError> errors) {
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
        return fiscalYear;
    }

    @GET
    @Path("/{regionCode}/summary")
    @Operation(operationId = "getRegionSummary", summary = "A region's disclosures of a year: by publication status and completeness, on-time publication against the deadline, and the sums of 收支总计, 三公 and 政府采购 over the newest published version of each (exact 元)")
    public RegionSummary summary(@PathParam("regionCode") String regionCode,
                                 @Parameter(description = "决算年度（必填）", required = true) @QueryParam("year") String year,
                                 @Parameter(description = "按此日期（yyyy-MM-dd，含当日）判断是否按时公开；省略则用配置的期限")
                                 @QueryParam("deadline") String deadline) {
        List<FieldError> errors = new ArrayList<>();
        Integer fiscalYear = regionAndYear(regionCode, year, errors);
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
