package org.fiscaldisclosure.disclosure.overview;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.disclosure.findings.FindingsReport;

/**
 * The findings of a disclosure's current content that still need something done: FATAL findings (to be corrected in
 * a part) and WARNINGs without an explanation; {@code open} is their sum, what blocks publication besides the
 * approval. The explained WARNINGs and the INFOs are counted beside them.
 */
public record OpenFindings(
        @Schema(description = "FATAL 与未说明的 WARNING 之和") int open,
        int fatal,
        int unexplainedWarnings,
        int explainedWarnings,
        int info) {

    public static OpenFindings of(FindingsReport r) {
        return new OpenFindings(r.fatal() + r.unexplainedWarnings(), r.fatal(), r.unexplainedWarnings(),
                r.warning() - r.unexplainedWarnings(), r.info());
    }
}
