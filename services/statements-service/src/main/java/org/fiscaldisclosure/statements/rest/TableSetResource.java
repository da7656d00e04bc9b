package org.fiscaldisclosure.statements.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.fiscaldisclosure.statements.service.FinalAccountsDefinition;
import org.fiscaldisclosure.statements.tableset.TableSet;

@Path("/api/v1/table-sets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "table-sets", description = "决算报表版式（按年度）")
@PermitAll
public class TableSetResource {

    @Inject
    FinalAccountsDefinition definition;

    @GET
    @Operation(operationId = "listTableSets", summary = "The table sets: each table's key, number, title, row groups and columns")
    public List<TableSet> list() {
        return definition.tableSets().all();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTableSet", summary = "One table set")
    public TableSet one(@PathParam("id") String id) {
        return definition.tableSets().get(id).orElseThrow(() -> ProblemException.notFound("没有版式 " + id));
    }
}
