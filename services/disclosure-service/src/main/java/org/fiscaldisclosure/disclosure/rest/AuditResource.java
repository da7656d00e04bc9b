package org.fiscaldisclosure.disclosure.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fiscaldisclosure.disclosure.audit.PublicationAudit;
import org.fiscaldisclosure.platform.audit.AuditEntry;
import org.fiscaldisclosure.platform.rest.PathParams;
import org.fiscaldisclosure.platform.security.Roles;

/** The disclosure's audit trail (read only: entries are written by the changes themselves). */
@Path("/api/v1/disclosures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "publication", description = "说明、审批与公开版本")
public class AuditResource {

    @Inject
    PublicationAudit audit;

    @GET
    @Path("/{unitCode}/{year}/audit")
    @RolesAllowed({Roles.PREPARER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    @Operation(operationId = "getDisclosureAudit", summary = "The disclosure's audit trail, oldest first: every explanation, approval and publication with who "
            + "(token subject and name, and the name the request stated), when, the content hash and what was done; "
            + "each part's revisions are in its producer's …/audit")
    public List<AuditEntry> audit(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        PathParams path = PathParams.parse(unitCode, year);
        return audit.of(path.unitCode(), path.year());
    }
}
