package org.fiscaldisclosure.disclosure.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.fiscaldisclosure.disclosure.findings.LocatedFinding;
import org.fiscaldisclosure.platform.problem.FieldError;

/**
 * RFC 9457 problem details of a refused publication (409), with the extension members {@code contentHash},
 * {@code approved} and {@code blockingFindings}: every FATAL finding and every WARNING without an explanation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicationBlockedProblem(String type, String title, int status, String detail, String instance,
                                        List<FieldError> errors, String contentHash, boolean approved,
                                        List<LocatedFinding> blockingFindings) {
}
