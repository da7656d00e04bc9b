package org.fiscaldisclosure.disclosure.publication;

import java.util.List;
import org.fiscaldisclosure.disclosure.findings.LocatedFinding;

/**
 * Publication refused because of the content's state: FATAL findings, WARNINGs without an explanation, or no
 * approval of the current content hash. Answered 409 with every blocking finding listed.
 */
public class PublicationBlockedException extends RuntimeException {

    private final transient List<LocatedFinding> blockingFindings;
    private final boolean approved;
    private final String contentHash;

    public PublicationBlockedException(List<LocatedFinding> blockingFindings, boolean approved, String contentHash) {
        super("publication blocked", null, false, false);
        this.blockingFindings = List.copyOf(blockingFindings);
        this.approved = approved;
        this.contentHash = contentHash;
    }

    public List<LocatedFinding> blockingFindings() {
        return blockingFindings;
    }

    public boolean approved() {
        return approved;
    }

    public String contentHash() {
        return contentHash;
    }
}
