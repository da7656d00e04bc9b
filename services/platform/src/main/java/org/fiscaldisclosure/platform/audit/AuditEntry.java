package org.fiscaldisclosure.platform.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.platform.security.Actor;

/**
 * One entry of the audit trail as served by {@code GET …/audit}.
 *
 * @param subject     the part's path ({@code final-accounts}, {@code procurement}, {@code performance}) or
 *                    {@code disclosure}
 * @param revision    the part's revision (REVISED) or the published version (PUBLISHED)
 * @param actor       who: the token's subject and name, or the submitting platform
 * @param statedBy    the name the request body gave (approver, author, publisher), kept beside the token's identity
 * @param summary     what changed: for a revision the changed headline figures, the counts of changed cells (figures)
 *                    and fields (text, codes, flags) and the changes themselves; for the others what was explained,
 *                    approved or published
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntry(long id, Instant at, String unitCode, int fiscalYear, String subject, AuditAction action,
                         Long revision, String contentHash, Actor actor, String statedBy,
                         @Schema(type = SchemaType.OBJECT, description = "变更摘要") JsonNode summary) {
}
