package org.fiscaldisclosure.disclosure.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import org.fiscaldisclosure.disclosure.quality.PublicationFeed;
import org.fiscaldisclosure.disclosure.quality.QualityReports;
import org.fiscaldisclosure.disclosure.quality.RegionQuality;
import org.fiscaldisclosure.disclosure.quality.UnitQuality;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.fiscaldisclosure.platform.rest.PathParams;

/**
 * Publication quality by the inspection criteria (及时性, 完整性, 细化程度, “三公”经费变动说明) for dashboards, per
 * disclosure and per region and year, and the feed of publications and late units. Public, computed from the
 * published versions. A bad parameter is a problem+json 400, an unknown disclosure or region-year a 404.
 */
@Path("/api/v1")
@PermitAll
@Tag(name = "quality", description = "公开质量（按检查准则）与公开动态")
public class QualityResource {

    @Inject
    QualityReports reports;

    @Inject
    PublicationFeed feed;

    @GET
    @Path("/quality/disclosures/{unitCode}/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDisclosureQuality", summary = "A disclosure judged by the inspection criteria: timeliness (20 days after the 决算批复, or the region's publication day when no 批复 date is recorded), completeness, detail, 三公 change explained; each criterion with its items")
    public UnitQuality disclosure(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        PathParams path = PathParams.parse(unitCode, year);
        return reports.unit(path.unitCode(), path.year())
                .orElseThrow(() -> ProblemException.notFound("没有 " + unitCode + " " + year + " 年度的部门决算"));
    }

    @GET
    @Path("/quality/regions/{regionCode}/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getRegionQuality", summary = "A region's disclosures of a year judged by the inspection criteria: units by criterion and outcome, late units, and each unit's items")
    public RegionQuality region(@PathParam("regionCode") String regionCode, @PathParam("year") String year) {
        int y = regionYear(regionCode, year);
        return reports.region(regionCode, y)
                .orElseThrow(() -> ProblemException.notFound("地区 " + regionCode + " 没有 " + year + " 年度的部门决算"));
    }

    @GET
    @Path("/feed")
    @Produces(PublicationFeed.MEDIA_TYPE)
    @Operation(operationId = "getPublicationFeed", summary = "JSON Feed 1.1 of publications (newest version of each disclosure, tag publication) and of late units (tag late), newest first")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = PublicationFeed.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT,
                    description = "JSON Feed 1.1（https://www.jsonfeed.org/version/1.1/）：version、title、items（id、url、title、date_published、tags）")))
    public Response publicationFeed(@Parameter(description = "只列此地区（6位行政区划代码）") @QueryParam("regionCode") String regionCode,
                                    @Parameter(description = "只列此决算年度") @QueryParam("year") String year,
                                    @Context UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        if (regionCode != null && !regionCode.matches("[0-9]{6}")) {
            errors.add(new FieldError("regionCode", "地区应为6位行政区划代码，如 110102"));
        }
        Integer y = null;
        if (year != null) {
            try {
                y = FiscalYear.parse(year).value();
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("year", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("查询参数不符合要求", errors);
        }
        ObjectNode body = feed.feed(uri.getBaseUri().toString(), regionCode, y);
        return Response.ok(body, PublicationFeed.MEDIA_TYPE + ";charset=UTF-8").build();
    }

    static int regionYear(String regionCode, String year) {
        List<FieldError> errors = new ArrayList<>();
        if (regionCode == null || !regionCode.matches("[0-9]{6}")) {
            errors.add(new FieldError("regionCode", "地区应为6位行政区划代码，如 110102"));
        }
        int y = 0;
        try {
            y = FiscalYear.parse(year).value();
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("year", e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("路径参数不符合要求", errors);
        }
        return y;
    }
}
