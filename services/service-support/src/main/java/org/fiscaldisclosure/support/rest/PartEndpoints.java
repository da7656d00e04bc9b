package org.fiscaldisclosure.support.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.fiscaldisclosure.contracts.event.PartRevision;
import org.fiscaldisclosure.contracts.validation.ValidationSummary;
import org.fiscaldisclosure.support.part.PartPage;
import org.fiscaldisclosure.support.part.PartStore;
import org.fiscaldisclosure.support.problem.JsonBodies;
import org.fiscaldisclosure.support.problem.ProblemException;
import org.fiscaldisclosure.support.validation.FindingsCsv;

/**
 * The behaviour behind every producer's {@code /api/v1/{part}} resource; the resources themselves only declare
 * paths, types and documentation. Callers run {@link #put} in a transaction.
 */
public final class PartEndpoints<T> {

    private final PartStore<T> store;
    private final JsonBodies bodies;

    public PartEndpoints(PartStore<T> store, JsonBodies bodies) {
        this.store = store;
        this.bodies = bodies;
    }

    public Response put(String unitCode, String year, String ifMatch, byte[] body, UriInfo uri) {
        PathParams path = PathParams.parse(unitCode, year);
        T part = bodies.read(body, store.definition().type());
        PartRevision<T> stored = store.put(path.unitCode(), path.year(), part, ifMatch);
        Response.ResponseBuilder response = stored.revision() == 1
                ? Response.created(uri.getRequestUri())
                : Response.ok();
        return response.entity(stored).tag(new EntityTag(String.valueOf(stored.revision()))).build();
    }

    public Response get(String unitCode, String year) {
        PartRevision<T> latest = latest(unitCode, year);
        return Response.ok(latest).tag(new EntityTag(String.valueOf(latest.revision()))).build();
    }

    public Response revision(String unitCode, String year, long revision) {
        PathParams path = PathParams.parse(unitCode, year);
        PartRevision<T> r = store.revision(path.unitCode(), path.year(), revision)
                .orElseThrow(() -> ProblemException.notFound(store.definition().kind().path() + " " + unitCode + "/" + year
                        + " 没有第 " + revision + " 版"));
        return Response.ok(r).tag(new EntityTag(String.valueOf(r.revision()))).build();
    }

    public ValidationSummary findings(String unitCode, String year) {
        return latest(unitCode, year).validation();
    }

    public String findingsCsv(String unitCode, String year) {
        return FindingsCsv.write(findings(unitCode, year).findings());
    }

    public PartPage list(String year, String region, int page, int size) {
        PathParams.checkPage(page, size);
        return store.list(PathParams.yearFilter(year), PathParams.regionFilter(region), page, size);
    }

    private PartRevision<T> latest(String unitCode, String year) {
        PathParams path = PathParams.parse(unitCode, year);
        return store.latest(path.unitCode(), path.year())
                .orElseThrow(() -> ProblemException.notFound(store.definition().kind().path() + " " + unitCode + "/" + year
                        + " 尚未提交"));
    }
}
