package org.fiscaldisclosure.disclosure.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fiscaldisclosure.disclosure.portal.Comparisons;
import org.fiscaldisclosure.disclosure.portal.PortalSearch;
import org.fiscaldisclosure.platform.problem.ProblemException;

/**
 * Finding and comparing disclosures, public: the search by unit name or code with filters and sorting, and a unit's
 * published disclosures across years. Figures come from published versions only, in exact 元 (each answer states
 * {@code amountUnit} and {@code currency}).
 */
@Path("/api/v1/units")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "compare", description = "查找与比较（公开）")
public class UnitResource {

    @Inject
    PortalSearch search;

    @Inject
    Comparisons comparisons;

    @GET
    @Operation(operationId = "searchDisclosures", summary = "Find disclosures by unit name or code (q), filtered by year, region, publication status and 单位性质 (kind), sorted, paged; not-yet-published ones with their status only, figures (元) from the newest published version")
    public PortalSearch.Result search(@Parameter(description = "单位名称或代码的一部分（不区分大小写，最多100字）") @QueryParam("q") String q,
                                      @Parameter(description = "决算年度") @QueryParam("year") String year,
                                      @Parameter(description = "6位行政区划代码") @QueryParam("region") String region,
                                      @Parameter(description = "DRAFT | APPROVED | PUBLISHED | UPDATED_SINCE_PUBLICATION") @QueryParam("status") String status,
                                      @Parameter(description = "单位性质：ADMINISTRATIVE | PUBLIC_INSTITUTION | OTHER（只找已公开的）") @QueryParam("kind") String kind,
                                      @Parameter(description = "YEAR（默认：年度新的在前）| NAME | CODE | TOTAL（收支总计大的在前）| PUBLISHED（公开时间新的在前）") @QueryParam("sort") String sort,
                                      @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("50") int size) {
        SearchParams p = SearchParams.parse(q, year, region, status, kind, sort, page, size);
        return search.search(p.text(), p.year(), p.region(), p.status(), p.kind(), p.sort(), p.page(), p.size());
    }

    @GET
    @Path("/{unitCode}/years")
    @Operation(operationId = "compareUnitAcrossYears", summary = "A unit's published disclosures across years: 收支总计, 基本支出, 项目支出, 三公, 政府采购, 政府购买服务 of each year's newest version (元), and each change from the year before with its percentage")
    public Comparisons.UnitAcrossYears years(@PathParam("unitCode") String unitCode) {
        String unit = SearchParams.unit(unitCode).value();
        return comparisons.acrossYears(unit)
                .orElseThrow(() -> ProblemException.notFound(unit + " 没有已公开的部门决算"));
    }
}
